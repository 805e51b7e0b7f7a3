"""Translators see the approved equivalents of the vocabulary's terms found in the page."""

from django.urls import reverse

from hub.stories.models import StoryPage
from hub.translation import roles
from tests.translation.helpers import locale

from .conftest import LOBBYING, add_term


def lobbying_story():
    for page in StoryPage.objects.filter(locale=locale(roles.SOURCE_LANGUAGE)):
        if "lobbying" in str(page.body):
            return page
    raise AssertionError("no French story about lobbying in the demo content")


def test_vocabulary_in_the_translation_editor(editor, login):
    add_term(editor, notes="Regulated in Ireland.", **LOBBYING)
    add_term(editor, en="OGP", fr="OGP, PGO", es="AGA", do_not_translate="on")
    add_term(editor, en="zebra", fr="zèbre", es="cebra")
    spanish = lobbying_story().get_translation(locale("es"))

    translator = login(roles.TRANSLATORS["es"])
    response = translator.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Vocabulary in this page" in page
    found = {item["source"]: item for item in response.context["terms"]}
    assert found["lobbyisme"]["target"] == ["cabildeo"]
    assert found["lobbyisme"]["notes"] == "Regulated in Ireland."
    assert "Regulated in Ireland." in page
    assert set(found) == {"lobbyisme", "OGP"}  # not "zèbre": not in the page
    assert found["OGP"]["do_not_translate"]
