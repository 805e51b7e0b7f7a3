import logging

from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from . import menus, purge, renditions

logger = logging.getLogger("hub")


def on_page_changed(sender, instance, **kwargs):
    if instance.depth <= menus.MENU_DEPTH:
        menus.clear_menus()
    # After the commit: readers fetching the purged URLs must see the new version.
    transaction.on_commit(lambda: purge.purge_page(instance))


def on_page_published(sender, instance, **kwargs):
    on_page_changed(sender, instance, **kwargs)

    def make_renditions():
        try:
            renditions.pregenerate(instance)
        except Exception:  # a missing source file must not fail the publication
            logger.exception("Could not pre-generate renditions for page %s", instance.pk)

    transaction.on_commit(make_renditions)


def register():
    page_published.connect(on_page_published, dispatch_uid="hub.cache.published")
    page_unpublished.connect(on_page_changed, dispatch_uid="hub.cache.unpublished")
