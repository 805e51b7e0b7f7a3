"""Live indexing against a real Elasticsearch node: moves, translations, ``update_index``."""

import io
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from hub.pages.models import HomePage, StandardPage

from .conftest import refresh
from .test_search import api, titles

pytestmark = pytest.mark.search


def unique_word():
    return "zq" + uuid.uuid4().hex[:10]


@pytest.fixture
def indexed(es):
    """Pages the test indexes; their documents are removed afterwards (the database is
    rolled back, Elasticsearch is not)."""
    pages = []
    yield pages
    index = es.page_index_name()
    for page in pages:
        es.es.options(ignore_status=404).delete(index=index, id=str(page.pk), refresh=True)


def publish_page(parent, indexed, **fields):
    page = parent.add_child(instance=StandardPage(live=False, **fields))
    page.save_revision().publish()
    indexed.append(page)
    page.refresh_from_db()
    return page


def indexed_path(es, page):
    return es.es.get(index=es.page_index_name(), id=str(page.pk))["_source"]["path_filter"]


class TestMove:
    def test_moved_section_and_its_children_follow_their_new_parent(self, es, client, indexed):
        word = unique_word()
        home = HomePage.objects.get(locale__language_code="en")
        old_parent = publish_page(home, indexed, title=f"Old parent {word}", slug=f"old-{word}")
        new_parent = publish_page(home, indexed, title=f"New parent {word}", slug=f"new-{word}")
        section = publish_page(old_parent, indexed, title=f"Section {word}", slug=f"sec-{word}")
        child = publish_page(section, indexed, title=f"Child {word}", introduction=word)
        refresh()
        [result] = api(client, q=f"Child {word}", locale="en", type="page")["results"][:1]
        assert f"/old-{word}/sec-{word}/" in result["url"]

        section.move(new_parent, pos="last-child")
        refresh()

        section.refresh_from_db()
        child.refresh_from_db()
        assert indexed_path(es, section) == section.path
        assert indexed_path(es, child) == child.path
        assert child.path.startswith(new_parent.path)
        data = api(client, q=f"Child {word}", locale="en")
        assert data["results"][0]["title"] == child.title
        assert f"/new-{word}/sec-{word}/" in data["results"][0]["url"]

        # The index's ancestry is what hides private sections: restricting the new parent
        # hides the moved section and its child, counts and facets included.
        PageViewRestriction.objects.create(
            page=new_parent, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        data = api(client, q=word, locale="en")
        assert titles(data) == [old_parent.title]
        assert data["total"] == 1
        assert sum(entry["count"] for entry in data["facets"]["type"]) == 1


class TestTranslationPublish:
    def test_published_translation_is_found_in_its_locale(
        self, es, client, indexed, django_capture_on_commit_callbacks
    ):
        fr_word, es_word = unique_word(), unique_word()
        home_fr = HomePage.objects.get(locale__language_code="fr")
        source_page = publish_page(
            home_fr,
            indexed,
            title=f"Traduction {fr_word}",
            slug=f"traduction-{fr_word}",
            introduction=f"Une page à traduire : {fr_word}.",
        )
        spanish = Locale.objects.get(language_code="es")
        source, _created = TranslationSource.get_or_create_from_instance(source_page)
        translation = Translation.objects.create(source=source, target_locale=spanish)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        assert segments
        for segment in segments:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=spanish,
                context=segment.context,
                data=segment.string.data.replace(fr_word, es_word)
                .replace("Traduction", "Traducción")
                .replace("Une page à traduire", "Una página para traducir"),
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )

        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        translated = source_page.get_translation(spanish)
        indexed.append(translated)
        assert translated.live
        refresh()

        data = api(client, q=es_word, locale="es")
        assert titles(data) == [f"Traducción {es_word}"]
        assert data["results"][0]["locale"] == "es"
        assert data["results"][0]["also_available_in"][0]["locale"] == "fr"
        assert api(client, q=es_word, locale="fr")["total"] == 0
        assert titles(api(client, q=fr_word, locale="fr")) == [source_page.title]
        found = client.get("/api/search/autocomplete/", {"q": "Traducción", "locale": "es"})
        assert f"Traducción {es_word}" in [r["title"] for r in found.json()["results"]]


class TestUpdateIndex:
    def test_rebuild_prints_progress_and_swaps_the_alias(self, es, client):
        alias = es.page_index_name()
        before = set(es.es.indices.get_alias(name=alias))
        assert len(before) == 1 and alias not in before  # an alias, not an index

        out = io.StringIO()
        call_command("update_index", stdout=out)

        output = out.getvalue()
        assert "Rebuilding index" in output
        assert "wagtailcore.Page" in output and "stories.StoryPage" in output
        assert "." in output  # progress, one dot per chunk
        assert "indexed" in output
        after = set(es.es.indices.get_alias(name=alias))
        assert len(after) == 1 and after != before
        [new] = after
        assert new.startswith(alias + "_")
        for old in before:
            assert not es.es.indices.exists(index=old)
        es.es.indices.refresh(index=alias)
        assert api(client, q="Uruguay", locale="en")["total"] > 0
