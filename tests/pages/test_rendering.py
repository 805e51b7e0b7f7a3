"""Every page type renders in English, French and Spanish, and opens in the admin."""

import pytest
from wagtail.models import Locale

from tests.pages.test_page_types import PAGE_TYPES

LANGUAGES = ["en", "fr", "es"]


def live_page(page_type, language):
    return (
        page_type.objects.live()
        .filter(locale=Locale.objects.get(language_code=language))
        .order_by("path")
        .first()
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_page_type_renders_in_each_language(client, page_type, language):
    page = live_page(page_type, language)
    assert page is not None, f"the demo content has no live {page_type.__name__} in {language}"
    url = page.get_url()
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert page.title in html
    for other in LANGUAGES:
        assert f'hreflang="{other}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_admin_edit_view_opens(admin_client, page_type):
    for language in LANGUAGES:
        page = live_page(page_type, language)
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, (page_type.__name__, language)


@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_unknown_url_is_a_404(client):
    assert client.get("/fr/cette-page-n-existe-pas/").status_code == 404
