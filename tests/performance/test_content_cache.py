"""Home page lists, related content and listing choices and counts are cached
(``hub.cache.content``) and refreshed by every publication, unpublication and change of a
theme: a reader sees the change on the next request."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.core.related import related_by_theme
from hub.pages.models import HomePage
from hub.stories.models import StoryIndexPage, StoryPage


def publish(page, on_commit):
    with on_commit(execute=True):
        page.save_revision().publish()


def unpublish(page, on_commit):
    with on_commit(execute=True):
        page.unpublish()


def assert_shown_while_published(client, url, page, on_commit):
    """``page``, edited, shows on ``url`` once published, and no more once unpublished."""
    publish(page, on_commit)
    assert page.title in client.get(url).content.decode()
    unpublish(page, on_commit)
    assert page.title not in client.get(url).content.decode()


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def oldest_story(db):
    return StoryPage.objects.filter(locale__language_code="en").order_by("date", "title").first()


@pytest.mark.django_db
def test_home_page_lists_are_cached_as_keys_and_read_by_key(client, home, monkeypatch):
    from django.core.cache import cache

    stored = {}
    set_ = cache.set
    monkeypatch.setattr(
        cache, "set", lambda k, v, *a, **kw: stored.update({k: v}) or set_(k, v, *a, **kw)
    )
    first = home.home_lists()
    lists = [value for key, value in stored.items() if ":home-" in key]
    assert len(lists) == 4
    assert all(isinstance(pk, int) for value in lists for pk in value)  # keys, no rows
    with CaptureQueriesContext(connection) as queries:
        again = home.home_lists()
    assert again == first
    assert len(queries) == 4  # one read by key each: no sort of every story
    assert not any("LIMIT" in q["sql"] for q in queries.captured_queries[:3])


@pytest.mark.django_db
def test_a_published_story_reaches_the_home_page(
    client, home, oldest_story, django_capture_on_commit_callbacks
):
    assert "A story published today" not in client.get(home.url).content.decode()

    oldest_story.title = "A story published today"
    oldest_story.date = datetime.date.today() + datetime.timedelta(days=1)
    assert_shown_while_published(client, home.url, oldest_story, django_capture_on_commit_callbacks)


@pytest.mark.django_db
def test_home_page_shows_a_bounded_number_of_items(home):
    lists = home.home_lists()
    assert 0 < len(lists["stories"]) <= HomePage.HOME_STORIES
    assert 0 < len(lists["chapters"]) <= HomePage.HOME_CHAPTERS
    assert 0 < len(lists["commitments"]) <= HomePage.HOME_COMMITMENTS
    assert 0 < len(lists["winners"]) <= HomePage.HOME_WINNERS
    assert all(chapter.locale_id == home.locale_id for chapter in lists["chapters"])
    newest = StoryPage.objects.live().filter(locale_id=home.locale_id).order_by("-date").first()
    assert lists["stories"][0].date == newest.date


def story_with_related(language="en"):
    for story in StoryPage.objects.filter(locale__language_code=language).order_by("path"):
        related = related_by_theme(story)
        if related.get("stories"):
            return story, related["stories"][0]
    raise AssertionError("no demo story has related stories")


@pytest.mark.django_db
def test_related_content_follows_publications(client, django_capture_on_commit_callbacks):
    story, other = story_with_related()
    assert story not in related_by_theme(story)["stories"]  # never the page itself
    assert other.title in client.get(story.url).content.decode()

    other.title = "Renamed related story"
    assert_shown_while_published(client, story.url, other, django_capture_on_commit_callbacks)


@pytest.mark.django_db
def test_related_content_is_cached(client):
    story, _other = story_with_related()
    first = related_by_theme(story)
    with CaptureQueriesContext(connection) as queries:
        assert related_by_theme(story) == first
    # The stories and commitments read by key: no sort, no LIMIT.
    assert len(queries) == 2
    assert not any("LIMIT" in q["sql"] for q in queries.captured_queries)


@pytest.mark.django_db
def test_listing_count_follows_unpublication(client, django_capture_on_commit_callbacks):
    listing = StoryIndexPage.objects.get(locale__language_code="en")
    count = StoryPage.objects.child_of(listing).live().count()
    assert f"{count} items" in client.get(listing.url).content.decode()

    story = StoryPage.objects.child_of(listing).live().first()
    unpublish(story, django_capture_on_commit_callbacks)
    assert f"{count - 1} items" in client.get(listing.url).content.decode()


@pytest.mark.django_db
def test_renamed_theme_reaches_the_home_page(client, home):
    chapter = home.home_lists()["chapters"][0]
    client.get(home.url)
    theme = chapter.theme
    theme.name = "Renamed theme"
    theme.save()
    assert "Renamed theme" in client.get(home.url).content.decode()


@pytest.mark.django_db
def test_language_switcher_follows_publications(client, django_capture_on_commit_callbacks):
    story = StoryPage.objects.filter(locale__language_code="en").order_by("path").first()
    spanish = story.get_translation(story.locale.__class__.objects.get(language_code="es"))
    assert spanish.url in client.get(story.url).content.decode()

    spanish.slug = "historia-renombrada"
    publish(spanish, django_capture_on_commit_callbacks)
    spanish.refresh_from_db()
    assert "/historia-renombrada/" in spanish.url
    assert spanish.url in client.get(story.url).content.decode()

    unpublish(spanish, django_capture_on_commit_callbacks)
    html = client.get(story.url).content.decode()
    assert "?unavailable=es" in html  # the switcher leads to the source page instead
    assert spanish.url not in html


@pytest.mark.django_db
def test_a_request_reads_the_content_generation_once(client, home, monkeypatch):
    from django.core.cache import cache

    from hub.cache import content

    client.get(home.url)
    reads = []
    get = cache.get
    monkeypatch.setattr(
        content.cache, "get", lambda key, *a, **k: reads.append(key) or get(key, *a, **k)
    )
    client.get(home.url)
    client.get(home.url)
    assert reads.count(content.GENERATION_KEY) == 2  # once per request
    assert len(reads) > 4  # the page's cached entries, read under that generation


@pytest.mark.django_db
def test_a_publication_during_a_request_is_seen_by_that_request():
    from django.core.signals import request_finished, request_started

    from hub.cache import content

    request_started.send(sender=None)
    try:
        before = content.generation()
        content.new_generation()
        assert content.generation() != before
    finally:
        request_finished.send(sender=None)
