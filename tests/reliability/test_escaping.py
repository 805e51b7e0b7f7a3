"""Titles and introductions with script payloads are shown escaped everywhere: the page
itself (with its JSON-LD), listings, the search page's results and snippets, the search
feed and the search API. Exports carry them as inert data: never served as HTML, and no
CSV cell that a spreadsheet would run as a formula."""

import csv
import json

import pytest
from django.core.cache import cache
from wagtail.search.backends import get_search_backend

from hub.stories.models import StoryIndexPage, StoryPage

PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def assert_inert(html):
    assert "<script>alert" not in html
    assert "<img src=x onerror" not in html


@pytest.fixture
def hostile_story():
    cache.clear()  # menus and listings are cached
    story = StoryPage.objects.live().filter(locale__language_code="en").order_by("-date").first()
    story.title = f"Zanzibarxss {PAYLOAD}"
    story.introduction = f"Zanzibarxss introduction {PAYLOAD}"
    story.save_revision().publish()
    backend = get_search_backend()
    if hasattr(backend, "es"):  # searchable now, not after Elasticsearch's next refresh
        backend.es.indices.refresh(index=backend.page_index_name())
    yield story
    cache.clear()


@pytest.mark.django_db
def test_script_payloads_are_escaped_on_pages_listings_and_search(client, hostile_story):
    story = StoryPage.objects.get(pk=hostile_story.pk)
    index = StoryIndexPage.objects.get(locale__language_code="en")
    feed = "/en/search/feed/?q=Zanzibarxss"
    for url in (story.url, index.url, "/en/search/?q=Zanzibarxss", feed):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "Zanzibarxss" in html, url
        assert_inert(html)
        assert "&lt;script&gt;" in html or "&amp;lt;script&amp;gt;" in html, url

    response = client.get("/api/search/", {"q": "Zanzibarxss", "locale": "en"})
    data = response.json()
    assert data["results"], data
    for result in data["results"]:
        assert_inert(result["title_html"])
        assert_inert(result["snippet"])
    assert_inert(json.dumps(data["results"][0]["title_html"]))


@pytest.mark.django_db
def test_exports_carry_payloads_as_inert_data(client, hostile_story):
    story = StoryPage.objects.get(pk=hostile_story.pk)
    story.title = '=HYPERLINK("http://evil.example","Zanzibarxss")'
    story.save_revision().publish()
    index = StoryIndexPage.objects.get(locale__language_code="en")

    response = client.get(index.url, {"format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    rows = json.loads(b"".join(response.streaming_content))["results"]
    intros = [row.get("introduction", "") for row in rows]
    assert f"Zanzibarxss introduction {PAYLOAD}" in intros  # the data, unchanged

    response = client.get(index.url, {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert response["X-Content-Type-Options"] == "nosniff"
    lines = [row for row in csv.reader(b"".join(response.streaming_content).decode().splitlines())]
    titles = [cell for row in lines for cell in row if "HYPERLINK" in cell]
    assert titles == ["'" + story.title], titles
