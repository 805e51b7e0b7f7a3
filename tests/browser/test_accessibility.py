"""Every page type, in English, French and Spanish, has no serious or critical axe-core
violation (WCAG 2.1 A and AA rules), and the keyboard basics work."""

import pytest

from tests.browser.conftest import check_axe, page_urls

LANGUAGES = ["en", "fr", "es"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_passes_axe(page, language):
    failures = {}
    for name, url in page_urls(language).items():
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == language, url
        violations = check_axe(page)
        if violations:
            failures[f"{name} {url}"] = violations
    assert not failures, failures


def test_skip_link_is_first_and_moves_focus_to_main(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_menu_folds_on_phones(page):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/en/")
    toggle = page.get_by_role("button", name="Menu")
    menu = page.locator("#main-menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
