"""Content derived from many pages, cached until the next publication.

Home page lists, related content, listing filter choices and counts read many rows but
change only when an editor publishes. They are cached under a *content generation*: one
cache key that every publication, unpublication, move or deletion of a page, and every
change of a theme or member (their names are shown with the pages), replaces
(``signal_handlers``). Entries of older generations are never read again and expire after
``TIMEOUT``.

With a cache shared by every worker (``CACHE_URL``, see docs/performance.md) a publication
is seen by all at once; with per-process memory caches (development, tests) only by the
process that published, the others catch up within ``TIMEOUT``.
"""

import hashlib
import time

from django.core.cache import cache

GENERATION_KEY = "hub:content-generation"
TIMEOUT = 60 * 60
_MISSING = object()


def generation():
    """The current content generation (created on first use)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY)
    return value


def new_generation():
    """Makes every entry cached so far stale."""
    cache.set(GENERATION_KEY, time.time_ns(), None)


def cached(name, parts, compute, timeout=TIMEOUT):
    """``compute()``, cached under ``name`` and ``parts`` for the current generation."""
    parts = ":".join(str(part) for part in parts)
    # Keys without spaces and of bounded length, whatever the parts (filter values).
    digest = hashlib.md5(parts.encode(), usedforsecurity=False).hexdigest()
    key = f"hub:content:{generation()}:{name}:{digest}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout)
    return value
