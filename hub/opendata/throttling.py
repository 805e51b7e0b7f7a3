"""The open data endpoints' rate limits are applied by ``hub.ops.limits.RateLimitMiddleware``
(one place for every limit, counted by the real client address behind the proxy, see
``hub.ops.clients``; rates in ``HUB_RATE_LIMITS``).

These two names count nothing any more: they stay only so that the open data views and API
that still import them keep working. Remove them together with those imports.
"""

from rest_framework.throttling import BaseThrottle


class OpenDataThrottle(BaseThrottle):
    """No-op: the API is limited by ``hub.ops.limits`` (group ``api``)."""

    def allow_request(self, request, view):
        return True


def throttled(view):
    """No-op: exports and feeds are limited by ``hub.ops.limits`` (``export``, ``feed``)."""
    return view
