"""The application cache: what a page shows of many others, kept until the next publication.

Home page lists, related content, listing choices and counts, menus, language links and
search results read many rows but change only when an editor publishes. They are cached
under one *content generation*: a key that every publication, unpublication, move or
deletion of a page, and every change of a theme, member, site or locale replaces
(``signal_handlers``). Entries of older generations are never read again and expire after
``TIMEOUT``. Saves of drafts replace nothing.

What is cached is plain data (text, numbers, lists and dicts of them) or primary keys:
``cached`` refuses model instances, and ``cached_rows`` keeps the keys of a query's rows
and reads the rows again by key. So an entry never outlives the code that wrote it in a
form it cannot read, and access control is never cached: view restrictions are read by
Wagtail on every request. Every key also carries the release (``CACHES["default"]
["KEY_PREFIX"]``, hub/settings/base.py): a deploy starts from an empty cache.

Production shares this cache between every worker and app server (Redis, ``CACHE_URL``;
``hub.cache.checks`` refuses a per-process cache): a publication is seen by all at once.

A request reads the generation once (``remember_generation``, connected to Django's
request signals): a page looks up a dozen entries, and each read of a shared cache is a
round trip.
"""

import hashlib
import threading
import time

from django.core.cache import cache
from django.db.models import Model

GENERATION_KEY = "hub:content-generation"
TIMEOUT = 60 * 60
_MISSING = object()


# The generation the current request read: one per thread (WSGI workers serve a request
# per thread), absent outside requests (commands, tests calling code directly).
_request = threading.local()


def remember_generation(**kwargs):
    """At the start of a request: the generation will be read once, on first use."""
    _request.generation = None


def forget_generation(**kwargs):
    _request.__dict__.pop("generation", None)


def generation():
    """The current content generation (created on first use)."""
    remembered = getattr(_request, "generation", None)
    if remembered is not None:
        return remembered
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY)
    if hasattr(_request, "generation"):
        _request.generation = value
    return value


def new_generation():
    """Makes every entry cached so far stale."""
    value = time.time_ns()
    cache.set(GENERATION_KEY, value, None)
    if hasattr(_request, "generation"):  # the request that published sees it at once
        _request.generation = value


# Elasticsearch shows an indexed page within its refresh interval (1 s): search results
# read sooner than this after a publication may not have it yet.
SEARCHABLE_AFTER_SECONDS = 2


def searchable_timeout():
    """How long search results may be cached: until the next publication (``TIMEOUT``),
    or a second only, while the latest publication may not be searchable yet."""
    age = time.time() - generation() / 1e9
    return 1 if age < SEARCHABLE_AFTER_SECONDS else TIMEOUT


def _key(name, parts):
    parts = ":".join(str(part) for part in parts)
    # Keys without spaces and of bounded length, whatever the parts (filter values, paths).
    digest = hashlib.md5(parts.encode(), usedforsecurity=False).hexdigest()
    return f"hub:content:{generation()}:{name}:{digest}"


def check_plain(value):
    """Raises ``TypeError`` if ``value`` holds a model instance (at any depth)."""
    if isinstance(value, Model):
        raise TypeError(f"Not cached: a model instance ({value!r}); cache its primary key.")
    if isinstance(value, dict):
        for item in value.values():
            check_plain(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            check_plain(item)
    return value


def lookup(name, parts):
    """What ``store`` cached under ``name`` and ``parts`` for the current generation, or
    ``None``."""
    return cache.get(_key(name, parts))


def store(name, parts, value, timeout=TIMEOUT):
    cache.set(_key(name, parts), check_plain(value), timeout)


def cached(name, parts, compute, timeout=TIMEOUT):
    """``compute()`` (plain data), cached under ``name`` and ``parts`` until the next
    publication."""
    key = _key(name, parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = check_plain(compute())
        cache.set(key, value, timeout)
    return value


def cached_rows(name, parts, queryset, start=0, stop=None):
    """``list(queryset[start:stop])``. The rows' primary keys are cached: a later call
    reads the same rows by key (one query, no sort or count), in the same order, leaving
    out rows the queryset no longer matches (an unpublished page)."""
    key = _key(name, parts)
    pks = cache.get(key)
    if pks is None:
        rows = list(queryset[start:stop])
        cache.set(key, [row.pk for row in rows], TIMEOUT)
        return rows
    if not pks:
        return []
    found = {row.pk: row for row in queryset.order_by().filter(pk__in=pks)}
    return [found[pk] for pk in pks if pk in found]


def _kept_key(name):
    return f"hub:kept:{name}"


def kept(name, compute):
    """``compute()`` (plain data), cached under ``name`` across publications until
    ``forget(name)``: for data that publications do not change (the vocabulary)."""
    key = _kept_key(name)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = check_plain(compute())
        cache.set(key, value, TIMEOUT)
    return value


def forget(name):
    cache.delete(_kept_key(name))
