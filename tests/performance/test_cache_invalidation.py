"""Publishing or unpublishing a page purges it and its listings in every locale; menus are
cached per locale and dropped on publication; renditions are made on publication."""

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.models import Page

from hub.cache import menus
from hub.cache.renditions import BLOCK_SPECS, CARD_SPECS, HERO_SPECS, SHARE_SPECS
from hub.stories.models import StoryIndexPage, StoryPage

from .backends import RecordingBackend


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.performance.backends.RecordingBackend"}
    }
    RecordingBackend.purged = []
    return RecordingBackend.purged


@pytest.fixture
def story(db):
    return StoryPage.objects.filter(locale__language_code="fr").order_by("path").first()


def expected_urls(story):
    pages = list(Page.objects.filter(translation_key=story.translation_key))
    pages += StoryIndexPage.objects.all()  # the listing, in every locale
    pages += Page.objects.filter(depth=2)  # home pages show the latest stories
    return {page.get_full_url() for page in pages}


@pytest.mark.django_db
def test_publishing_purges_the_page_and_its_listings_in_every_locale(
    story, purged, django_capture_on_commit_callbacks
):
    assert StoryPage.objects.filter(translation_key=story.translation_key).count() == 3
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()

    assert set(purged) == expected_urls(story)
    assert any(url.startswith("http://localhost/es/") for url in purged)


@pytest.mark.django_db
def test_unpublishing_purges_the_page_and_its_listings_in_every_locale(
    story, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()

    assert set(purged) == expected_urls(story)


@pytest.mark.django_db
def test_nothing_is_purged_before_the_publication_is_committed(story, purged):
    story.save_revision().publish()  # the test's transaction is never committed

    hub_urls = expected_urls(story) - {story.get_full_url()}
    assert not hub_urls & set(purged)


@pytest.mark.django_db
def test_menus_are_cached_per_locale_and_dropped_on_publication(
    django_capture_on_commit_callbacks,
):
    cache.clear()
    story_en = StoryPage.objects.filter(locale__language_code="en").first()
    story_fr = StoryPage.objects.filter(locale__language_code="fr").first()
    english = menus.main_menu(story_en)
    with CaptureQueriesContext(connection) as queries:
        assert menus.main_menu(story_en) == english
    assert len(queries) == 0
    assert menus.main_menu(story_fr) != english  # each locale its own menu

    section = StoryIndexPage.objects.get(locale__language_code="en")
    section.title = "Stories of open government"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()

    titles = [item["title"] for item in menus.main_menu(story_en)]
    assert "Stories of open government" in titles


@pytest.mark.django_db
def test_renditions_are_made_on_publication_and_none_while_reading(
    client, story, django_capture_on_commit_callbacks
):
    Rendition = get_image_model().get_rendition_model()
    hero, listing, figure = (wagtail_factories.ImageFactory() for _ in range(3))
    story.hero_image = hero
    story.listing_image = listing
    story.listing_image_alt = "A listing image"
    story.body.append(("image", {"image": figure, "caption": "A figure"}))
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()

    # The hero image may stand in for the listing image on cards; the listing image is
    # also the link preview's image.
    assert Rendition.objects.filter(image=hero).count() == len(HERO_SPECS + CARD_SPECS)
    assert Rendition.objects.filter(image=listing).count() == len(CARD_SPECS + SHARE_SPECS)
    assert Rendition.objects.filter(image=figure).count() == len(BLOCK_SPECS)
    before = Rendition.objects.count()
    response = client.get(story.url)
    assert response.status_code == 200
    assert hero.get_rendition(HERO_SPECS[0]).url in response.content.decode()
    # The story's card on its listing.
    response = client.get(story.get_parent().url, {"member": story.member.slug})
    assert response.status_code == 200
    assert listing.get_rendition(CARD_SPECS[0]).url in response.content.decode()
    assert 'alt="A listing image"' in response.content.decode()
    assert Rendition.objects.count() == before, "a template asked for an unlisted rendition"
