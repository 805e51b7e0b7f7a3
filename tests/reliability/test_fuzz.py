"""Hostile input gets a 4xx that says why in the reader's language, never a 5xx.

Hypothesis generates requests (fixed seed: ``derandomize=True``) against every public URL
pattern: the listings of every index page in every language (filters, pages, exports), the
search page, search, autocomplete and export APIs, search feeds, the Wagtail API v2 (pages,
images, documents: listings, details, ``find``), citations, the open data schemas, the
sitemap, robots.txt, arbitrary page URLs, and the admin's searches. Each request mixes the
classes of input that once gave 500s: Unicode digits that are not ASCII (``²``, ``①``,
``٣``), NUL characters, huge integers, unknown citation formats, methods other than GET
(``TRACE``, ``OPTIONS``, ``PUT``, ``DELETE``, ``PATCH``, ``POST``, ``HEAD``) and forwarded
headers. Every answer is below 500; every 4xx carries a message, and a message of the
hub's (``MESSAGES``) is in the reader's language: the language of the path, or of
``Accept-Language`` outside the language prefixes.

To cover a new endpoint, add an ``Endpoint`` to ``ENDPOINTS``; to answer a 4xx with a new
message, add its msgid to ``MESSAGES``.
"""

import html
import itertools
import json
import re
from dataclasses import dataclass
from urllib.parse import quote

import pytest
from django.apps import apps
from django.db import OperationalError, connection
from django.test import Client
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.search.backends import get_search_backend

from hub.opendata.api_messages import MESSAGES as API_MESSAGES
from hub.opendata.api_messages import UNKNOWN as API_UNKNOWN
from hub.opendata.citation import CITABLE
from hub.opendata.citation import FORMATS as CITATION_FORMATS
from hub.opendata.datasets import DATASETS
from hub.taxonomy.models import Theme
from search.engine import FACETS

LANGUAGES = ["en", "fr", "es"]
INDEX_PAGE_TYPES = [
    "stories.StoryIndexPage",
    "commitments.CommitmentIndexPage",
    "awards.AwardIndexPage",
    "guide.GuideIndexPage",
    "workinggroups.WorkingGroupIndexPage",
]

#: The hub's 4xx messages (msgids): a 4xx carrying one of them must carry it translated.
MESSAGES = [
    "The parameter “%(name)s” contains a NUL character.",
    "Invalid %(name)s “%(value)s”: use a whole number from %(min)s to %(max)s.",
    "Unknown %(name)s “%(value)s”: use one of %(choices)s.",
    "Invalid year “%s”: use four digits.",
    "Invalid %(filter)s “%(value)s”.",
    "Unknown format: use one of %(formats)s.",
    "Unknown dataset “%s”.",
    "Too many requests: please try again in %(seconds)s seconds.",
    "There is nothing at this address.",
    "This address does not accept %(method)s requests: use %(allowed)s.",
    "Page not found",
    # Wagtail API v2's own errors, said again in the reader's language.
    *(message for _pattern, message in API_MESSAGES),
    API_UNKNOWN,
]

# Digits that are not ASCII: ``str.isdigit()`` is true for all, ``int()`` takes only ٣.
UNICODE_DIGITS = ["²", "①", "٣", "²²", "2⁰²³", "٢٠٢٣", "１２", "𝟚𝟘𝟚𝟛"]
HUGE_INTEGERS = ["99999999999999999999", "9223372036854775808", "-99999999999999999999", "9" * 5000]
NUL = ["\x00", "a\x00b", "%00", "2023\x00"]

# Text that looks like what attackers and careless links send.
nasty = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            *UNICODE_DIGITS,
            *HUGE_INTEGERS,
            *NUL,
            "",
            " ",
            "0",
            "1",
            "-1",
            "1e9",
            "NaN",
            "all",
            "en",
            "xx",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            '"; DROP TABLE wagtailcore_page; --',
            '"',
            '"a" OR',
            "NEAR(",
            "*",
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
            "milestones",
        ]
    ),
)
values = st.lists(nasty, max_size=3)
param_names = st.sampled_from(
    ["q", "locale", "page", "sort", *FACETS, "format", "dataset", "x", "\x00"]
)
params = st.dictionaries(param_names, values, max_size=6)
api_params = st.dictionaries(
    st.sampled_from(
        [
            "type",
            "fields",
            "search",
            "search_operator",
            "order",
            "limit",
            "offset",
            "locale",
            "child_of",
            "ancestor_of",
            "descendant_of",
            "translation_of",
            "slug",
            "id",
            "html_path",
            "year",
            "theme",
            "format",
            "x",
        ]
    ),
    st.one_of(nasty, st.sampled_from(["stories.StoryPage", "*", "-title", "title,-id", "5"])),
    max_size=4,
)
# GET most of the time: the other methods stop at the method check.
methods = st.sampled_from(
    ["GET"] * 8 + ["HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "PATCH", "POST"]
)
forwarded = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_X_FORWARDED_FOR": st.one_of(
            st.text(max_size=40), st.sampled_from(["1.2.3.4", "1.2.3.4, 10.0.0.1", "::1", "\x00"])
        ),
        "HTTP_X_FORWARDED_HOST": st.sampled_from(["evil.example", "\x00", "localhost:99999"]),
        "HTTP_X_FORWARDED_PROTO": st.sampled_from(["https", "http", "gopher", ""]),
        "HTTP_FORWARDED": st.sampled_from(["for=1.2.3.4;proto=https", "for=\x00", "by=;;"]),
    },
)


@dataclass
class Endpoint:
    name: str
    paths: st.SearchStrategy  # of URL paths (percent-encoded)
    params: st.SearchStrategy  # of query dicts
    examples: int


def segment(text):
    return quote(text, safe="")


ids = st.one_of(
    st.integers(min_value=0, max_value=400).map(str),
    st.sampled_from([*HUGE_INTEGERS[:2], *UNICODE_DIGITS[:3], "%00", "-1"]).map(segment),
)
citations = st.builds(
    lambda page_id, fmt: f"/cite/{page_id}.{fmt}",
    ids,
    st.one_of(
        st.sampled_from([*CITATION_FORMATS, "BIB", "\n", "\x00", 'x"y', "bib\r\nX-A: b", ""]),
        st.text(max_size=12),
    ).map(segment),
)
api_paths = st.builds(
    lambda kind, tail: f"/api/v2/{kind}/{tail}",
    st.sampled_from(["pages", "images", "documents"]),
    st.one_of(st.just(""), st.just("find/"), ids.map(lambda pk: f"{pk}/")),
)
page_urls = st.builds(
    lambda lang, parts: f"/{lang}/" + "".join(segment(part) + "/" for part in parts),
    st.sampled_from([*LANGUAGES, "de", "xx"]),
    st.lists(st.one_of(st.text(min_size=1, max_size=20), st.sampled_from(NUL)), max_size=3),
)
other_paths = st.sampled_from(
    [
        "/robots.txt",
        "/sitemap.xml",
        *(f"/open-data/schema/{name}.json" for name in DATASETS),
        "/open-data/schema/nope.json",
        *(f"/{code}/open-data/" for code in LANGUAGES),
        "/api/nope/",
        "/api/v2/nope/",
        "/api/search/nope/",
    ]
)


def prefixed(path):
    return st.sampled_from([f"/{code}{path}" for code in LANGUAGES])


ENDPOINTS = [
    Endpoint("search page", prefixed("/search/"), params, 150),
    Endpoint("search API", st.just("/api/search/"), params, 300),
    Endpoint("autocomplete API", st.just("/api/search/autocomplete/"), params, 200),
    Endpoint("Wagtail API v2", api_paths, api_params, 400),
    Endpoint("search export", st.just("/api/search/export/"), params, 80),
    Endpoint("search feeds", prefixed("/search/feed/"), params, 60),
    Endpoint("citations", citations, st.just({}), 150),
    Endpoint("schemas, sitemap, robots.txt, API 404s", other_paths, params, 100),
    Endpoint("page URLs", page_urls, st.just({}), 250),
]


def _pattern(message):
    parts = re.split(r"%(?:\(\w+\))?s", message)
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def _patterns(language):
    with translation.override(language):
        return [_pattern(translation.gettext(msgid)) for msgid in MESSAGES]


PATTERNS = {code: _patterns(code) for code in LANGUAGES}


def reader_language(path, headers):
    prefix = path.split("/")[1]
    return prefix if prefix in LANGUAGES else headers["HTTP_ACCEPT_LANGUAGE"]


def message_of(response):
    """The reason a 4xx gives, and whether it is the hub's own (not Wagtail's or DRF's)."""
    content = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        data = json.loads(content)
        if data.get("error"):
            return data["error"], True
        return data.get("message") or data.get("detail") or "", False
    return html.unescape(content), True


def check(response, method, language):
    status = response.status_code
    assert status < 500, status
    if status < 400 or method == "HEAD":  # HEAD answers carry no body
        return
    message, own = message_of(response)
    assert message.strip(), "a 4xx without a message"
    if any(pattern.search(message) for pattern in PATTERNS[language]):
        return
    # Wagtail's and Django REST framework's own messages are theirs; the hub's are
    # listed in MESSAGES and translated.
    assert not own, f"not a translated message of the hub in {language}: {message[:300]!r}"
    if language != "en":
        english = PATTERNS["en"]
        assert not any(p.search(message) for p in english), f"untranslated: {message[:300]!r}"


def fuzz(endpoint, client=None):
    client = client or Client(raise_request_exception=False)
    # One address per request: the rate limit must not stand in for the answers fuzzed.
    addresses = (f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}" for n in itertools.count())

    @settings(
        derandomize=True,
        max_examples=endpoint.examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(endpoint.paths, endpoint.params, methods, forwarded, st.sampled_from(LANGUAGES))
    def probe(path, query, method, headers, language):
        headers = {**headers, "HTTP_ACCEPT_LANGUAGE": language, "REMOTE_ADDR": next(addresses)}
        url = f"{path}?{_encode(query)}"
        if method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            response = client.generic(method, url, **headers)
        else:  # with a body, as forms send it
            response = client.generic(
                method, url, "a=1", "application/x-www-form-urlencoded", **headers
            )
        check(response, method, reader_language(path, headers))

    probe()


def _encode(query):
    return "&".join(
        f"{quote(name, safe='')}={quote(value, safe='')}"
        for name, values in query.items()
        for value in (values if isinstance(values, list) else [values])
    )


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_endpoint_never_answers_500(endpoint):
    fuzz(endpoint)


@pytest.mark.slow
@pytest.mark.django_db
def test_listing_filters_and_exports_never_answer_500():
    urls = [page.url for label in INDEX_PAGE_TYPES for page in apps.get_model(label).objects.live()]
    assert len(urls) >= 5 * 3
    fuzz(Endpoint("listings", st.sampled_from(urls), params, 300))


# --- Each class of input, on each kind of entry point, in each language ---------------------
def _listing_url(language):
    model = apps.get_model("stories.StoryIndexPage")
    return model.objects.live().get(locale__language_code=language).url


def _story_id():
    return next(
        page.pk for model in CITABLE for page in model.objects.live().public().order_by("pk")[:1]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("value", [*UNICODE_DIGITS[:3], HUGE_INTEGERS[0], "a\x00b"])
def test_bad_values_answer_400_in_the_readers_language(client, language, value):
    requests = [
        (_listing_url(language), {"page": value}),
        (_listing_url(language), {"year": value}),
        (_listing_url(language), {"year": value, "format": "csv"}),
        (f"/{language}/search/feed/", {"year": value}),
        ("/api/search/", {"page": value}),
        ("/api/search/", {"year": value}),
        ("/api/search/export/", {"year": value}),
        ("/api/search/autocomplete/", {"locale": value}),
        ("/api/v2/pages/", {"offset": value}),
        ("/api/v2/images/", {"limit": value}),
        ("/api/v2/documents/", {"offset": value}),
        ("/api/v2/pages/", {"year": value}),
        ("/api/v2/pages/", {"child_of": value}),
    ]
    for path, query in requests:
        response = client.get(path, query, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 400, (path, query, response.status_code)
        message, _own = message_of(response)
        assert any(p.search(message) for p in PATTERNS[language]), (path, query, message[:300])


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_nul_in_any_api_text_parameter_is_a_400(client, language):
    for query in ({"search": "a\x00b"}, {"locale": "\x00"}, {"slug": "\x00"}, {"x\x00": "1"}):
        response = client.get("/api/v2/pages/", query, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 400, query
        assert any(p.search(response.json()["message"]) for p in PATTERNS[language])


@pytest.mark.django_db
def test_citation_formats_are_a_closed_set(client):
    page_id = _story_id()
    for fmt, (_write, content_type) in CITATION_FORMATS.items():
        response = client.get(f"/cite/{page_id}.{fmt}")
        assert response.status_code == 200
        assert response["Content-Type"] == content_type
        assert response["Content-Disposition"] == f'attachment; filename="ogp-hub-{page_id}.{fmt}"'
    for fmt in ["%0a", "%00", "x%22y", "pdf", "BIB", "bib%0d%0aX-Injected:%20yes", ""]:
        response = client.get(f"/cite/{page_id}.{fmt}")
        assert response.status_code == 404, fmt
        assert "X-Injected" not in response


@pytest.mark.django_db
def test_unsupported_methods_answer_405_without_the_page(client):
    paths = [
        "/robots.txt",
        "/sitemap.xml",
        "/open-data/schema/pages.json",
        "/fr/open-data/",
        f"/cite/{_story_id()}.bib",
        "/api/search/",
        "/api/search/autocomplete/",
        "/es/search/",
        "/fr/search/feed/",
        "/fr/",
        _listing_url("es"),
    ]
    for path in paths:
        get = client.get(path)
        assert get.status_code == 200, path
        for method in ["TRACE", "OPTIONS", "PUT", "DELETE", "PATCH", "POST"]:
            response = client.generic(method, path, HTTP_ACCEPT_LANGUAGE="fr")
            assert response.status_code == 405, (path, method, response.status_code)
            assert "GET" in response["Allow"]
            assert response.content != get.content
            message, _own = message_of(response)
            language = "es" if path.startswith("/es/") else "fr"
            assert any(p.search(message) for p in PATTERNS[language]), (path, method, message)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/nope/", "/api/v2/nope/", "/api/search/nope"])
def test_api_404_is_json_and_never_redirected(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 404
    assert response.json() == {"error": "No hay nada en esta dirección."}


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"', '"a" OR', "*", "NEAR(", 'a"b', "title:x", "(", "-"])
def test_autocomplete_takes_search_syntax_as_text(client, query):
    response = client.get("/api/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert response.json()["query"] == query


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/pages/search/", "/admin/snippets/taxonomy/theme/"])
def test_admin_searches_never_answer_500(admin_client, path):
    requests = st.fixed_dictionaries({"q": nasty})

    @settings(derandomize=True, max_examples=100, deadline=None, database=None)
    @given(requests)
    def probe(query):
        assert admin_client.get(path, query).status_code < 500

    probe()
    # The search works, not only fails gracefully: it finds a theme by its name.
    theme = Theme.objects.get(locale__language_code="en", slug="open-data")
    response = admin_client.get(path, {"q": theme.name.split()[0]})
    assert response.status_code == 200
    assert ("/admin/snippets/" not in path) or theme.slug in response.content.decode()


def _sqlite_database_backend():
    if connection.vendor != "sqlite" or "database" not in type(get_search_backend()).__module__:
        pytest.skip("the bug is in the SQLite database search backend only")
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return SQLiteSearchBackend({})  # the library's own, without the hub's workaround


@pytest.mark.django_db
def test_modelsearch_sqlite_fields_bug():
    """Guards the note in ``search/modelsearch_workarounds.py``: modelsearch's SQLite
    backend fails on ``fields=``. When this test fails, the bug is fixed: delete both."""
    backend = _sqlite_database_backend()
    with pytest.raises(OperationalError, match="no such column: name"):
        list(backend.autocomplete("tr", Theme.objects.all(), fields=["name"]))


@pytest.mark.django_db
def test_modelsearch_sqlite_quote_bug():
    """Guards ``search/database_backend.py``: modelsearch's SQLite backend does not escape
    double quotes. When this test fails, the bug is fixed: delete both."""
    backend = _sqlite_database_backend()
    with pytest.raises(OperationalError, match="unterminated string"):
        list(backend.autocomplete('a"b', Theme.objects.all()))
    assert get_search_backend().autocomplete('a"b', Theme).count() == 0  # the workaround's
