"""The database search engine (the fallback when Elasticsearch is down, and the embedded
default): a fixed number of queries per page of results, and a statement timeout."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.stories.models import StoryIndexPage, StoryPage
from hub.taxonomy.models import Member, Theme
from search import engine
from search.engine import SearchRequest

from .synthetic import make_pages

pytestmark = pytest.mark.django_db

BUDGET = 20
REQUESTS = [
    SearchRequest(locale="en"),
    SearchRequest(locale="all", query="open"),
    SearchRequest(locale="en", query="data", filters={"type": ["story"]}, sort="date"),
    SearchRequest(locale="fr", filters={"theme": ["open-data"], "region": ["americas"]}),
]


def _queries(request):
    """Queries of one search. The savepoint statements are left out: here the search's
    transaction is nested in the test's, where a request's is the outermost (BEGIN and
    COMMIT, which are not counted either)."""
    with CaptureQueriesContext(connection) as captured:
        response = engine.db_search(request)
    sql = [query["sql"] for query in captured.captured_queries]
    return len([q for q in sql if not q.startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))]), response


def _stories(count):
    index = StoryIndexPage.objects.get(locale__language_code="en")
    member = Member.objects.get(locale=index.locale, slug="cl")
    theme = Theme.objects.get(locale=index.locale, slug="open-data")
    for n in range(count):
        page = StoryPage(
            title=f"Open data story {n}",
            introduction="Open data",
            date=datetime.date(2030, 1, 1 + n % 28),
            member=member,
        )
        index.add_child(instance=page)
        page.themes.set([theme])


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: f"{r.locale}-{r.query}")
def test_query_budget_is_flat(request_):
    """The same number of queries, at most ``BUDGET``, for one page of results with the
    demo content and with hundreds more pages (stories with themes, plain pages)."""
    first, _response = _queries(request_)  # nothing cached yet
    assert first <= BUDGET
    before, small = _queries(request_)
    _stories(15)
    make_pages(600, "open data page")
    after, large = _queries(request_)
    assert after <= before <= BUDGET
    if not request_.filters and request_.locale in ("en", "all"):
        assert large.total > small.total  # the new pages were candidates indeed


def test_results_facets_and_order_are_kept():
    response = engine.db_search(SearchRequest(locale="en", query="Uruguay"))
    assert response.total and "Uruguay" in response.hits[0]["source"]["title"]
    stories = engine.db_search(SearchRequest(locale="en", filters={"type": ["story"]}))
    assert stories.total == StoryPage.objects.live().filter(locale__language_code="en").count()
    assert stories.facets["type"]["story"] == stories.total
    assert stories.facets["type"].get("commitment")  # other types still counted
    by_date = engine.db_search(SearchRequest(locale="en", filters={"type": ["story"]}, sort="date"))
    dates = [hit["source"]["hub_date"] for hit in by_date.hits]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="statement_timeout is PostgreSQL's")
def test_statement_timeout_cancels_a_slow_search(client, settings, monkeypatch):
    settings.SEARCH_STATEMENT_TIMEOUT = 100

    class Slow:
        """Candidates that take two seconds to find."""

        def __iter__(self):
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_sleep(2)")
            return iter([])

        def __getitem__(self, key):
            return list(self)

    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        outside = cursor.fetchone()[0]
    engine.db_search(SearchRequest(locale="en"))
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == outside  # set for the search's queries only

    monkeypatch.setattr(engine, "db_candidates", lambda request: Slow())
    monkeypatch.setattr(engine, "es_backend", lambda: None)
    with pytest.raises(engine.SearchUnavailable):
        engine.db_search(SearchRequest(locale="en"))
    response = client.get("/api/search/", {"q": "open"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "recherche" in response.json()["error"]
    assert client.get("/fr/search/", {"q": "open"}).status_code == 503
    export = client.get("/api/search/export/", {"q": "open", "format": "csv"})
    assert export.status_code == 503


def test_a_cancelled_search_answers_503_in_the_readers_language(client, monkeypatch):
    def cancelled(request):
        raise engine.SearchUnavailable("canceling statement due to statement timeout")

    monkeypatch.setattr(engine, "run", cancelled)
    monkeypatch.setattr(engine, "scan", lambda *args, **kwargs: cancelled(None))
    response = client.get("/api/search/", {"q": "open", "locale": "es"})
    assert response.status_code == 503
    assert response.json()["error"]
    page = client.get("/es/search/", {"q": "open"})
    assert page.status_code == 503 and b"search-notice" in page.content
    export = client.get("/api/search/export/", {"q": "open", "format": "json"})
    assert export.status_code == 503 and export["Retry-After"]
    feed = client.get("/en/search/feed/", {"q": "open"})
    assert feed.status_code == 503
