"""Every change of what a URL serves, or to whom, shows on the next request: routes and
view restrictions are read on every request (Wagtail's own API), never cached. The same
across gunicorn workers: test_workers."""

import pytest
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from hub.guide.models import GuideChapterPage
from hub.pages.models import HomePage
from hub.stories.models import StoryPage

from .test_content_cache import publish, unpublish


@pytest.fixture
def story(db):
    return StoryPage.objects.filter(locale__language_code="en").order_by("path").first()


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
    response = client.get(url)
    html = response.content.decode()
    assert story.title not in html
    assert 'name="password"' in html
    # Never kept by Varnish or any shared cache.
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))

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
def test_an_unpublished_home_page_is_not_routed_from_any_more(
    client, django_capture_on_commit_callbacks
):
    assert client.get("/es/").context["page"].locale.language_code == "es"
    home = HomePage.objects.get(locale__language_code="es")
    with django_capture_on_commit_callbacks(execute=True):
        home.unpublish()
    # Wagtail routes from the default home page when a locale's is not live.
    assert client.get("/es/").context["page"].locale.language_code == "en"
