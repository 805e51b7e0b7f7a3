"""The main menu of each locale, cached: one cache read instead of a query per request.

The menu lists the live ``show_in_menus`` sections under a locale's home page. It is
cached per home page (that is, per locale) and dropped when a page near the top of the
tree is published or unpublished (``signal_handlers``). ``MENU_TIMEOUT`` bounds how
stale it can get when several app servers share no cache (see docs/performance.md).
"""

from django.core.cache import cache
from wagtail.models import Page

MENU_TIMEOUT = 60 * 60
MENU_DEPTH = 3


def _key(home_path):
    return f"hub:menu:{home_path}"


def main_menu(page):
    """``[{"title", "url"}]`` of the sections under ``page``'s home page."""
    home_path = page.path[: Page.steplen * 2]
    items = cache.get(_key(home_path))
    if items is None:
        items = [
            {"title": section.title, "url": section.url}
            for section in Page.objects.live()
            .in_menu()
            .filter(depth=MENU_DEPTH, path__startswith=home_path)
        ]
        cache.set(_key(home_path), items, MENU_TIMEOUT)
    return items


def clear_menus():
    home_paths = Page.objects.filter(depth=MENU_DEPTH - 1).values_list("path", flat=True)
    cache.delete_many([_key(path) for path in home_paths])
