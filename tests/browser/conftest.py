"""Browser tests: Playwright for Python driving Debian's Chromium against a live server.

The live server is a thread serving the session's test database (the demo content that
``tests/conftest.py`` loads once, committed). pytest-django's ``live_server`` is not used:
it flushes the database after each test, which would wipe that content. Browser tests
therefore use no ``db`` fixture: what they create is committed, and the fixtures delete it.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.db import connections
from django.test.testcases import LiveServerThread

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_url(django_db_setup, django_db_blocker):
    """The base URL of a threaded server sharing the test database."""
    with django_db_blocker.unblock():
        override = {}
        for conn in connections.all():
            # An in-memory SQLite database exists only in this connection: share it.
            if conn.vendor == "sqlite" and conn.is_in_memory_db():
                conn.inc_thread_sharing()
                override[conn.alias] = conn
        thread = LiveServerThread("127.0.0.1", lambda handler: handler, override or None)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    for conn in override.values():
        conn.dec_thread_sharing()


@pytest.fixture(autouse=True)
def _db_for_the_server(django_db_blocker):
    """The server thread reaches the database while a browser test runs."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def browser(live_url):
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci`")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are still synchronous (Django documents this variable for that case).
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page, impacts=None):
    """axe-core's violations on the page (WCAG 2.1 A/AA and best practice), of the given
    impacts or of any."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if impacts is None or v["impact"] in impacts
    ]


def check_axe(page):
    """The serious and critical violations."""
    return axe_violations(page, impacts=("serious", "critical"))


def page_urls(language):
    """The first live page of each type in ``language``, plus the search page."""
    from wagtail.models import Locale

    from tests.pages.test_page_types import PAGE_TYPES

    locale = Locale.objects.get(language_code=language)
    urls = {}
    for page_type in PAGE_TYPES:
        page = page_type.objects.live().filter(locale=locale).order_by("path").first()
        assert page is not None, f"no live {page_type.__name__} in {language}"
        urls[page_type.__name__] = page.url
    urls["search"] = f"/{language}/search/?q=open+data"
    return urls
