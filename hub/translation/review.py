"""The review step of page translations: what the moderator reviews is the latest text.

A translation is submitted as a draft revision of its page. Every later change to its
segments (an edit, a PO upload, machine translation, an override) saves a new draft
revision, and the current task of the page's workflow then reviews that revision: the
moderator's preview shows it and approval publishes it (Wagtail publishes the latest
revision when a workflow finishes).

The draft is built as ``Translation.save_target(publish=False)`` builds it, without
saving the page's row: on a live page that row is what readers see.
"""

import threading

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationContext,
)
from wagtail_localize.segments.ingest import ingest_segments

from . import localize_patches


def target_page(translation):
    """The translated page of ``translation`` (specific), or None (snippets, not created)."""
    try:
        page = translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        return None
    return page.specific if isinstance(page, Page) else None


def save_draft(translation, page, user):
    """A new draft revision of ``page`` from the translation's current segments."""
    source = translation.source
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    segments = localize_patches.segments_for_translation(source, translation.target_locale)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    return page.save_revision(user=user, log_action=True)


def in_review(page):
    """The page's workflow state while it is in moderation, else None."""
    state = page.current_workflow_state
    if state is None or state.status != state.STATUS_IN_PROGRESS:
        return None
    return state


def refresh_review(translation, user=None):
    """While the translated page is in review, the reviewed revision follows the segments."""
    page = target_page(translation)
    if page is None:
        return None
    state = in_review(page)
    if state is None:
        return None
    with transaction.atomic():
        revision = save_draft(translation, page, user)
        task_state = state.current_task_state
        if task_state is not None and task_state.revision_id != revision.pk:
            task_state.revision = revision
            task_state.save(update_fields=["revision"])
    return revision


# --- Signals: refresh once per translation and transaction -------------------------------

_local = threading.local()  # each thread (request) batches its own changes


def pending():
    """(context_id, locale_id) -> id of the user who made the change, for this thread."""
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending


def _flush():
    items = list(pending().items())
    pending().clear()
    in_progress = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    if not items or not in_progress.exists():
        return
    contexts = dict(
        TranslationContext.objects.filter(pk__in={key[0] for key, _user in items}).values_list(
            "pk", "object_id"
        )
    )
    users = get_user_model().objects.in_bulk({u for _k, u in items if u})
    done = set()
    for (context_id, locale_id), user_id in items:
        key = (contexts.get(context_id), locale_id)
        if key[0] is None or key in done:
            continue
        done.add(key)
        for translation in Translation.objects.filter(
            source__object_id=key[0], target_locale_id=locale_id, enabled=True
        ).select_related("source", "target_locale"):
            refresh_review(translation, users.get(user_id))


def segment_changed(sender, instance, raw=False, **kwargs):
    """A translated segment or override was saved or deleted (possibly one of many)."""
    if raw:
        return
    key = (instance.context_id, instance.locale_id)
    pending()[key] = instance.last_translated_by_id or pending().get(key)
    transaction.on_commit(_flush)


def connect():
    for model in (StringTranslation, SegmentOverride):
        post_save.connect(segment_changed, sender=model, dispatch_uid=f"hub-review-save-{model}")
        post_delete.connect(
            segment_changed, sender=model, dispatch_uid=f"hub-review-delete-{model}"
        )
