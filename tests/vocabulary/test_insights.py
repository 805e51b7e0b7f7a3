"""The search insights report: counted searches, zero-result queries, and the "add a
synonym" action that fixes them."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import DatabaseError
from django.test import override_settings
from django.utils import timezone

from hub.translation import roles
from search import stats
from search.models import SearchStat

from .conftest import add_term

DATABASE = {"default": {"BACKEND": "wagtail.search.backends.database"}}
REPORT = "/admin/reports/search-insights/"


def rows(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return {(row["query"], row["locale"]): row for row in response.context["object_list"]}


@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE)
def test_zero_result_query_fixed_by_add_a_synonym(client, editor):
    assert client.get("/es/search/", {"q": "Lobbyisme"}).context["results"] == []
    client.get("/es/search/", {"q": "lobbyisme"})
    client.get("/es/search/", {"q": "cabildeo"})

    zero = rows(editor, zero="true")
    assert ("lobbyisme", "es") in zero and ("cabildeo", "es") not in zero
    row = zero[("lobbyisme", "es")]
    assert (row["searches"], row["zero_results"]) == (2, 2)
    assert rows(editor)[("cabildeo", "es")]["zero_results"] == 0

    # "Add a synonym" opens the vocabulary's form with the query in the row's language.
    url = row["add_synonym_url"]
    assert parse_qs(urlsplit(url).query) == {"es": ["lobbyisme"]}
    assert f'href="{url}"' in editor.get(REPORT, {"zero": "true"}).content.decode()
    form = editor.get(url).context["form"]
    assert form.initial["es"] == "lobbyisme"
    add_term(editor, en="lobbying", fr="lobbying", es="lobbyisme, cabildeo")

    assert client.get("/es/search/", {"q": "lobbyisme"}).context["results"]


@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE)
def test_promote_a_page_opens_the_promotions_of_the_query(client, editor):
    from wagtail.contrib.search_promotions.models import Query

    client.get("/fr/search/", {"q": "Budget  participatif"})
    row = rows(editor, locale="fr")[("budget participatif", "fr")]
    query = Query.objects.get(query_string="budget participatif")
    assert row["promote_url"] == f"/admin/searchpicks/{query.pk}/"
    assert editor.get(row["promote_url"]).status_code == 200
    assert row["language"] == "Français"


def test_locale_and_period_filters(editor):
    today = timezone.now().date()
    for days_ago, locale in ((0, "fr"), (10, "fr"), (45, "es"), (100, "en")):
        SearchStat.objects.create(
            query="gouvernement",
            locale=locale,
            date=today - datetime.timedelta(days=days_ago),
            searches=1,
        )
    assert rows(editor, period="7")[("gouvernement", "fr")]["searches"] == 1
    assert rows(editor)[("gouvernement", "fr")]["searches"] == 2  # 30 days by default
    assert set(rows(editor, period="90")) == {("gouvernement", "fr"), ("gouvernement", "es")}
    assert set(rows(editor, period="90", locale="es")) == {("gouvernement", "es")}
    # A bad filter value is ignored with the form's message, never a 500.
    assert editor.get(REPORT, {"period": "x", "locale": "<b>"}).status_code == 200


def test_report_in_menu_for_editors_only(login):
    editor = login(roles.EDITORS)
    assert REPORT in editor.get("/admin/").content.decode()
    translator = login(roles.TRANSLATORS["es"])
    assert translator.get(REPORT).status_code in (302, 403)


def test_stats_never_fail_a_search(db, client, monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("stats table gone")

    monkeypatch.setattr(SearchStat.objects, "filter", broken)
    response = client.get("/en/search/", {"q": "budget"})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_not_counted(db, query):
    stats.record(query, "en", found=False)
    assert not SearchStat.objects.exists()
