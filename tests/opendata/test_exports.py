"""CSV and JSON exports of listings and searches: the same results as on screen."""

import csv
import io
import json
from urllib.parse import urlparse

import jsonschema
import pytest
from wagtail.models import Locale, Page

from hub.commitments.models import CommitmentIndexPage, CommitmentPage, Milestone
from hub.opendata.datasets import LICENCE_URL

from .conftest import HIDDEN, content

pytestmark = pytest.mark.django_db


def csv_rows(response):
    assert response.status_code == 200, content(response)
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(content(response))))


def json_body(response):
    assert response.status_code == 200, content(response)
    assert response.streaming
    return json.loads(content(response))


def listing_ids(client, url, query):
    """Ids of what the listing page shows for ``query``, every page of it."""
    ids, number = [], 1
    while True:
        response = client.get(url, {**query, "page": number})
        if response.status_code == 404:
            return ids
        assert response.status_code == 200
        ids += [page.pk for page in response.context["listing"]["page"].object_list]
        if not response.context["listing"]["page"].has_next():
            return ids
        number += 1


@pytest.mark.parametrize(
    ("section", "query"),
    [
        ("commitments", {"theme": "open-data"}),
        ("commitments", {"region": "americas"}),
        ("openstories", {"member": "cl,ph", "year": "2014"}),
        ("open-government-awards", {}),
        ("open-government-guide", {"theme": "justice"}),
    ],
)
def test_listing_exports_match_the_listing(client, section, query):
    url = f"/en/{section}/"
    expected = listing_ids(client, url, query)
    assert expected
    rows = csv_rows(client.get(url, {**query, "format": "csv"}))
    assert [int(row["id"]) for row in rows] == expected
    data = json_body(client.get(url, {**query, "format": "json"}))
    assert [row["id"] for row in data["results"]] == expected
    assert data["licence"] == LICENCE_URL
    assert {row["licence"] for row in rows} == {LICENCE_URL}


def test_rows_carry_stable_identifiers_and_urls_in_every_locale(client):
    rows = csv_rows(client.get("/en/commitments/", {"format": "csv"}))
    row = rows[0]
    page = Page.objects.get(pk=row["id"])
    assert row["translation_key"] == str(page.translation_key)
    assert row["type"] == "commitment" and row["locale"] == "en"
    for code in ("en", "fr", "es"):
        translation = page.get_translation(Locale.objects.get(language_code=code))
        assert urlparse(row[f"url_{code}"]).path == translation.url
    assert row["url"] == row["url_en"]
    assert row["themes"] and ";" in ";".join(r["themes"] for r in rows)


def test_commitments_export_with_their_milestones(client):
    data = json_body(client.get("/fr/engagements/", {"format": "json"}))
    first = data["results"][0]
    page = CommitmentPage.objects.get(pk=first["id"])
    assert [m["description"] for m in first["milestones"]] == [
        m.description for m in page.milestones.all()
    ]
    rows = csv_rows(client.get("/fr/engagements/", {"format": "csv", "dataset": "milestones"}))
    index = CommitmentIndexPage.objects.get(locale__language_code="fr")
    expected = Milestone.objects.filter(page__in=CommitmentPage.objects.child_of(index).live())
    assert sorted(int(r["id"]) for r in rows) == sorted(expected.values_list("pk", flat=True))
    assert {r["commitment_id"] for r in rows} >= {str(first["id"])}
    assert {r["locale"] for r in rows} == {"fr"}


def test_json_export_follows_the_published_schema(client):
    schema = client.get("/open-data/schema/pages.json").json()
    data = json_body(client.get("/es/compromisos/", {"format": "json"}))
    jsonschema.validate(data, schema)
    schema = client.get("/open-data/schema/milestones.json").json()
    data = json_body(client.get("/es/compromisos/", {"format": "json", "dataset": "milestones"}))
    jsonschema.validate(data, schema)
    page = client.get("/en/open-data/")
    assert page.status_code == 200
    assert b"translation_key" in page.content and b"commitment_translation_key" in page.content


def search_api_paths(client, query):
    paths, number = [], 1
    while True:
        data = client.get("/api/search/", {**query, "page": number}).json()
        paths += [urlparse(result["url"]).path for result in data["results"]]
        if number * data["page_size"] >= data["total"]:
            return paths
        number += 1


@pytest.mark.parametrize(
    "query",
    [
        {"locale": "en", "theme": "open-data"},
        {"locale": "fr", "type": "commitment", "region": "americas"},
        {"locale": "all", "member": "cl"},
        {"locale": "en", "q": "budget"},
    ],
)
def test_search_exports_match_the_search_results(client, query):
    expected = search_api_paths(client, query)
    assert expected
    rows = csv_rows(client.get("/api/search/export/", {**query, "format": "csv"}))
    assert [urlparse(row["url"]).path for row in rows] == expected
    data = json_body(client.get("/api/search/export/", {**query, "format": "json"}))
    assert [urlparse(row["url"]).path for row in data["results"]] == expected


def test_drafts_and_private_pages_are_never_exported(client, hidden_pages):
    for url, query in [
        ("/en/openstories/", {"member": "cl"}),
        ("/en/commitments/", {"member": "cl"}),
        ("/en/commitments/", {"member": "cl", "dataset": "milestones"}),
        ("/api/search/export/", {"locale": "en", "member": "cl"}),
        ("/api/search/export/", {"locale": "en", "q": HIDDEN}),
    ]:
        csv_text = content(client.get(url, {**query, "format": "csv"}))
        assert HIDDEN not in csv_text, (url, query)
        results = json_body(client.get(url, {**query, "format": "json"}))["results"]
        assert HIDDEN not in json.dumps(results), (url, query)
    assert "Chile" in content(client.get("/en/openstories/", {"member": "cl", "format": "csv"}))


def test_bad_parameters_answer_400(client):
    for url, query in [
        ("/en/commitments/", {"format": "xlsx"}),
        ("/en/commitments/", {"format": "csv", "theme": "Bad Slug!"}),
        ("/en/openstories/", {"format": "csv", "dataset": "milestones"}),
        ("/api/search/export/", {"format": "pdf"}),
        ("/api/search/export/", {"format": "csv", "region": "atlantis"}),
    ]:
        response = client.get(url, query)
        assert response.status_code == 400, (url, query)
        assert response.content
    assert client.get("/open-data/schema/nothing.json").status_code == 404
