import logging

from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import content, menus, purge, renditions

logger = logging.getLogger("hub")

HOME_DEPTH = 2  # the root and the home pages: what requests are routed from


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


def on_content_changed(sender, **kwargs):
    """Drops the cached lists of pages (``content``): now, and again after the commit, so
    that no reader re-caches what the transaction replaced."""
    content.new_generation()
    transaction.on_commit(content.new_generation)


def on_structure_changed(sender, **kwargs):
    """Drops the cached sites and home pages (``content.STRUCTURE``), as
    ``on_content_changed`` does the content."""
    content.new_generation(content.STRUCTURE)
    transaction.on_commit(lambda: content.new_generation(content.STRUCTURE))


def on_page_saved(sender, instance, **kwargs):
    # A live page saved: a publication, or a script or import saving it directly. Drafts
    # do not change what readers see (their revisions are saved, not the page).
    if isinstance(instance, Page) and instance.live:
        on_content_changed(sender)
    # Fixtures (``restore``) save pages raw, their tree fields possibly not set yet.
    if isinstance(instance, Page) and (instance.depth is None or instance.depth <= HOME_DEPTH):
        on_structure_changed(sender)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        on_content_changed(sender)
        if instance.depth <= HOME_DEPTH:
            on_structure_changed(sender)


def on_site_changed(sender, **kwargs):
    on_content_changed(sender)
    on_structure_changed(sender)


def register():
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.models import Locale, PageViewRestriction, Site

    from hub.taxonomy.models import Member, Theme

    request_started.connect(content.remember_generation, dispatch_uid="hub.cache.request")
    request_finished.connect(content.forget_generation, dispatch_uid="hub.cache.request")
    page_published.connect(on_page_published, dispatch_uid="hub.cache.published")
    page_unpublished.connect(on_page_changed, dispatch_uid="hub.cache.unpublished")
    page_unpublished.connect(on_content_changed, dispatch_uid="hub.cache.content.unpublished")
    post_page_move.connect(on_content_changed, dispatch_uid="hub.cache.content.moved")
    post_page_move.connect(on_structure_changed, dispatch_uid="hub.cache.structure.moved")
    # Page subclasses send post_save and post_delete with their own class as sender. A
    # publication saves the live page: post_save covers it, page_published need not.
    post_save.connect(on_page_saved, dispatch_uid="hub.cache.content.saved")
    post_delete.connect(on_page_deleted, dispatch_uid="hub.cache.content.deleted")
    # Themes' and members' names are shown with the pages; view restrictions decide to
    # whom a page is served; promotions head search results.
    for model in (Theme, Member, PageViewRestriction, SearchPromotion):
        uid = f"hub.cache.content.{model.__name__}"
        post_save.connect(on_content_changed, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(on_content_changed, sender=model, dispatch_uid=f"{uid}.deleted")
    # Sites and locales decide which home page a URL is routed from (hub.cache.routing).
    for model in (Site, Locale):
        uid = f"hub.cache.structure.{model.__name__}"
        post_save.connect(on_site_changed, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(on_site_changed, sender=model, dispatch_uid=f"{uid}.deleted")
