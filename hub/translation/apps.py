from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "hub.translation"
    label = "hub_translation"
    verbose_name = _("Translators' workflow")

    def ready(self):
        from hub.pages.models import HomePage

        from . import localize_patches, notice, roles

        localize_patches.apply()
        notice.connect()
        post_migrate.connect(roles.ensure_roles_after_migrate, sender=self)
        post_save.connect(roles.grant_on_new_home, sender=HomePage)
