from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The base layer (docs/architecture.md). Installed so that its abstract page models
    have an app label: search backends name every indexed ancestor ("core.BasePage")."""

    name = "hub.core"
    label = "core"
