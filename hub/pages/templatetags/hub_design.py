"""Template tags of the design system (templates/includes/*, the search and error pages).

Pages served by Wagtail get their menu and language links from ``BasePage.get_context``;
the search page and the error pages are plain Django views, so these tags compute the
same values from the request, without a database query once the menu is cached.
"""

import datetime
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import formats
from django.utils.translation import get_language

from hub.cache.menus import main_menu
from hub.pages.models import HomePage

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)
HOME_TIMEOUT = 60 * 60
# Query parameters that belong to one language's results, dropped when switching.
LANGUAGE_BOUND_PARAMS = ("locale", "page")


def _language(context):
    request = context.get("request")
    code = getattr(request, "LANGUAGE_CODE", None) or get_language() or settings.LANGUAGE_CODE
    code = code.split("-")[0]
    return code if code in LANGUAGE_NAMES else settings.LANGUAGE_CODE


class _HomePath:
    """What ``main_menu`` reads of a page: its tree path."""

    def __init__(self, path):
        self.path = path


def _home_path(language):
    """The tree path of ``language``'s home page, cached (home pages do not move)."""
    key = f"hub:design:home-path:{language}"
    path = cache.get(key)
    if path is None:
        home = HomePage.objects.filter(locale__language_code=language).order_by("path").first()
        if home is None:
            home = HomePage.objects.order_by("path").first()
        path = home.path if home is not None else ""
        cache.set(key, path, HOME_TIMEOUT)
    return path


@register.simple_tag(takes_context=True)
def site_menu(context):
    """The main menu: the page's own, else the menu of the reader's language."""
    if context.get("main_menu") is not None:
        return context["main_menu"]
    if context.get("request") is None:  # server errors: nothing may query the database
        return []
    path = _home_path(_language(context))
    return main_menu(_HomePath(path)) if path else []


@register.simple_tag(takes_context=True)
def site_languages(context):
    """The language switcher: the page's own links, else the same view in each language
    (the search keeps its query and filters; any other view goes to the home page)."""
    if context.get("language_links"):
        return context["language_links"]
    request = context.get("request")
    if request is None:
        return []
    current = _language(context)
    prefix = f"/{current}/"
    match = request.resolver_match
    is_search = match is not None and match.url_name == "search"
    params = [(k, v) for k, v in request.GET.lists() if k not in LANGUAGE_BOUND_PARAMS]
    query = urlencode([(k, v) for k, values in params for v in values])
    links = []
    for code, name in settings.LANGUAGES:
        if is_search and request.path.startswith(prefix):
            url = f"/{code}/{request.path[len(prefix) :]}" + (f"?{query}" if query else "")
        else:
            url = f"/{code}/"
        links.append(
            {"code": code, "name": name, "url": url, "available": True, "current": code == current}
        )
    return links


@register.filter
def local_date(value):
    """A date (or an ISO ``YYYY-MM-DD`` string, as search results carry) in the active
    language's format: "14 mai 2024", "May 14, 2024"."""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if not isinstance(value, datetime.date):
        return value or ""
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def iso_date(value):
    """The ``datetime`` attribute of a ``<time>``: ``YYYY-MM-DD``."""
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    return str(value or "")[:10]


@register.filter
def page_type(page):
    """The reader-facing name of a page's type ("OpenStory", "Commitment"…)."""
    model = getattr(page, "specific_class", None) or type(page)
    return model.get_verbose_name() if hasattr(model, "get_verbose_name") else ""


@register.filter
def page_kind(page):
    """A short CSS-friendly name of a page's type: ``storypage`` → ``story``."""
    model = getattr(page, "specific_class", None) or type(page)
    return model.__name__.lower().removesuffix("page")


THEME_ICONS = {
    "open-data",
    "access-to-information",
    "fiscal-openness",
    "natural-resources",
    "legislative-openness",
    "anti-corruption",
    "digital-governance",
    "climate-environment",
    "justice",
    "civic-space",
    "participation-inclusion",
    "public-services",
}


@register.filter
def theme_icon(slug):
    """The id of a theme's icon in static/hub/icons.svg (a generic one for new themes)."""
    return slug if slug in THEME_ICONS else "theme"


@register.simple_tag(takes_context=True)
def without_filter(context, name, value):
    """The current query string without one filter value (and without the page number):
    the link of a selected filter's "remove" chip."""
    request = context.get("request")
    if request is None:
        return "?"
    params = request.GET.copy()
    params.pop("page", None)
    values = [v for v in params.getlist(name) if v != value]
    if values:
        params.setlist(name, values)
    else:
        params.pop(name, None)
    return "?" + params.urlencode()


@register.filter
def split_words(value):
    return str(value).split()
