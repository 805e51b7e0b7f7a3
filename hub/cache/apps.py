from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CacheConfig(AppConfig):
    name = "hub.cache"
    label = "hubcache"
    verbose_name = _("Caching")

    def ready(self):
        from . import checks, signal_handlers  # noqa: F401 (checks registers itself)

        signal_handlers.register()
