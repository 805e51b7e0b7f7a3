"""What the search-at-scale changes must keep: the rebuilt index's settings, the indexed text
of streams with choosers, facet counts under combined filters, suggestions on no hits."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from hub.guide.models import GuideChapterPage
from search import engine
from search.backend import HubMapping
from search.engine import SearchRequest
from search.indexing import page_levels, stream_searchable_content

pytestmark = pytest.mark.search


def test_rebuilt_index_has_its_settings_back(es):
    """The rebuild writes with refresh off, no replica and an async translog; readers get
    an index with Elasticsearch's defaults again."""
    call_command("update_index", verbosity=0)
    [name] = es.es.indices.get_alias(name=es.page_index_name())
    settings = es.es.indices.get_settings(index=name, include_defaults=True)[name]
    values = {**settings["defaults"]["index"], **settings["settings"]["index"]}
    assert values["refresh_interval"] != "-1"
    assert values["translog"]["durability"].lower() == "request"
    assert es.es.count(index=name)["count"] == Page.objects.filter(depth__gte=1).count()


def test_stream_text_without_chooser_lookups_is_wagtails(es, django_assert_max_num_queries):
    chapters = list(GuideChapterPage.objects.all())
    assert chapters
    for chapter in chapters:
        field = GuideChapterPage._meta.get_field("recommendations")
        expected = field.get_searchable_content(
            GuideChapterPage.objects.get(pk=chapter.pk).recommendations
        )
        with django_assert_max_num_queries(0):
            content = stream_searchable_content(
                field.stream_block, chapter.recommendations.raw_data
            )
            levels = page_levels(chapter)
        assert content == expected
        converted = {block.value["level"] for block in chapter.recommendations}
        assert levels and set(levels) == converted
        assert HubMapping(GuideChapterPage).get_document(chapter)["hub_levels"] == levels


def test_recommendation_text_is_searchable(es, client):
    chapter = GuideChapterPage.objects.live().filter(locale__language_code="en").first()
    title = chapter.recommendations[0].value["title"]
    request = SearchRequest(query=title, locale="en", filters={"type": ["guide-chapter"]})
    found = engine.es_search(es, request)
    assert chapter.pk in [hit["pk"] for hit in found.hits[:3]]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"type": ["story"]},
        {"type": ["story", "commitment"], "region": ["americas"]},
        {"type": ["guide-chapter"], "level": ["initial"]},
    ],
)
def test_facet_counts_match_the_database_engine(es, filters):
    """Facets grouped by the filters they share count what each facet alone would."""
    for locale in ("en", "fr"):
        request = SearchRequest(locale=locale, filters=filters)
        es_response = engine.es_search(es, request)
        db_response = engine.db_search(SearchRequest(locale=locale, filters=filters))
        assert es_response.total == db_response.total
        for name in engine.FACETS:
            assert es_response.facets[name] == db_response.facets[name], name


def test_suggestion_only_on_no_hits(es):
    response = engine.es_search(es, SearchRequest(query="zzqxj corrupton", locale="en"))
    assert response.total == 0
    assert "corruption" in response.suggestion
    found = engine.es_search(es, SearchRequest(query="corruption", locale="en"))
    assert found.total > 0 and found.suggestion == ""
