from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "hub.translation"
    label = "hub_translation"
    verbose_name = _("Translators' workflow")

    def ready(self):
        # Imported here: models and signal handlers need a ready app registry.
        from wagtail.signals import page_published

        from hub.pages.models import HomePage

        from . import localize_patches, notice, review, roles, views

        localize_patches.apply()
        notice.connect()
        review.connect()
        page_published.connect(views.start_on_publish, dispatch_uid="hub-translation-auto-start")
        post_migrate.connect(roles.ensure_roles_after_migrate, sender=self)
        post_save.connect(roles.grant_on_new_home, sender=HomePage)
        User = get_user_model()
        m2m_changed.connect(roles.on_groups_changed, sender=User.groups.through)
        user_logged_in.connect(roles.on_login, dispatch_uid="hub-translation-admin-language")
