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

What decides which home page a request is routed from (the sites, the locales, the home
pages themselves) changes far more rarely: it is cached under a second generation,
``STRUCTURE``, which only a change of those replaces, so that a publication does not make
every request look the site and the home page up again.

A request reads each generation once (``remember_generation``, connected to Django's
request signals): a page looks up a dozen entries, and each read of a shared cache is a
round trip.
"""

import hashlib
import threading
import time

from django.core.cache import cache

GENERATION_KEY = "hub:content-generation"
STRUCTURE = "hub:structure-generation"
TIMEOUT = 60 * 60
_MISSING = object()


# The generations the current request read: one per thread (WSGI workers serve a request
# per thread), absent outside requests (commands, tests calling code directly).
_request = threading.local()


def remember_generation(**kwargs):
    """At the start of a request: each generation will be read once, on first use."""
    _request.generations = {}


def forget_generation(**kwargs):
    _request.__dict__.pop("generations", None)


def generation(key=GENERATION_KEY):
    """The current content generation, or the ``STRUCTURE`` one (created on first use)."""
    remembered = getattr(_request, "generations", None)
    if remembered and key in remembered:
        return remembered[key]
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns(), None)
        value = cache.get(key)
    if remembered is not None:
        remembered[key] = value
    return value


def new_generation(key=GENERATION_KEY):
    """Makes every entry cached so far under the generation ``key`` stale."""
    value = time.time_ns()
    cache.set(key, value, None)
    remembered = getattr(_request, "generations", None)
    if remembered is not None:  # the request that published sees it at once
        remembered[key] = value


# Elasticsearch shows an indexed page within its refresh interval (1 s): search results
# read sooner than this after a publication may not have it yet.
SEARCHABLE_AFTER_SECONDS = 2


def searchable_timeout():
    """How long search results may be cached: until the next publication (``TIMEOUT``),
    or a second only, while the latest publication may not be searchable yet."""
    age = time.time() - generation() / 1e9
    return 1 if age < SEARCHABLE_AFTER_SECONDS else TIMEOUT


def _key(name, parts, generation_key=GENERATION_KEY):
    parts = ":".join(str(part) for part in parts)
    # Keys without spaces and of bounded length, whatever the parts (filter values, paths).
    digest = hashlib.md5(parts.encode(), usedforsecurity=False).hexdigest()
    return f"hub:content:{generation(generation_key)}:{name}:{digest}"


def lookup(name, parts):
    """What ``store`` cached under ``name`` and ``parts`` for the current generation, or
    ``None``."""
    return cache.get(_key(name, parts))


def store(name, parts, value, timeout=TIMEOUT):
    cache.set(_key(name, parts), value, timeout)


def cached(name, parts, compute, timeout=TIMEOUT, generation_key=GENERATION_KEY):
    """``compute()``, cached under ``name`` and ``parts`` for the current generation (the
    content's, or ``STRUCTURE``)."""
    key = _key(name, parts, generation_key)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout)
    return value
