"""One rate limit for the open data endpoints (API, exports, feeds), per client address.

The rate is ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["opendata"]`` (settings).
"""

from functools import wraps

from django.http import HttpResponse
from django.utils.translation import gettext
from rest_framework.throttling import SimpleRateThrottle


class OpenDataThrottle(SimpleRateThrottle):
    scope = "opendata"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def throttled(view):
    """Answer 429 (with ``Retry-After``) to a client over the open data rate."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        throttle = OpenDataThrottle()
        if not throttle.allow_request(request, None):
            wait = int(throttle.wait() or 1)
            response = HttpResponse(
                gettext("Too many requests: please try again in %(seconds)s seconds.")
                % {"seconds": wait},
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(wait)
            return response
        return view(request, *args, **kwargs)

    return wrapper
