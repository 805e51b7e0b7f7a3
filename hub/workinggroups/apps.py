from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkinggroupsConfig(AppConfig):
    name = "hub.workinggroups"
    verbose_name = _("Working groups")
