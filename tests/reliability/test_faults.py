"""Faults: error pages, database outages, missing media files."""

from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.db import OperationalError, connection
from django.test import Client, RequestFactory
from django.views.defaults import server_error
from PIL import Image as PILImage
from wagtail.images.models import Image

from hub.pages.models import HomePage


def test_500_page_renders_without_the_database():
    # No django_db mark: any query here would fail the test.
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
    home.save()
    image.file.storage.delete(image.file.name)  # lost from the disk

    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'property="og:image"' in html, [line for line in html.splitlines() if "og:" in line]
