"""Bad input gets a 4xx and a clear message, never a 500.

Hypothesis generates a few thousand requests (fixed seed: ``derandomize=True``) against
every public entry point that takes input: the search page, the search and autocomplete
APIs, page URLs, the listing filters and exports (``?format=``) of every index page, and the
admin's searches. To cover a new endpoint, add an ``Endpoint`` to ``ENDPOINTS``: a name, a
strategy producing ``(path, params)``, and the number of examples.
"""

import json
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.engine import FACETS

LANGUAGES = ["en", "fr", "es"]
INDEX_PAGE_TYPES = [
    "stories.StoryIndexPage",
    "commitments.CommitmentIndexPage",
    "awards.AwardIndexPage",
    "guide.GuideIndexPage",
    "workinggroups.WorkingGroupIndexPage",
]

# Text that looks like what attackers and careless links send.
nasty = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "99999999999999999999",
            "1e9",
            "NaN",
            "all",
            "en",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            '"; DROP TABLE wagtailcore_page; --',
            "%00",
            "\x00",
            "../../etc/passwd",
            "a" * 5000,
            "年报 données ñandú",
            "{{ 7*7 }}",
            "${jndi:ldap://x}",
            "transparency",
            "open-data",
            "africa-middle-east",
            "2023",
            "relevance",
            "date",
            "csv",
            "json",
            "rss",
            "atom",
        ]
    ),
)
values = st.lists(nasty, max_size=3)
param_names = st.sampled_from(["q", "locale", "page", "sort", *FACETS, "format", "x"])
segment = st.text(min_size=1, max_size=20).filter(lambda s: "/" not in s)
params = st.dictionaries(param_names, values, max_size=6)
api_params = st.dictionaries(
    st.sampled_from(
        [
            "type",
            "fields",
            "search",
            "order",
            "limit",
            "offset",
            "locale",
            "child_of",
            "descendant_of",
            "translation_of",
            "slug",
            "format",
            "x",
        ]
    ),
    st.one_of(nasty, st.sampled_from(["stories.StoryPage", "*", "-title", "title,-id"])),
    max_size=4,
)


@dataclass
class Endpoint:
    name: str
    requests: st.SearchStrategy  # of (path, params)
    examples: int
    json: bool = False


def _paths(prefixes):
    return st.tuples(st.sampled_from(prefixes), params)


ENDPOINTS = [
    Endpoint("search page", _paths([f"/{code}/search/" for code in LANGUAGES]), 200),
    Endpoint("search API", _paths(["/api/search/"]), 500, json=True),
    Endpoint("autocomplete API", _paths(["/api/search/autocomplete/"]), 300, json=True),
    Endpoint("Wagtail API v2", st.tuples(st.just("/api/v2/pages/"), api_params), 400, json=True),
    Endpoint("search export", _paths(["/api/search/export/"]), 200),
    Endpoint("search feeds", _paths([f"/{code}/search/feed/" for code in LANGUAGES]), 200),
    Endpoint(
        "page URLs",
        st.tuples(
            st.builds(
                lambda lang, parts: f"/{lang}/" + "/".join(parts) + "/",
                st.sampled_from([*LANGUAGES, "de", "xx"]),
                st.lists(
                    st.text(min_size=1, max_size=20).filter(lambda s: "/" not in s), max_size=3
                ),
            ),
            st.just({}),
        ),
        300,
    ),
]


def check(response, endpoint):
    assert response.status_code < 500, (endpoint.name, response.status_code)
    if not 400 <= response.status_code < 500 or response.status_code == 404:
        return
    if endpoint.json:  # the hub: error/field; Wagtail: message; throttling: detail
        data = json.loads(response.content)
        assert data.get("error") or data.get("message") or data.get("detail"), data
    else:
        assert response.content.strip(), "a 4xx without a message"


def fuzz(endpoint, client=None):
    client = client or Client(raise_request_exception=False)

    @settings(
        derandomize=True,
        max_examples=endpoint.examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(endpoint.requests)
    def probe(request):
        path, query = request
        check(client.get(path, query), endpoint)

    probe()


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_endpoint_never_answers_500(endpoint):
    fuzz(endpoint)


@pytest.mark.django_db
def test_listing_filters_and_exports_never_answer_500():
    from django.apps import apps

    urls = [page.url for label in INDEX_PAGE_TYPES for page in apps.get_model(label).objects.live()]
    assert len(urls) >= 5 * 3
    fuzz(Endpoint("listings", _paths(urls), 300))


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/pages/search/", "/admin/snippets/taxonomy/theme/"])
def test_admin_searches_never_answer_500(admin_client, path, request):
    if "snippets" in path and connection.vendor == "sqlite":
        # modelsearch 1.3.2's SQLite backend: counting a search of a model ordered by one
        # of its fields fails with "no such column: name" (PostgreSQL and Elasticsearch
        # are fine). Strict: this fails once the library is fixed, to remove the mark.
        request.applymarker(pytest.mark.xfail(strict=True, reason="modelsearch SQLite bug"))
    requests = st.tuples(st.just(path), st.fixed_dictionaries({"q": nasty}))
    fuzz(Endpoint("admin search", requests, 100), admin_client)
