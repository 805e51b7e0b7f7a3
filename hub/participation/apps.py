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

        # After every app's migrations: the permission is created by auth's own post_migrate
        # handler, which runs after this one for this app.
        post_migrate.connect(grant_queue_access, dispatch_uid="participation_queue_access")
