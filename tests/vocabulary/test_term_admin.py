"""The vocabulary in the admin: the Secretariat edits it; bad input is refused with a message."""

import pytest

from hub.taxonomy.models import Term
from hub.translation import roles

from .conftest import LOBBYING, TERM_URL, add_term


def test_editor_adds_a_term(editor):
    add_term(editor, notes="Regulated since 2015.", do_not_translate="", **LOBBYING)
    term = Term.objects.get()
    assert term.variants("fr") == ["lobbyisme", "lobbying"]
    assert term.all_variants() == ["lobbying", "lobbyisme", "cabildeo"]
    listing = editor.get("/admin/snippets/taxonomy/term/")
    assert "cabildeo" in listing.content.decode()


def test_form_prefilled_from_query_string(editor):
    response = editor.get(TERM_URL, {"es": "cabildeo"})
    assert response.status_code == 200
    assert response.context["form"].initial["es"] == "cabildeo"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"en": "lobbying", "fr": " , ,", "es": "cabildeo"}, "fr"),
        ({"en": "lobbying", "fr": "lobbyisme", "es": ""}, "es"),
        ({"en": "lob\x07bying", "fr": "lobbyisme", "es": "cabildeo"}, "en"),
        ({"en": ",".join(f"w{i}" for i in range(30)), "fr": "x", "es": "y"}, "en"),
        ({"en": "x" * 300, "fr": "x", "es": "y"}, "en"),
    ],
)
def test_bad_terms_refused_with_a_message(editor, fields, field):
    response = editor.post(TERM_URL, {"notes": "", **fields})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not Term.objects.exists()


def test_french_labels(editor):
    from wagtail.users.models import UserProfile

    user = editor.get(TERM_URL).wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    page = editor.get(TERM_URL).content.decode()
    assert "Ne pas traduire" in page
    assert "Espagnol" in page


def test_translators_cannot_edit_the_vocabulary(login):
    client = login(roles.TRANSLATORS["es"])
    response = client.post(TERM_URL, {"notes": "", **LOBBYING})
    assert response.status_code in (302, 403)
    assert not Term.objects.exists()
