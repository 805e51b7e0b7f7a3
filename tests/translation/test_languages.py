"""The admin speaks the group's language; reader notices speak the reader's."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from hub.stories.models import StoryIndexPage, StoryPage
from hub.translation import roles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "group, language",
    [(roles.EDITORS, "fr"), (roles.TRANSLATORS["es"], "es"), (roles.TRANSLATORS["en"], "en")],
)
def test_the_admin_language_defaults_to_the_groups(client, django_user_model, group, language):
    user = django_user_model.objects.create_user("someone", "someone@example.org", "x")
    user.groups.add(Group.objects.get(name=group))
    assert UserProfile.get_for_user(user).get_preferred_language() == language
    client.force_login(user)
    response = client.get(reverse("hub_translation:dashboard"))
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_a_chosen_language_is_kept(django_user_model):
    user = django_user_model.objects.create_user("someone", "someone@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    assert UserProfile.get_for_user(user).get_preferred_language() == "en"


def test_the_secretariat_reads_french(client, django_user_model):
    user = django_user_model.objects.create_user("secretariat", "s@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    html = client.get(reverse("hub_translation:dashboard")).content.decode()
    assert "État des traductions" in html


@pytest.fixture
def untranslated_story(db):
    french = Locale.objects.get(language_code="fr")
    story = StoryPage(title="Pas encore traduite", date=datetime.date(2025, 1, 1))
    StoryIndexPage.objects.get(locale=french).add_child(instance=story)
    story.save_revision().publish()
    return story


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "This page is not yet available in English"),
        ("es", "Esta página aún no está disponible en español"),
    ],
)
def test_the_unavailable_notice_speaks_the_readers_language(
    client, untranslated_story, language, text
):
    html = client.get(f"{untranslated_story.get_url()}?unavailable={language}").content.decode()
    assert f'<p class="wrap" lang="{language}">{text}' in html
    assert '<html lang="fr">' in html  # the page itself is in its source language
    assert "English" not in html.split(text)[1].split("</p>")[0]


def test_an_unknown_language_gets_no_notice(client, untranslated_story):
    html = client.get(f"{untranslated_story.get_url()}?unavailable=xx").content.decode()
    assert "notice-bar" not in html


def test_workflow_names_are_translated(client, django_user_model):
    from hub.pages.models import StandardPage

    from .helpers import edit_url, source_page

    user = django_user_model.objects.create_user("secretariat", "s@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    html = client.get(edit_url(source_page(StandardPage))).content.decode()
    assert "Soumettre à Relecture du secrétariat" in html
    assert "Secretariat review" not in html
