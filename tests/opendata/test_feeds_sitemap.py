"""RSS and Atom feeds, sitemap.xml with hreflang alternates, robots.txt."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import feedparser
import pytest
from wagtail.models import Page

from hub.stories.models import StoryPage

from .conftest import HIDDEN, content

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def parse_feed(response, kind):
    assert response.status_code == 200, content(response)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    return feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("/en/openstories/", "en"),
        ("/fr/engagements/", "fr"),
        ("/es/premios-de-gobierno-abierto/", "es"),
    ],
)
def test_section_feeds_per_locale_validate(client, kind, url, language):
    feed = parse_feed(client.get(url, {"format": kind}), kind)
    assert feed.feed.language == language
    assert feed.entries
    page_urls = {urlparse(entry.link).path for entry in feed.entries}
    live = Page.objects.live().filter(locale__language_code=language)
    assert page_urls <= {page.url for page in live}
    assert all(entry.get("published_parsed") for entry in feed.entries)


def test_a_filtered_listing_is_a_feed(client):
    feed = parse_feed(
        client.get("/en/commitments/", {"theme": "civic-space", "format": "atom"}), "atom"
    )
    assert feed.entries
    assert all("civic-space" in [t.term for t in entry.tags] for entry in feed.entries)


def test_a_saved_search_is_a_feed(client):
    query = {"locale": "en", "type": "story", "region": "americas"}
    feed = parse_feed(client.get("/en/search/feed/", {**query, "format": "rss"}), "rss")
    data = client.get("/api/search/", {**query, "sort": "date"}).json()
    results = [urlparse(r["url"]).path for r in data["results"]]
    assert results
    # The API shows the engine's first page, less any hit no longer in the database (the
    # session's index keeps documents of other tests' rolled-back pages); the feed goes on
    # to the next pages, so it starts with the same results.
    assert [urlparse(e.link).path for e in feed.entries][: len(results)] == results
    feed = parse_feed(client.get("/en/search/feed/", {"q": "budget", "format": "atom"}), "atom")
    assert feed.entries
    assert client.get("/en/search/feed/", {"format": "csv"}).status_code == 400
    assert client.get("/en/search/feed/", {"year": "1x"}).status_code == 400


def test_listing_and_search_pages_link_to_their_feeds(client):
    html = client.get("/en/commitments/?theme=civic-space").content.decode()
    assert 'type="application/rss+xml"' in html and "theme=civic-space&amp;format=rss" in html
    html = client.get("/en/search/?theme=justice").content.decode()
    assert "/en/search/feed/?theme=justice&amp;format=atom" in html


def test_feeds_leave_out_drafts_and_private_pages(client, hidden_pages):
    for url in ("/en/openstories/", "/en/commitments/", "/en/search/feed/"):
        for kind in ("rss", "atom"):
            response = client.get(url, {"format": kind, "member": "cl"})
            assert response.status_code == 200
            assert HIDDEN not in content(response)


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        loc = urlparse(url.find(f"{SITEMAP}loc").text).path
        entries[loc] = {
            link.get("hreflang"): urlparse(link.get("href")).path
            for link in url.iter(f"{XHTML}link")
        }
    return entries


def test_sitemap_lists_every_language_with_hreflang_alternates(client):
    entries = sitemap_entries(client)
    story = StoryPage.objects.live().filter(locale__language_code="fr").first()
    translations = {
        p.locale.language_code: p.url for p in story.get_translations(inclusive=True).live()
    }
    assert set(translations) == {"en", "fr", "es"}
    for url in translations.values():
        assert entries[url] == translations
    live = Page.objects.live().public().filter(depth__gte=2)
    assert set(entries) == {page.url for page in live}


def test_sitemap_leaves_out_drafts_and_private_pages(client, hidden_pages):
    assert HIDDEN not in client.get("/sitemap.xml").content.decode()
    entries = sitemap_entries(client)
    assert not {page.url for page in hidden_pages if page.url} & set(entries)


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
