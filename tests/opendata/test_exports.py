"""CSV and JSON exports of listings and searches: the same results as on screen."""

import csv
import io
import json
from urllib.parse import urlparse

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from elasticsearch.helpers import bulk
from wagtail.models import Locale, Page

from hub.commitments.models import CommitmentIndexPage, CommitmentPage, Milestone
from hub.opendata.datasets import LICENCE_URL
from search import engine
from tests.search.synthetic import make_pages

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


# --- Limits and failures ----------------------------------------------------------------------
def test_exports_over_the_row_limit_answer_400_before_streaming(client, settings):
    settings.SEARCH_EXPORT_MAX_ROWS = 3
    for url, query in [
        ("/api/search/export/", {"locale": "en"}),  # counted before the first row
        ("/en/commitments/", {}),
    ]:
        for fmt in ("csv", "json"):
            response = client.get(url, {**query, "format": fmt}, HTTP_ACCEPT_LANGUAGE="en")
            assert response.status_code == 400, (url, fmt)
            assert not response.streaming
            assert "more than the 3" in response.content.decode()
    french = client.get("/fr/engagements/", {"format": "csv"})
    assert french.status_code == 400 and "plus que les 3" in french.content.decode()


def test_exports_cut_at_the_limit_say_so(client, settings):
    """Where the count is not known before the first row (milestones), the export stops at
    the limit with a trailer: JSON metadata after the results, a last CSV row."""
    settings.SEARCH_EXPORT_MAX_ROWS = 3
    query = {"dataset": "milestones"}
    data = json_body(client.get("/en/commitments/", {**query, "format": "json"}))
    assert len(data["results"]) == 3
    assert data["truncated"] is True and data["limit"] == 3 and "3" in data["notice"]
    response = client.get("/en/commitments/", {**query, "format": "csv"})
    lines = content(response).splitlines()
    assert len(lines) == 1 + 3 + 1 and lines[-1].startswith("# ") and "3" in lines[-1]


def test_an_error_midway_is_never_a_valid_file(client, monkeypatch, caplog):
    """A failure after the first rows: the JSON document is left unclosed after an
    ``error`` member, the CSV ends with an error row, and the error is logged."""
    from hub.opendata import views

    monkeypatch.setattr(engine, "SCAN_BATCH", 2)
    calls = []
    load_pages = views.load_pages

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("the database went away")
        return load_pages(*args, **kwargs)

    monkeypatch.setattr(views, "load_pages", failing)
    query = {"locale": "en"}  # no filter: each batch of two results gives two rows
    with caplog.at_level("ERROR", logger="hub"):
        body = content(client.get("/api/search/export/", {**query, "format": "json"}))
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    results, error = body.split('"results": [', 1)[1].split("\n],\n", 1)
    assert error.startswith('"error": ')
    assert [json.loads(line.rstrip(","))["id"] for line in results.strip().splitlines()]
    assert len(results.strip().splitlines()) == 2  # one result a line, nested ids aside
    assert any("Export failed" in record.message for record in caplog.records)
    calls.clear()
    response = client.get("/api/search/export/", {**query, "format": "csv"})
    lines = list(csv.reader(io.StringIO(content(response))))  # cells may hold line breaks
    assert len(lines) == 1 + 2 + 1 and lines[-1][0].startswith("# ")


# --- 10,000 results ---------------------------------------------------------------------------
EXPORT_SIZE = 10_000
WORD = "zqexport"


def _export(client, fmt):
    """The export of the ``WORD`` search and its number of queries."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/search/export/", {"q": WORD, "locale": "en", "format": fmt})
        body = content(response)
    assert response.status_code == 200, body[:300]
    return body, len(captured)


def _check_big_export(client, pages):
    ids = {page.pk for page in pages}
    batches = EXPORT_SIZE // engine.SCAN_BATCH
    body, queries = _export(client, "json")
    data = json.loads(body)
    assert "truncated" not in data and "error" not in data
    assert len(data["results"]) == EXPORT_SIZE and {row["id"] for row in data["results"]} == ids
    assert queries <= 10 + 4 * batches, queries  # a few per batch of 500, not per result
    body, queries = _export(client, "csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == EXPORT_SIZE and {int(row["id"]) for row in rows} == ids
    assert not rows[-1]["id"].startswith("#")
    assert queries <= 10 + 4 * batches, queries


@pytest.mark.slow
def test_ten_thousand_results_from_the_database(client, monkeypatch):
    monkeypatch.setattr(engine, "es_backend", lambda: None)  # the database engine
    pages = make_pages(EXPORT_SIZE, WORD)
    _check_big_export(client, pages)


@pytest.mark.slow
@pytest.mark.search
def test_ten_thousand_results_from_elasticsearch(client, es):
    pages = make_pages(EXPORT_SIZE, WORD)
    es.add_bulk(Page, pages)
    index = es.page_index_name()
    es.es.indices.refresh(index=index)
    try:
        _check_big_export(client, pages)
    finally:  # the test's pages leave the shared index with the test
        removals = ({"_op_type": "delete", "_index": index, "_id": page.pk} for page in pages)
        bulk(es.es, removals, raise_on_error=False, refresh=True)
