"""A slow Elasticsearch: the hub answers from the database after the timeout.

The "node" is a local socket that accepts connections and never answers, so every request
times out (unlike a closed port, refused at once: see ``test_search.TestResilience``).
Needs no real Elasticsearch node. Once the circuit breaker (``search.breaker``) is open,
searches no longer wait for the timeout.
"""

import socket
import threading
import time

import pytest
from django.core.cache import cache
from django.test import override_settings
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchResults

from search import breaker, engine

from .test_search import api, titles

TIMEOUT = 1


@pytest.fixture
def silent_node():
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)  # a blocked accept() would not notice the server closing
    accepted = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _address = server.accept()
            except TimeoutError:
                continue
            accepted.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    backends = {
        "default": {
            "BACKEND": "search.backend",
            "URLS": [f"http://127.0.0.1:{port}"],
            "INDEX_PREFIX": "hub_test_",
            "TIMEOUT": TIMEOUT,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, ELASTICSEARCH_TIMEOUT=TIMEOUT):
        yield accepted
    stop.set()
    thread.join()
    server.close()
    for connection in accepted:
        connection.close()


def test_search_page_and_api_answer_from_the_database(db, client, silent_node, caplog):
    with caplog.at_level("WARNING", logger="search"):
        data = api(client, q="Uruguay", locale="en")
    assert silent_node, "the backend never reached the silent node"
    assert data["engine"] == "database"
    assert "unavailable" in data["notice"]
    assert any("Uruguay" in title for title in titles(data))
    assert data["facets"]["type"]
    assert any("unavailable" in record.message for record in caplog.records)

    response = client.get("/fr/search/", {"q": "Uruguay", "type": "story"})
    assert response.status_code == 200
    assert b"search-notice" in response.content
    assert "Uruguay" in response.content.decode()


def test_autocomplete_and_admin_search_answer_from_the_database(
    db, client, admin_client, silent_node
):
    response = client.get("/api/search/autocomplete/", {"q": "Urug", "locale": "en"})
    assert response.status_code == 200
    assert any("Uruguay" in r["title"] for r in response.json()["results"])
    assert silent_node
    response = admin_client.get("/admin/pages/search/", {"q": "Uruguay"})
    assert response.status_code == 200
    assert "Uruguay" in response.content.decode()


@pytest.fixture
def breaker_after_one_failure(settings):
    settings.SEARCH_BREAKER_FAILURES = 1
    settings.SEARCH_BREAKER_SECONDS = 30
    breaker.reset()
    yield
    breaker.reset()


def test_open_breaker_skips_elasticsearch(
    db, client, admin_client, silent_node, breaker_after_one_failure, monkeypatch
):
    """One timeout opens the breaker (in the shared cache); then searches, exports and the
    admin's search answer from the database without asking Elasticsearch at all."""
    data = api(client, q="Uruguay", locale="en")  # waits for the timeout once
    assert data["engine"] == "database" and silent_node
    assert breaker.is_open()
    assert cache.get(breaker.OPEN_KEY) > time.time() + 25

    def never(*args, **kwargs):
        raise AssertionError("Elasticsearch was asked while the breaker is open")

    monkeypatch.setattr(engine, "es_search", never)
    monkeypatch.setattr(engine, "_es_scan", never)
    monkeypatch.setattr(Elasticsearch8SearchResults, "_do_search", never)
    monkeypatch.setattr(Elasticsearch8SearchResults, "_do_count", never)
    asked = len(silent_node)
    started = time.monotonic()
    data = api(client, q="Uruguay", locale="en", page=1)
    page = client.get("/es/search/", {"q": "Uruguay"})
    export = client.get("/api/search/export/", {"q": "Uruguay", "locale": "en", "format": "csv"})
    admin = admin_client.get("/admin/pages/search/", {"q": "Uruguay"})
    assert time.monotonic() - started < 1 + TIMEOUT  # generous: the point is no timeout wait
    assert len(silent_node) == asked  # no new connection to the node
    assert data["engine"] == "database" and any("Uruguay" in t for t in titles(data))
    assert data["notice"]
    assert page.status_code == 200 and b"search-notice" in page.content
    assert "Uruguay" in b"".join(export.streaming_content).decode()
    assert admin.status_code == 200 and "Uruguay" in admin.content.decode()


def test_breaker_opens_at_the_threshold_and_closes_on_success(db, settings):
    settings.SEARCH_BREAKER_FAILURES = 3
    settings.SEARCH_BREAKER_SECONDS = 30
    breaker.reset()
    breaker.record_failure()
    breaker.record_failure()
    assert not breaker.is_open()
    breaker.record_success()  # a success in between: the count starts again
    breaker.record_failure()
    breaker.record_failure()
    assert not breaker.is_open()
    breaker.record_failure()
    assert breaker.is_open()
    # After the pause ("half open"), one more failure opens it again at once.
    cache.delete(breaker.OPEN_KEY)
    assert not breaker.is_open()
    breaker.record_failure()
    assert breaker.is_open()
    breaker.reset()
