"""A circuit breaker for Elasticsearch, shared by every worker through the Django cache.

After ``SEARCH_BREAKER_FAILURES`` failures in a row (connection refused, timeout, 5xx) the
breaker opens: for ``SEARCH_BREAKER_SECONDS`` every search answers from the database at once
instead of waiting for Elasticsearch's timeout. When that time is up the next search tries
Elasticsearch again ("half open"): one more failure opens the breaker again, a success
closes it.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("search")

OPEN_KEY = "search:breaker:open-until"
FAILURES_KEY = "search:breaker:failures"


def _seconds():
    return getattr(settings, "SEARCH_BREAKER_SECONDS", 30)


def _threshold():
    return max(1, getattr(settings, "SEARCH_BREAKER_FAILURES", 3))


def is_open():
    """True while searches must skip Elasticsearch."""
    until = cache.get(OPEN_KEY)
    return until is not None and until > time.time()


def record_failure(error=None):
    """Counts a failure of Elasticsearch; opens the breaker at the threshold."""
    seconds = _seconds()
    try:
        failures = cache.incr(FAILURES_KEY)
    except ValueError:  # no counter yet (or it expired)
        cache.add(FAILURES_KEY, 0, seconds * 2)
        failures = cache.incr(FAILURES_KEY)
    if failures >= _threshold():
        cache.set(OPEN_KEY, time.time() + seconds, seconds)
        # One failure after the pause opens it again: the counter outlives the pause.
        cache.set(FAILURES_KEY, _threshold() - 1, seconds * 2)
        logger.warning(
            "Elasticsearch failed %s times: searching the database for %s s (%s)",
            failures,
            seconds,
            error,
        )


def record_success():
    """Elasticsearch answered: failures are forgotten (one cache read in the usual case)."""
    if cache.get(FAILURES_KEY):
        cache.delete(FAILURES_KEY)


def reset():
    cache.delete_many([OPEN_KEY, FAILURES_KEY])
