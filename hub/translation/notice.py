"""The readers' notice, cached: whether a live translation is out of date.

Answers are cached per page under a version that any publication, sync or translated
segment renews, so a warm page costs no query. Like the menus, this needs one cache
shared by every worker (``CACHE_URL``) to refresh them all at once.
"""

from uuid import uuid4

from django.core.cache import cache

from . import status

VERSION_KEY = "hub-translation:version"
TIMEOUT = 24 * 60 * 60


def is_outdated(page):
    version = cache.get_or_set(VERSION_KEY, lambda: uuid4().hex, None)
    key = f"hub-translation:outdated:{version}:{page.pk}"
    outdated = cache.get(key)
    if outdated is None:
        outdated = status.is_outdated_for_readers(page)
        cache.set(key, outdated, TIMEOUT)
    return outdated


def renew(**kwargs):
    cache.set(VERSION_KEY, uuid4().hex, None)


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished
    from wagtail_localize.models import StringTranslation, TranslationSource

    page_published.connect(renew, dispatch_uid="hub-translation-published")
    page_unpublished.connect(renew, dispatch_uid="hub-translation-unpublished")
    for model in (StringTranslation, TranslationSource):
        post_save.connect(renew, sender=model, dispatch_uid=f"hub-translation-save-{model}")
        post_delete.connect(renew, sender=model, dispatch_uid=f"hub-translation-delete-{model}")
