"""Request rate limits per real client address (``hub.ops.clients``), in one place.

``RateLimitMiddleware`` maps each limited view to a group; ``HUB_RATE_LIMITS`` (settings)
gives each group its rate (django-ratelimit's ``"120/m"``, ``"20/15m"`` notation; a group
without a rate is not limited). Counts live in the default cache: set ``CACHE_URL`` to a
shared cache (Redis) so that they hold across workers and servers. If the cache fails,
requests pass (``RATELIMIT_FAIL_OPEN``): a cache outage must not take the site down.

Over the limit, a client gets 429 with ``Retry-After``: JSON ``{"error": …}`` under
``/api/``, a short page in the reader's language elsewhere, never cached by Varnish.

The admin login is also locked per account and client address by django-axes
(``lockout_response`` renders its page); the ``login`` group here bounds how many
attempts one client makes across accounts.
"""

import ipaddress

from axes.helpers import get_cool_off
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django_ratelimit.core import get_usage

from .clients import client_ip

#: View name → group. Views of these groups are limited for every method, except
#: ``POST_ONLY`` groups (a form is free to look at; sending it costs).
VIEW_GROUPS = {
    "search": "search",
    "search_api": "api",
    "search_autocomplete": "autocomplete",
    "opendata_search_export": "export",
    "opendata_search_feed": "feed",
    "opendata_citation": "api",
    "wagtailadmin_password_reset": "password_reset",
    "wagtailadmin_login": "login",
    "participation_submit_story": "story_submission",
}
#: URL namespaces whose every view belongs to a group: the Wagtail API v2.
NAMESPACE_GROUPS = {"opendata_api": "api"}
POST_ONLY = {"password_reset", "login", "story_submission"}
#: Listing pages (Wagtail's page serving) export and publish feeds with ``?format=``.
LISTING_FORMATS = {"csv": "export", "json": "export", "rss": "feed", "atom": "feed"}


def limit_group(request):
    """The group the request counts in, or ``None``."""
    match = request.resolver_match
    if match is None:
        return None
    group = VIEW_GROUPS.get(match.view_name)
    if group is None:
        group = next(
            (NAMESPACE_GROUPS[ns] for ns in match.namespaces if ns in NAMESPACE_GROUPS), None
        )
    if group is None and match.view_name == "wagtail_serve" and "format" in request.GET:
        group = LISTING_FORMATS.get(request.GET["format"], "export")
    if group in POST_ONLY and request.method != "POST":
        return None
    return group


def usage(request, group, increment=True):
    """django-ratelimit's usage of ``group`` by this client (``None``: no limit)."""
    rate = settings.HUB_RATE_LIMITS.get(group)
    if not rate:
        return None
    return get_usage(request, group=f"hub:{group}", key=client_key, rate=rate, increment=increment)


def client_key(group, request):
    """The client's address; IPv6 by /64 network, the block one host is usually given."""
    address = client_ip(request)
    network = ipaddress.ip_network(f"{address}/{64 if ':' in address else 32}", strict=False)
    return str(network.network_address)


def too_many_requests(request, seconds, template="ops/too_many_requests.html"):
    seconds = max(1, int(seconds))
    if request.path_info.startswith("/api/"):
        message = gettext("Too many requests: please try again in %(seconds)s seconds.") % {
            "seconds": seconds
        }
        response = JsonResponse({"error": message}, status=429)
    else:
        context = {"seconds": seconds, "minutes": max(1, round(seconds / 60))}
        response = render(request, template, context, status=429)
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)  # Varnish must not serve one client's 429 to others
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        group = limit_group(request)
        if group is None:
            return None
        counted = usage(request, group)
        if counted is None or not counted["should_limit"]:
            return None
        template = "ops/login_locked.html" if group == "login" else "ops/too_many_requests.html"
        return too_many_requests(request, counted["time_left"], template)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout answer (``AXES_LOCKOUT_CALLABLE``): 429 and the hub's page."""
    return too_many_requests(
        request, get_cool_off(request).total_seconds(), "ops/login_locked.html"
    )
