"""Faults: error pages, database and Elasticsearch outages, missing media files."""

import uuid
from io import BytesIO, StringIO

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test import Client, RequestFactory, override_settings
from django.utils import translation
from django.views.defaults import server_error
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.search.backends import get_search_backend

from hub.pages.models import HomePage, StandardPage
from tests.search.conftest import refresh, search_index  # noqa: F401 (a fixture)
from tests.search.test_search import CLOSED, titles
from tests.search.test_search import api as search_api


def test_500_page_renders_without_the_database():
    # No django_db mark: any query here would fail the test. The language is set as
    # LocaleMiddleware would for /en/ (the thread keeps the last test request's language).
    with translation.override("en"):
        response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    content = response.content.decode()
    assert "Something went wrong on our side" in content
    assert "Traceback" not in content


@pytest.mark.django_db
def test_unknown_address_gets_the_hub_404_page(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "There is no page at this address" in response.content.decode()


@pytest.mark.django_db
def test_uncaught_errors_show_the_500_page_not_a_traceback(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(HomePage, "get_context", boom)
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


@pytest.mark.django_db
def test_database_outage_answers_503_and_recovers(client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connection, "cursor", unreachable)  # every query fails
    response = client.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Nothing has been lost" in response.content.decode()

    monkeypatch.undo()  # the database is back
    assert client.get("/en/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/search/?q=open", "/api/v2/pages/"])
def test_database_outage_answers_json_to_api_clients(client, monkeypatch, path):
    def unreachable(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connection, "cursor", unreachable)
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Rien n'a été perdu" in response.json()["error"]


@pytest.mark.django_db
def test_other_database_errors_are_not_disguised_as_outages(monkeypatch):
    def bug(*args, **kwargs):
        raise OperationalError("no such column: name")

    monkeypatch.setattr(HomePage, "get_context", bug)
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500


@pytest.mark.django_db
def test_missing_image_file_does_not_break_the_page(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), "navy").save(buffer, "PNG")
    image = Image.objects.create(title="Hero", file=ImageFile(buffer, name="hero.png"))
    home = HomePage.objects.get(locale__language_code="en")
    home.social_image = image
    home.social_image_alt = "A navy rectangle"
    home.save()
    image.file.storage.delete(image.file.name)  # lost from the disk

    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'property="og:image"' in html, [line for line in html.splitlines() if "og:" in line]


@pytest.mark.search
@pytest.mark.django_db
@pytest.mark.usefixtures("search_index")
def test_publishing_while_elasticsearch_is_down_and_reindexing_once_it_returns(
    client, caplog, django_capture_on_commit_callbacks
):
    """Elasticsearch stops mid-run: the editor's publication succeeds, readers get database
    results, and ``update_index`` puts the page in the index once the node is back."""
    word = "zqoutage" + uuid.uuid4().hex[:8]
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(title=f"Outage {word}", slug=f"outage-{word}", live=False)
    )
    with override_settings(WAGTAILSEARCH_BACKENDS=CLOSED), caplog.at_level("WARNING"):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        assert page.live
        # The failed indexing is logged for the operators, not shown to the editor.
        assert any(
            r.name == "modelsearch.index" and page.title in r.getMessage() for r in caplog.records
        )
        assert client.get(page.url).status_code == 200
        down = search_api(client, q=word, locale="en")
        assert down["engine"] == "database" and down["notice"]
        assert titles(down) == [page.title]

    # The node is back: the page published during the outage is not in its index yet...
    refresh()
    try:
        back = search_api(client, q=word, locale="en")
        assert back["engine"] == "elasticsearch" and back["total"] == 0
        # ...until the rebuild, which reads every live page from the database.
        call_command("update_index", stdout=StringIO())
        refresh()
        assert titles(search_api(client, q=word, locale="en")) == [page.title]
    finally:
        es = get_search_backend()
        es.es.options(ignore_status=404).delete(
            index=es.page_index_name(), id=str(page.pk), refresh=True
        )
