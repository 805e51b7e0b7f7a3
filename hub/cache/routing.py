"""The site and the page of a request, cached until the next publication.

Before a page renders, Wagtail's ``serve`` view finds the site (a query over every site),
the home page in the reader's language, the page itself and its ancestors: five to seven
queries for every request, whatever the page. ``serve``, which stands in for Wagtail's
view (``hub/urls.py``), caches them:

- the site and the home page under the ``STRUCTURE`` generation, which a change of a site,
  a locale or a home page replaces (``signal_handlers``);
- the route (the specific page, fetched with its relations by ``HomePage.route``) under
  the content generation, which every publication, move or deletion replaces.

It fills ``request._wagtail_site`` and ``request._wagtail_route_for_request``, the
attributes ``Site.find_for_request`` and ``Page.route_for_request`` keep their results in
(as their docstrings say), before Wagtail's view runs; ``find_route`` does what
``route_for_request`` does from the cached home page. ``tests/performance`` checks the
queries this saves, so a Wagtail change of these shows there. Only GET and HEAD requests
for found pages are cached: unknown URLs, which anybody can make up, are routed every time
and never fill the cache. View restrictions are still checked on every request
(``BasePage.get_view_restrictions``).
"""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Site

from .content import STRUCTURE, cached, lookup, store


def site_for_request(request):
    """``Site.find_for_request``'s site, through the cache."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        parts = [hostname, request.get_port()]
        request._wagtail_site = cached(
            "site", parts, lambda: Site._find_for_request(request), generation_key=STRUCTURE
        )
    return request._wagtail_site


def home_page(site, language):
    """``site.root_page.localized.specific``, the home page routed from, in ``language``."""
    return cached(
        "home-page",
        [site.pk, language],
        lambda: site.root_page.localized.specific,
        generation_key=STRUCTURE,
    )


def find_route(request, home, path):
    """What ``Page.route_for_request`` finds, from ``home``."""
    try:
        return home.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


def serve(request, path):
    """Wagtail's ``serve`` view, with the site and the page's route from the cache."""
    site = site_for_request(request)
    if site is not None and request.method in ("GET", "HEAD"):
        # The home page routed from depends on the language (``root_page.localized``).
        language = get_language()
        parts = [site.pk, language, path]
        route = lookup("route", parts)
        if route is None:
            route = find_route(request, home_page(site, language), path)
            if route is not None:
                store("route", parts, route)
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)
