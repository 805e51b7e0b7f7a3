"""A term added in the admin makes every variant find the others' pages, in every
language, at once (no reindex): on Elasticsearch and on the database engine."""

import time

import pytest
from django.test import override_settings

from search import synonyms

from .conftest import LOBBYING, add_term

DATABASE = {"default": {"BACKEND": "wagtail.search.backends.database"}}


def titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return {result["title"] for result in response.context["results"]}


def check_lobbying(client, editor):
    # The lobbying pages: in Spanish they say "cabildeo", in French "lobbying".
    spanish = titles(client, "es", "cabildeo")
    french = titles(client, "fr", "lobbying")
    assert spanish and french
    assert titles(client, "es", "lobbyisme") == set()
    assert titles(client, "fr", "cabildeo") == set()

    add_term(editor, **LOBBYING)
    added = time.monotonic()
    while True:  # within 5 s of saving, without reindexing
        found = titles(client, "es", "lobbyisme"), titles(client, "fr", "cabildeo")
        if found == (spanish, french) or time.monotonic() - added > 5:
            break
        time.sleep(0.2)
    assert found == (spanish, french)
    assert spanish <= titles(client, "es", "cabildeo")
    assert french <= titles(client, "fr", "lobbying")
    assert spanish <= titles(client, "es", "Lobbying")  # any variant, any case


@pytest.mark.search
def test_elasticsearch_synonyms_without_reindex(es, client, editor):
    check_lobbying(client, editor)


@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE)
def test_database_synonyms(db, client, editor):
    check_lobbying(client, editor)


def test_units_and_alternatives(db, editor):
    add_term(editor, en="open government", fr="gouvernement ouvert", es="gobierno abierto")
    assert synonyms.units("Gobierno  abierto Chile") == [
        ["Gobierno  abierto", "open government", "gouvernement ouvert"],
        ["Chile"],
    ]
    assert synonyms.alternatives("open government chile") == [
        "open government chile",
        "gouvernement ouvert chile",
        "gobierno abierto chile",
    ]
    assert synonyms.units("governments") == [["governments"]]  # whole words only


def test_deleting_a_term_forgets_it(db, editor):
    from hub.taxonomy.models import Term

    add_term(editor, **LOBBYING)
    assert len(synonyms.units("cabildeo")[0]) == 3
    Term.objects.all().delete()
    assert synonyms.units("cabildeo") == [["cabildeo"]]
