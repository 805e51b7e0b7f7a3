"""Drafts change nothing readers see, so they invalidate nothing: saving a draft, or a
translator's draft (a wagtail-localize translation saved without publishing), leaves the
cached lists of other pages cached (``hub.cache.signal_handlers.DRAFT_FIELDS``)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from hub.cache import content
from hub.pages.models import HomePage
from hub.stories.models import StoryIndexPage, StoryPage


def cached_pages(client):
    """The home page and the stories' listing in French (the demo's source language),
    warm: ``{url: queries of a warm request}``."""
    urls = [
        HomePage.objects.get(locale__language_code="fr").url,
        StoryIndexPage.objects.get(locale__language_code="fr").url,
    ]
    found = {}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        found[url] = len(queries)
    return found


def assert_still_cached(client, before, generation):
    assert content.generation() == generation, "the content generation was renewed"
    for url, count in before.items():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert len(queries) == count, f"{url}: {count} → {len(queries)} queries"


@pytest.mark.django_db
def test_saving_a_draft_leaves_cached_pages_cached(client, django_capture_on_commit_callbacks):
    before = cached_pages(client)
    generation = content.generation()
    story = StoryPage.objects.filter(locale__language_code="fr").order_by("path").first()
    story.title = "Un brouillon"
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision()  # saves the live row's revision fields
    assert StoryPage.objects.get(pk=story.pk).has_unpublished_changes
    assert_still_cached(client, before, generation)
    assert "Un brouillon" not in client.get(story.get_parent().url).content.decode()


@pytest.mark.django_db
def test_a_translators_draft_leaves_cached_pages_cached(client, django_capture_on_commit_callbacks):
    """The translation editor saves each translated segment (``StringTranslation``); the
    page is only written when the translation is published."""
    before = cached_pages(client)
    generation = content.generation()
    story = StoryPage.objects.filter(locale__language_code="fr").order_by("path").last()
    spanish = story.get_translation(Locale.objects.get(language_code="es"))
    segment = StringTranslation.objects.filter(
        context__object_id=story.translation_key, locale=spanish.locale
    ).first()
    with django_capture_on_commit_callbacks(execute=True):
        segment.data = "Un borrador del traductor"
        segment.save()
    assert_still_cached(client, before, generation)
    assert "Un borrador del traductor" not in client.get(spanish.url).content.decode()


@pytest.mark.django_db
def test_a_publication_renews_the_generation(client, django_capture_on_commit_callbacks):
    generation = content.generation()
    story = StoryPage.objects.filter(locale__language_code="fr").order_by("path").first()
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert content.generation() != generation
