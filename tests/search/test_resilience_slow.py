"""A slow Elasticsearch: the hub answers from the database after the timeout.

The "node" is a local socket that accepts connections and never answers, so every request
times out (unlike a closed port, refused at once: see ``test_search.TestResilience``).
Needs no real Elasticsearch node.
"""

import socket
import threading

import pytest
from django.test import override_settings

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
