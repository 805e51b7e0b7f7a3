"""The main menu of each locale, cached until the next publication (``content``).

The menu lists the live ``show_in_menus`` sections under a locale's home page, as plain
titles and URLs, cached per home page (that is, per locale).
"""

from wagtail.models import Page

from .content import cached, lookup, store

MENU_DEPTH = 3


def _items(sections):
    return [{"title": section.title, "url": section.url} for section in sections]


def main_menu(page):
    """``[{"title", "url"}]`` of the sections under ``page``'s home page."""
    home_path = page.path[: Page.steplen * 2]
    return cached(
        "menu",
        [home_path],
        lambda: _items(
            Page.objects.live().in_menu().filter(depth=MENU_DEPTH, path__startswith=home_path)
        ),
    )


def is_cached(home_path):
    return lookup("menu", [home_path]) is not None


def is_section(page):
    """Whether ``page`` is in the main menu: ``main_menu``'s filter, on a page in hand."""
    return page.depth == MENU_DEPTH and page.live and page.show_in_menus


def remember(home_path, sections):
    """Caches the menu of ``home_path`` from ``sections`` (read along with a route by
    ``HomePage.route``, at no extra query), ordered by path."""
    store("menu", [home_path], _items(sorted(sections, key=lambda section: section.path)))
