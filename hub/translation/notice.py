"""The readers' notice, cached: whether a live translation is out of date.

Answers are cached per page (and its last publication) and dropped for one translation
group when that group changes: a translator saves a segment, the source is synced or a
page of the group is published. So a translator's draft, or any other page's publication,
leaves the notice of unrelated pages cached. Keys carry the release (``KEY_PREFIX``).
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import StringTranslation, TranslationContext, TranslationSource

from . import status

TIMEOUT = 24 * 60 * 60


def _key(pk):
    return f"hub-translation:outdated:{pk}"


def is_outdated(page):
    published = page.last_published_at.timestamp()
    found = cache.get(_key(page.pk))
    if found is not None and found[0] == published:
        return found[1]
    outdated = status.is_outdated_for_readers(page)
    cache.set(_key(page.pk), (published, outdated), TIMEOUT)
    return outdated


def forget_group(translation_key):
    pks = Page.objects.filter(translation_key=translation_key).values_list("pk", flat=True)
    cache.delete_many([_key(pk) for pk in pks])


def on_string_translation_changed(sender, instance, **kwargs):
    keys = TranslationContext.objects.filter(pk=instance.context_id).values_list(
        "object_id", flat=True
    )
    for translation_key in keys:
        forget_group(translation_key)


def on_source_changed(sender, instance, **kwargs):
    forget_group(instance.object_id)


def on_page_changed(sender, instance, **kwargs):
    # Now, and again after the commit: no reader re-caches what the transaction replaced.
    forget_group(instance.translation_key)
    transaction.on_commit(lambda: forget_group(instance.translation_key))


def connect():
    page_published.connect(on_page_changed, dispatch_uid="hub-translation-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="hub-translation-unpublished")
    for model, handler in (
        (StringTranslation, on_string_translation_changed),
        (TranslationSource, on_source_changed),
    ):
        post_save.connect(handler, sender=model, dispatch_uid=f"hub-translation-save-{model}")
        post_delete.connect(handler, sender=model, dispatch_uid=f"hub-translation-delete-{model}")
