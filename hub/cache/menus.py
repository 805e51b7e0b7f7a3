"""The main menu of each locale, cached until the next publication (``content``).

The menu lists the live ``show_in_menus`` sections under a locale's home page, as plain
titles and URLs, cached per home page (that is, per locale).
"""

from wagtail.models import Page

from .content import cached

MENU_DEPTH = 3


def main_menu(page):
    """``[{"title", "url"}]`` of the sections under ``page``'s home page."""
    home_path = page.path[: Page.steplen * 2]
    return cached(
        "menu",
        [home_path],
        lambda: [
            {"title": section.title, "url": section.url}
            for section in Page.objects.live()
            .in_menu()
            .filter(depth=MENU_DEPTH, path__startswith=home_path)
        ],
    )
