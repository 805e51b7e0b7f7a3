"""Pages say who may cache them (``hub.cache.headers``); production refuses a cache that
is not shared (``hub.cache.checks``); cache keys carry the release."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.checks import Error, Warning
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from hub.cache import checks, content
from hub.stories.models import StoryPage

ROOT = Path(__file__).resolve().parents[2]


def directives(response):
    return {word.strip() for word in response.get("Cache-Control", "").split(",") if word}


def check_deploy(env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def story(db):
    return StoryPage.objects.filter(locale__language_code="en").order_by("path").first()


@pytest.mark.django_db
def test_a_public_page_may_be_kept_by_shared_caches_only(client, story, settings):
    found = directives(client.get(story.url))
    assert found == {
        "public",
        "max-age=0",
        f"s-maxage={settings.HUB_SHARED_MAX_AGE}",
        f"stale-while-revalidate={settings.HUB_STALE_WHILE_REVALIDATE}",
    }


@pytest.mark.django_db
def test_a_missing_page_is_shared_too(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "public" in directives(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN]
)
def test_a_private_page_is_never_stored(client, story, restriction_type):
    PageViewRestriction.objects.create(
        page=story, restriction_type=restriction_type, password="secret"
    )
    response = client.get(story.url)
    assert response.status_code in (200, 302)
    assert {"private", "no-store"} <= directives(response)
    assert "public" not in directives(response)


@pytest.mark.django_db
def test_a_private_page_seen_with_its_password_is_never_stored(client, story):
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    with translation.override("en"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, story.pk])
    response = client.post(url, {"password": "secret", "return_url": story.url})
    assert response.status_code == 302
    response = client.get(story.url)
    assert story.title in response.content.decode()
    assert {"private", "no-store"} <= directives(response)


@pytest.mark.django_db
def test_pages_for_a_signed_in_user_are_never_stored(admin_client, story):
    for url in (story.url, "/en/search/?q=open"):
        found = directives(admin_client.get(url))
        assert {"private", "no-store"} <= found, url
        assert not any(word.startswith("s-maxage") for word in found), url


@pytest.mark.django_db
def test_search_results_are_kept_a_minute(client):
    assert "s-maxage=60" in directives(client.get("/en/search/?q=open"))


def test_a_per_process_cache_fails_the_deploy_check(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [type(m) for m in checks.check_shared_cache()] == [Error]
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}
    }
    assert [type(m) for m in checks.check_shared_cache()] == [Warning]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
        }
    }
    assert checks.check_shared_cache() == []


def test_production_settings_load_without_cache_url_and_the_check_reports_it():
    import os

    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CACHE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY="production-like-" + "x9Yk2" * 12,
        ALLOWED_HOSTS="hub.example.org",
    )
    result = check_deploy(env)
    assert result.returncode != 0
    assert "hub.E001" in result.stderr
    env["CACHE_URL"] = "redis://127.0.0.1:6379/0"
    result = check_deploy(env)
    assert "hub.E001" not in result.stderr + result.stdout


def test_keys_carry_the_release(settings):
    assert settings.RELEASE
    assert settings.CACHES["default"]["KEY_PREFIX"] == f"hub-{settings.RELEASE}"
    assert cache.make_key("x").startswith(f"hub-{settings.RELEASE}:")


def test_model_instances_are_never_cached(db):
    story = StoryPage.objects.first()
    with pytest.raises(TypeError):
        content.cached("test", [1], lambda: {"stories": [story]})
    assert content.cached("test", [2], lambda: {"stories": [story.pk]}) == {"stories": [story.pk]}
