"""Search results are cached until the next publication (``search.views._results``): a
repeated search is not sent to Elasticsearch again, a published page is found at once,
and the database fallback's results never outlast an outage."""

import time

import pytest
from django.test import override_settings

from hub.cache import content
from hub.pages.models import HomePage
from search import engine

from .conftest import refresh
from .test_indexing_live import indexed, publish_page, unique_word  # noqa: F401
from .test_search import CLOSED, api, titles

pytestmark = pytest.mark.search


@pytest.fixture
def engine_runs(monkeypatch):
    runs = []
    run = engine.run

    def counted(req):
        runs.append(req.query)
        return run(req)

    monkeypatch.setattr(engine, "run", counted)
    return runs


def settle():
    """Past the seconds after a publication during which results are cached briefly."""
    time.sleep(content.SEARCHABLE_AFTER_SECONDS + 0.1)


@pytest.mark.django_db
def test_a_repeated_search_is_answered_from_the_cache(es, client, engine_runs):
    settle()
    first = client.get("/en/search/?q=open+data").content.decode()
    second = client.get("/en/search/?q=open+data").content.decode()
    assert engine_runs == ["open data"]
    assert first == second
    client.get("/en/search/?q=open+data&page=2")
    client.get("/fr/search/?q=open+data")
    assert engine_runs == ["open data"] * 3  # another page, another language: their own


@pytest.mark.django_db
def test_a_published_page_is_found_by_a_search_cached_before(es, client, indexed):  # noqa: F811
    word = unique_word()
    settle()
    assert titles(api(client, q=word, locale="en")) == []  # cached: no result

    home = HomePage.objects.get(locale__language_code="en")
    publish_page(home, indexed, title=f"About {word}", slug=word)
    refresh()
    assert titles(api(client, q=word, locale="en")) == [f"About {word}"]


@pytest.mark.django_db
def test_results_read_right_after_a_publication_are_kept_a_second_only(es, client, engine_runs):
    content.new_generation()  # a publication, a moment ago
    assert content.searchable_timeout() == 1
    client.get("/en/search/?q=open+data")
    time.sleep(1.1)
    client.get("/en/search/?q=open+data")
    assert engine_runs == ["open data"] * 2
    settle()
    assert content.searchable_timeout() == content.TIMEOUT


@pytest.mark.django_db
def test_database_results_during_an_outage_are_not_cached(es, client, engine_runs):
    settle()
    with override_settings(WAGTAILSEARCH_BACKENDS=CLOSED):
        html = client.get("/en/search/?q=declaration").content.decode()
    assert "search service is unavailable" in html
    html = client.get("/en/search/?q=declaration").content.decode()
    assert "search service is unavailable" not in html
    assert engine_runs == ["declaration"] * 2
