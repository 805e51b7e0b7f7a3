"""What a change invalidates: one content generation (``content``) for the application
cache, and the affected URLs in the front cache (``purge``).

Drafts invalidate nothing: ``Page.save_revision()`` saves the live page's row, but only
its revision fields (``DRAFT_FIELDS``), which readers never see.
"""

import logging

from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.taxonomy.models import Member, Term, Theme

from . import content, purge, renditions

logger = logging.getLogger("hub")

# The fields of a page's row that saving a draft, locking or a workflow step changes.
DRAFT_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_by",
        "locked_at",
        "workflow_in_progress",
    }
)


def on_content_changed(sender=None, **kwargs):
    """A new content generation: now, and again after the commit, so that no reader
    re-caches what the transaction replaced."""
    content.new_generation()
    transaction.on_commit(content.new_generation)


def on_vocabulary_changed(sender=None, **kwargs):
    """A term saved or deleted: search expands queries with the new vocabulary
    (``search.synonyms``), and cached results of the old one are stale."""
    content.forget("vocabulary")
    transaction.on_commit(lambda: content.forget("vocabulary"))
    on_content_changed()


def purge_after_commit(page):
    # After the commit: readers fetching the purged URLs must see the new version.
    transaction.on_commit(lambda: purge.purge_page(page))


def on_page_published(sender, instance, **kwargs):
    on_content_changed()
    purge_after_commit(instance)

    def make_renditions():
        try:
            renditions.pregenerate(instance)
        except Exception:  # a missing source file must not fail the publication
            logger.exception("Could not pre-generate renditions for page %s", instance.pk)

    transaction.on_commit(make_renditions)


def on_page_unpublished_or_moved(sender, instance=None, **kwargs):
    on_content_changed()
    purge_after_commit(instance)


def on_page_saved(sender, instance, update_fields=None, **kwargs):
    """A live page saved other than through a publication (a script, an import, a
    restore): readers may see it. A draft only touches ``DRAFT_FIELDS``."""
    if not isinstance(instance, Page) or not instance.live:
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    on_content_changed()


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        on_content_changed()


def on_privacy_changed(sender, instance, **kwargs):
    """A view restriction added, changed or removed: the front cache must stop (or may
    start) serving the page and its descendants. Search results leave restricted pages
    out: they are cached under the generation."""
    on_content_changed()
    page = instance.page
    for affected in page.get_descendants(inclusive=True).specific():
        purge_after_commit(affected)


def register():
    request_started.connect(content.remember_generation, dispatch_uid="hub.cache.request")
    request_finished.connect(content.forget_generation, dispatch_uid="hub.cache.request")
    page_published.connect(on_page_published, dispatch_uid="hub.cache.published")
    page_unpublished.connect(on_page_unpublished_or_moved, dispatch_uid="hub.cache.unpublished")
    post_page_move.connect(on_page_unpublished_or_moved, dispatch_uid="hub.cache.moved")
    # Page subclasses send post_save and post_delete with their own class as sender.
    post_save.connect(on_page_saved, dispatch_uid="hub.cache.page.saved")
    post_delete.connect(on_page_deleted, dispatch_uid="hub.cache.page.deleted")
    post_save.connect(on_privacy_changed, sender=PageViewRestriction, dispatch_uid="hub.cache.pvr")
    post_delete.connect(
        on_privacy_changed, sender=PageViewRestriction, dispatch_uid="hub.cache.pvr.deleted"
    )
    # Names of themes and members show with the pages; promotions head search results;
    # sites and locales decide the URLs of every page.
    for model in (Theme, Member, SearchPromotion, Site, Locale):
        uid = f"hub.cache.{model.__name__}"
        post_save.connect(on_content_changed, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(on_content_changed, sender=model, dispatch_uid=f"{uid}.deleted")
    post_save.connect(on_vocabulary_changed, sender=Term, dispatch_uid="hub.cache.Term.saved")
    post_delete.connect(on_vocabulary_changed, sender=Term, dispatch_uid="hub.cache.Term.deleted")
