from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "hub.participation"
    label = "participation"
    verbose_name = _("Participation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .roles import grant_queue_access

        post_migrate.connect(grant_queue_access, sender=self)
