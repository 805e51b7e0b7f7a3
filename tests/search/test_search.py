"""Thematic search against a real Elasticsearch node (see conftest.py)."""

import uuid

import pytest
from django.test import override_settings
from wagtail.models import Page

from hub.guide.models import GuideChapterPage
from hub.stories.models import StoryPage
from search.indexing import CONTENT_TYPES, page_document

from .conftest import refresh
from .relevance import QUERIES

pytestmark = pytest.mark.search


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def titles(data):
    return [result["title"] for result in data["results"]]


def facet(data, name):
    return {entry["value"]: entry["count"] for entry in data["facets"][name]}


class TestIndexing:
    def test_every_content_type_in_three_locales(self, es, client):
        for locale in ("en", "fr", "es"):
            counts = facet(api(client, locale=locale), "type")
            for key, (_label, model) in CONTENT_TYPES.items():
                if model:
                    assert counts.get(key, 0) > 0, (locale, key)

    def test_facet_counts_match_database(self, es, client):
        for locale in ("en", "fr", "es"):
            data = api(client, locale=locale)
            pages = (
                Page.objects.live()
                .public()
                .filter(locale__language_code=locale, depth__gte=2)
                .specific()
            )
            documents = [page_document(p) for p in pages]
            assert data["total"] == len(documents)
            expected = {}
            for document in documents:
                expected[document["hub_type"]] = expected.get(document["hub_type"], 0) + 1
            assert facet(data, "type") == expected
            themes = {}
            for document in documents:
                for slug in document["hub_themes"]:
                    themes[slug] = themes.get(slug, 0) + 1
            assert facet(data, "theme") == themes
            stories = StoryPage.objects.live().filter(locale__language_code=locale)
            regions = {}
            for story in stories:
                regions[story.region] = regions.get(story.region, 0) + 1
            data = api(client, locale=locale, type="story")
            assert facet(data, "region") == regions
            assert data["total"] == stories.count()

    def test_levels_and_combined_filters(self, es, client):
        chapter = GuideChapterPage.objects.live().filter(locale__language_code="en").first()
        level = chapter.ambition_levels()[0]
        data = api(client, locale="en", level=level)
        assert data["total"] >= 1
        assert {r["type"] for r in data["results"]} == {"guide-chapter"}
        story = StoryPage.objects.live().filter(locale__language_code="en").first()
        theme = story.theme_slugs()[0]
        data = api(client, locale="en", type="story", theme=theme, year=str(story.date.year))
        assert story.title in titles(data)
        for result in data["results"]:
            assert theme in [t["value"] for t in result["themes"]]
            assert result["date"].startswith(str(story.date.year))


class TestLocales:
    def test_results_in_active_locale_by_default(self, es, client):
        data = client.get("/api/search/", {"q": "open"}, HTTP_ACCEPT_LANGUAGE="en").json()
        assert data["results"] and {r["locale"] for r in data["results"]} == {"en"}
        data = api(client, q="données ouvertes", locale="fr")
        assert data["results"] and {r["locale"] for r in data["results"]} == {"fr"}

    def test_all_locales_labelled(self, es, client):
        data = api(client, q="Uruguay", locale="all")
        assert {r["locale"] for r in data["results"]} == {"en", "fr", "es"}
        for result in data["results"]:
            assert result["language"]
            assert len(result["also_available_in"]) == 2

    def test_search_page_renders(self, es, client):
        response = client.get("/fr/search/", {"q": "engagement", "locale": "all"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "<mark>" in html and "Français" in html


class TestLanguageAnalysis:
    @pytest.mark.parametrize(
        "locale,query,expected",
        [
            ("fr", "engagement", "Un tableau de bord public pour suivre les engagements"),
            (
                "fr",
                "participation citoyenne",
                "Monténégro : les citoyens signalent l’économie illicite",
            ),
            ("fr", "acces a l'information", "Accès à l’information"),
            ("en", "commitment dashboard", "A public dashboard to track commitments"),
            ("en", "citizen", "Empowering citizens at local level"),
            ("es", "compromiso", "Un tablero público para dar seguimiento a los compromisos"),
            ("es", "informacion", "Acceso a la información"),
        ],
    )
    def test_stemming_and_folding(self, es, client, locale, query, expected):
        assert expected in titles(api(client, q=query, locale=locale)) + [
            t for p in range(2, 4) for t in titles(api(client, q=query, locale=locale, page=p))
        ]

    def test_highlight_is_escaped_except_mark(self, es, client):
        data = api(client, q="engagements", locale="fr")
        snippets = " ".join(r["snippet"] for r in data["results"])
        assert "<mark>" in snippets
        stripped = snippets.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in stripped


class TestSuggestions:
    def test_autocomplete(self, es, client):
        data = client.get("/api/search/autocomplete/", {"q": "transp", "locale": "fr"}).json()
        assert any("Transparence" in r["title"] for r in data["results"])
        data = client.get("/api/search/autocomplete/", {"q": "open d", "locale": "en"}).json()
        assert any(t["value"] == "open-data" for t in data["themes"])
        data = client.get("/api/search/autocomplete/", {"q": "urug", "locale": "es"}).json()
        assert [m["label"] for m in data["members"]]

    def test_did_you_mean_and_closest_themes(self, es, client):
        data = api(client, q="transparance", locale="fr")
        if data["total"] == 0:
            assert data["did_you_mean"]
            assert "transparence" in data["did_you_mean"]
        data = api(client, q="zzqxj corrupton", locale="en")
        assert data["total"] == 0
        assert data["did_you_mean"] and "corruption" in data["did_you_mean"]
        assert "closest_themes" in data

    def test_query_logged_and_promotion_first(self, es, client):
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        promoted = StoryPage.objects.live().filter(locale__language_code="en").last()
        query = Query.get("open data")
        SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
        data = api(client, q="open data", locale="en")
        assert data["results"][0]["title"] == promoted.title
        assert data["results"][0]["promoted"] is True
        assert titles(data).count(promoted.title) == 1
        assert Query.get("open data").hits >= 1


class TestLiveIndexing:
    def test_publish_unpublish_delete(self, es, client):
        from hub.pages.models import HomePage, StandardPage

        word = "zq" + uuid.uuid4().hex[:10]
        home = HomePage.objects.get(locale__language_code="en")
        page = home.add_child(
            instance=StandardPage(title=f"Live indexing {word}", introduction=word, live=False)
        )
        page.save_revision().publish()
        refresh()
        assert titles(api(client, q=word, locale="en")) == [page.title]
        page.refresh_from_db()
        page.unpublish()
        refresh()
        assert api(client, q=word, locale="en")["total"] == 0
        page.refresh_from_db()
        page.save_revision().publish()
        refresh()
        assert api(client, q=word, locale="en")["total"] == 1
        page.delete()
        refresh()
        assert api(client, q=word, locale="en")["total"] == 0


CLOSED = {
    "default": {
        "BACKEND": "search.backend",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX_PREFIX": "hub_test_",
        "TIMEOUT": 1,
    }
}


class TestResilience:
    @override_settings(WAGTAILSEARCH_BACKENDS=CLOSED)
    def test_fallback_when_elasticsearch_is_down(self, db, client, caplog):
        with caplog.at_level("WARNING", logger="search"):
            data = api(client, q="Uruguay", locale="en")
        assert data["engine"] == "database" and data["notice"]
        assert any("Uruguay" in t for t in titles(data))
        assert any("unavailable" in r.message for r in caplog.records)
        response = client.get("/en/search/", {"q": "Uruguay"})
        assert response.status_code == 200
        assert b"search-notice" in response.content
        assert facet(api(client, locale="en"), "type")

    @override_settings(WAGTAILSEARCH_BACKENDS=CLOSED)
    def test_admin_search_when_elasticsearch_is_down(self, admin_client):
        response = admin_client.get("/admin/pages/search/", {"q": "Uruguay"})
        assert response.status_code == 200

    @override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database"}}
    )
    def test_database_backend_facets(self, db, client):
        data = api(client, locale="en")
        assert data["engine"] == "database"
        assert (
            facet(data, "type")["story"]
            == StoryPage.objects.live().filter(locale__language_code="en").count()
        )

    @pytest.mark.parametrize(
        "query",
        [
            "",
            "x" * 10_000,
            '"(((',
            "AND OR",
            "\\",
            "*:*",
            "a\x00b\x07c\x1b",
            "🙂🌍",
            "مرحبا بالعالم",
            "title:foo^3 ~2",
            "[]{}<>/",
            "%",
            "' OR 1=1 --",
        ],
    )
    def test_any_query(self, es, client, query):
        data = api(client, q=query, locale="en")
        assert isinstance(data["total"], int)
        assert client.get("/en/search/", {"q": query}).status_code == 200
        response = client.get("/api/search/autocomplete/", {"q": query})
        assert response.status_code == 200

    @pytest.mark.parametrize(
        "params",
        [
            {"locale": "xx"},
            {"type": "nope"},
            {"year": "20x4"},
            {"page": "-1"},
            {"page": "abc"},
            {"sort": "random"},
            {"theme": "<script>"},
            {"region": "mars"},
            {"level": "max"},
        ],
    )
    def test_bad_filters(self, es, client, params):
        response = client.get("/api/search/", params)
        assert response.status_code == 400
        assert response.json()["error"]
        assert client.get("/en/search/", params).status_code == 200


def test_relevance_mrr(es, client):
    reciprocal = []
    for locale, query, expected in QUERIES:
        ranked = titles(api(client, q=query, locale=locale))
        rank = ranked.index(expected) + 1 if expected in ranked else None
        reciprocal.append(1 / rank if rank else 0)
        if rank != 1:
            print(f"  {locale} {query!r}: rank {rank}; got {ranked[:3]}")
    mrr = sum(reciprocal) / len(reciprocal)
    print(f"MRR over {len(QUERIES)} queries: {mrr:.3f}")
    assert len(QUERIES) >= 30
    assert mrr >= 0.8
