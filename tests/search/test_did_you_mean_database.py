""" "Did you mean" on the database engine (the embedded default): corrections from the
theme, member and title vocabulary, without Elasticsearch."""

import pytest
from wagtail.models import PageViewRestriction

from hub.stories.models import StoryPage
from search import engine, suggestions
from search.engine import SearchRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_engine(monkeypatch):
    """The search page and API answer from the database, as under `make run`."""
    monkeypatch.setattr(engine, "es_backend", lambda: None)


def test_a_misspelt_theme_word_is_corrected():
    response = engine.db_search(SearchRequest(locale="en", query="corruptoin"))
    assert response.total == 0
    assert response.suggestion == "corruption"
    # The suggestion finds what the misspelling did not.
    assert engine.db_search(SearchRequest(locale="en", query=response.suggestion)).total > 0


def test_known_words_are_kept_and_accents_ignored():
    assert suggestions.suggest("zzqxj transparance", ["fr"]) == "zzqxj transparence"
    assert suggestions.suggest("corruption", ["en"]) == ""
    assert suggestions.suggest("qqqqqqqq", ["en"]) == ""


def test_member_names_are_in_the_vocabulary():
    assert suggestions.suggest("Uruguya", ["es"]) == "uruguay"


def test_no_suggestion_when_something_matched():
    response = engine.db_search(SearchRequest(locale="en", query="corruption"))
    assert response.total > 0 and response.suggestion == ""


def test_private_titles_are_not_suggested():
    story = StoryPage.objects.live().filter(locale__language_code="en").first()
    story.title = "Zanzibarian lighthouses"
    story.save_revision().publish()
    assert suggestions.suggest("zanzibariann", ["en"]) == "zanzibarian"
    # The restriction itself renews the cached vocabulary (hub.cache.signal_handlers).
    PageViewRestriction.objects.create(page=story, restriction_type="login")
    assert suggestions.suggest("zanzibariann", ["en"]) == ""


def test_search_page_and_api_suggest(client, database_engine):
    data = client.get("/api/search/", {"q": "corruptoin", "locale": "en"}).json()
    assert data["total"] == 0 and data["did_you_mean"] == "corruption"
    response = client.get("/fr/search/", {"q": "corruptoin"})
    assert response.status_code == 200
    assert "?q=corruption" in response.content.decode()
