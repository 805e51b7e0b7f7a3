from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "hub.translation"
    label = "hub_translation"
    verbose_name = _("Translators' workflow")

    def ready(self):
        from wagtail.signals import page_published

        from hub.pages.models import HomePage

        from . import localize_patches, notice, review, roles, views

        localize_patches.apply()
        notice.connect()
        review.connect()
        page_published.connect(views.start_on_publish, dispatch_uid="hub-translation-auto-start")
        post_migrate.connect(roles.ensure_roles_after_migrate, sender=self)
        post_save.connect(roles.grant_on_new_home, sender=HomePage)
