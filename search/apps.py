from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Imported here: models and signal handlers need a ready app registry.
        from django.db.models.signals import post_delete, post_save

        from hub.taxonomy.models import Member, Theme

        from . import reindex_on_move  # noqa: F401 - connects its signal handler
        from .engine import forget_snippet_names

        for model in (Theme, Member):
            post_save.connect(forget_snippet_names, sender=model, dispatch_uid=f"names-{model}")
            post_delete.connect(forget_snippet_names, sender=model, dispatch_uid=f"names-{model}-")
