"""Pages are routed once per publication (``hub.cache.routing``): a reader's second
request for a page reads no row, and every change of what a URL serves, or to whom, shows
on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from hub.cache import content
from hub.cache.content import lookup
from hub.guide.models import GuideChapterPage
from hub.pages.models import HomePage
from hub.stories.models import StoryIndexPage, StoryPage
from scripts.bench.pages import PAGE_TYPES, page_urls

from .test_content_cache import publish, unpublish


def queries_of_second_request(client, url):
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [q["sql"] for q in queries.captured_queries]


@pytest.fixture
def story(db):
    return StoryPage.objects.filter(locale__language_code="en").order_by("path").first()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_page_type_is_served_from_the_cache_without_a_query(client, language):
    urls = page_urls(language)
    found = {name: queries_of_second_request(client, urls[name]) for name in PAGE_TYPES}
    assert found == {name: [] for name in PAGE_TYPES}


@pytest.mark.django_db
def test_a_filtered_listing_page_is_cached_too(client):
    listing = StoryIndexPage.objects.get(locale__language_code="en")
    url = f"{listing.url}?region=americas&page=1"
    assert queries_of_second_request(client, url) == []


@pytest.mark.django_db
def test_a_republished_page_shows_its_new_title_and_slug(
    client, story, django_capture_on_commit_callbacks
):
    old_url = story.url
    client.get(old_url)
    story.title = "A renamed story"
    story.slug = "a-renamed-story"
    publish(story, django_capture_on_commit_callbacks)
    story.refresh_from_db()

    # Not the cached page: Wagtail's redirect from the old URL to the new one.
    old = client.get(old_url)
    assert (old.status_code, old["Location"]) == (301, story.url)
    response = client.get(story.url)
    assert response.status_code == 200
    assert "<h1>A renamed story</h1>" in response.content.decode()


@pytest.mark.django_db
def test_an_unpublished_page_is_gone_at_once(client, story, django_capture_on_commit_callbacks):
    url = story.url
    assert client.get(url).status_code == 200
    unpublish(story, django_capture_on_commit_callbacks)
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_moved_page_answers_at_its_new_url_only(client, django_capture_on_commit_callbacks):
    chapter = GuideChapterPage.objects.filter(locale__language_code="en").order_by("path")[1]
    sibling = GuideChapterPage.objects.filter(locale__language_code="en").order_by("path")[0]
    old_url = chapter.url
    assert client.get(old_url).status_code == 200
    # Below its sibling: not a place editors may put it, but a move all the same.
    with django_capture_on_commit_callbacks(execute=True):
        chapter.move(sibling, pos="last-child")
    chapter.refresh_from_db()

    assert chapter.url != old_url
    old = client.get(old_url)
    assert (old.status_code, old["Location"]) == (301, chapter.url)
    assert client.get(chapter.url).status_code == 200


@pytest.mark.django_db
def test_a_new_view_restriction_applies_to_the_next_request(client, story):
    url = story.url
    assert story.title in client.get(url).content.decode()

    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    html = client.get(url).content.decode()
    assert story.title not in html
    assert 'name="password"' in html

    restriction.delete()
    assert story.title in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_restriction_on_an_ancestor_applies_to_its_pages(client, story):
    url = story.url
    client.get(url)
    PageViewRestriction.objects.create(
        page=story.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]


@pytest.mark.django_db
def test_a_changed_site_is_used_at_once(client, story):
    url = story.url
    assert client.get(url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "elsewhere.example.org", False
    site.save()
    # No site answers for localhost any more.
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_unknown_urls_do_not_fill_the_cache(client):
    site = Site.objects.get(is_default_site=True)
    for _ in range(2):
        assert client.get("/en/no-such-page/").status_code == 404
    assert lookup("route", [site.pk, "en", "no-such-page/"]) is None
    assert client.get("/en/").status_code == 200
    assert lookup("route", [site.pk, "en", ""]) is not None


@pytest.mark.django_db
def test_a_preview_does_not_change_what_readers_see(admin_client, client):
    chapter = GuideChapterPage.objects.filter(locale__language_code="en").order_by("path")[0]
    assert client.get(chapter.url).status_code == 200  # routed and cached
    preview_url = f"/admin/pages/{chapter.pk}/edit/preview/"
    data = {
        "title": "A chapter being edited",
        "slug": chapter.slug,
        "theme": chapter.theme_id,
        "recommendations-count": "0",
    }
    with translation.override("en"):
        assert admin_client.post(preview_url, data).json()["is_valid"], "preview form"
        preview = admin_client.get(preview_url).content.decode()
    assert "A chapter being edited" in preview

    client.logout()
    html = client.get(chapter.url).content.decode()
    assert "A chapter being edited" not in html
    assert chapter.title in html
    assert "Ambition level" in html  # the live recommendations, not the preview's none
    assert Page.objects.get(pk=chapter.pk).title == chapter.title


@pytest.mark.django_db
def test_a_publication_does_not_make_readers_look_the_site_up_again(client, story):
    client.get(story.url)
    content.new_generation()  # as any publication does
    with CaptureQueriesContext(connection) as queries:
        assert client.get(story.url).status_code == 200
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert queries.captured_queries, "the page itself is read again"
    assert "wagtailcore_site" not in sql


@pytest.mark.django_db
def test_an_unpublished_home_page_is_not_routed_from_any_more(
    client, django_capture_on_commit_callbacks
):
    assert client.get("/es/").context["page"].locale.language_code == "es"
    home = HomePage.objects.get(locale__language_code="es")
    with django_capture_on_commit_callbacks(execute=True):
        home.unpublish()
    # Wagtail routes from the default home page when a locale's is not live.
    assert client.get("/es/").context["page"].locale.language_code == "en"
