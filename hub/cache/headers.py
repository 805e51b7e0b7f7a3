"""Each response says who may cache it and for how long (``Cache-Control``): the front
cache (Varnish, deploy/varnish/hub.vcl) follows it, no TTL is fixed there.

- For a signed-in user, or a response that sets a cookie, or one Wagtail marked as
  uncacheable (a private page: its password form, its login redirect, or the page itself
  served to someone allowed to see it): ``private, no-store``, never kept by a shared cache.
- Other pages read anonymously: ``s-maxage`` in shared caches (a publication purges the
  page, its listings and home pages at once, hub.cache.purge; the TTL bounds how long
  menus and related links elsewhere can lag), ``stale-while-revalidate`` to answer at
  once while one request refreshes, and ``max-age=0`` for browsers, which no purge
  reaches.
- The admin, documents and the JSON API keep the headers their views set.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

NOT_PAGES = ("/admin/", "/documents/", "/api/", "/static/", "/media/")
SHARED_STATUSES = {200, 301, 302, 404, 410}
UNCACHEABLE = ("private", "no-store", "no-cache")


def _is_private(request, response):
    if response.cookies or any(word in response.get("Cache-Control", "") for word in UNCACHEABLE):
        return True
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def cache_control(request, response):
    if request.method not in ("GET", "HEAD") or request.path.startswith(NOT_PAGES):
        return response
    if _is_private(request, response):
        del response["Cache-Control"]
        add_never_cache_headers(response)  # private, no-store, no-cache, max-age=0
    elif response.status_code in SHARED_STATUSES and "Cache-Control" not in response:
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=settings.HUB_SHARED_MAX_AGE,
            stale_while_revalidate=settings.HUB_STALE_WHILE_REVALIDATE,
        )
    return response


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return cache_control(request, self.get_response(request))
