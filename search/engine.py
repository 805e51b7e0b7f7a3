"""Thematic search: one request, two engines.

``run(request_params)`` searches Elasticsearch through the hub's backend
(``search.backend``) when it is configured, and the database otherwise or when
Elasticsearch is down or slow (with ``response.notice`` set and a warning logged).
Both engines return the same ``SearchResponse``: hits, facet counts, suggestion.
"""

import datetime
import difflib
import functools
import logging
import operator
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, connection, models, transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from hub.core import params as param
from hub.core.listing import filter_values
from hub.taxonomy.models import AmbitionLevel, Member, Region, Theme, ValueKey

from . import breaker, suggestions, synonyms
from .backend import ES_ERRORS, LANGUAGES, HubElasticsearchBackend, is_outage
from .indexing import CONTENT_TYPES, page_document
from .loading import load_pages, type_keys

logger = logging.getLogger("search")

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = 100
DB_MAX_CANDIDATES = 2000
#: Words of a query the database engine matches (each one a condition of its one query).
MAX_TERMS = 8
#: Results per batch of an export scan (one Elasticsearch page, one batch of documents).
SCAN_BATCH = 500
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"

FACETS = {
    "type": "hub_type",
    "theme": "hub_themes",
    "member": "hub_members",
    "region": "hub_region",
    "value": "hub_values",
    "level": "hub_levels",
    "year": "hub_year",
}
SORTS = ("relevance", "date")


BadRequest = param.ParamError  # a bad parameter: ``field`` and a translated ``message``


@dataclass
class SearchRequest:
    query: str = ""
    locale: str = "en"  # a language code or "all"
    filters: dict = field(default_factory=dict)  # facet → list of values
    page: int = 1
    sort: str = "relevance"
    truncated: bool = False
    ignored: list = field(default_factory=list)  # (field, message) of dropped parameters
    _restricted_paths: list | None = field(default=None, repr=False, compare=False)

    @property
    def languages(self):
        return list(LANGUAGES) if self.locale == "all" else [self.locale]


@dataclass
class SearchResponse:
    request: SearchRequest
    total: int = 0
    hits: list = field(default_factory=list)  # dicts: pk, score, source fields, highlights
    facets: dict = field(default_factory=dict)  # facet → {value: count}
    suggestion: str = ""
    engine: str = "database"
    notice: str = ""


# --- Parameters ---------------------------------------------------------------------------
def clean_query(text):
    """Printable text without control or format characters, single-spaced, bounded."""
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co") else ch
        for ch in (text or "")
    )
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH].strip(), truncated


def parse_params(params, active_language, strict=True):
    """A SearchRequest from query parameters (parsed by ``hub.core.params``). Invalid values
    raise ``BadRequest`` when ``strict``, otherwise they are dropped and listed in
    ``request.ignored``."""
    request = SearchRequest()
    request.query, request.truncated = clean_query(params.get("q", ""))

    def parsed(parse, *args, default=None):
        try:
            return parse(*args)
        except param.ParamError as error:
            if strict:
                raise
            request.ignored.append((error.field, error.message))
            return default

    fallback = active_language if active_language in LANGUAGES else settings.LANGUAGE_CODE
    locale = (params.get("locale") or active_language or settings.LANGUAGE_CODE).strip()
    request.locale = parsed(param.choice, locale, "locale", [*LANGUAGES, "all"], default=fallback)

    request.filters = filter_values(
        params,
        FACETS,
        choices={"type": CONTENT_TYPES},
        dropped=None if strict else request.ignored,
    )

    page = (params.get("page") or "1").strip()
    request.page = parsed(param.integer, page, "page", 1, MAX_PAGE, default=1)
    sort = (params.get("sort") or "relevance").strip()
    request.sort = parsed(param.choice, sort, "sort", SORTS, default="relevance")
    return request


# --- Engines ------------------------------------------------------------------------------
def es_backend():
    backend = get_search_backend()
    return backend if isinstance(backend, HubElasticsearchBackend) else None


def fallback_notice():
    return _(
        "The search service is unavailable: these results come from a simpler "
        "search of the database."
    )


def run(search_request):
    """Elasticsearch's answer, or the database's when it fails or while the circuit
    breaker (``search.breaker``) is open, with ``response.notice`` saying so."""
    backend = es_backend()
    if backend is None:
        return db_search(search_request)
    if not breaker.is_open():
        try:
            response = es_search(backend, search_request)
        except ES_ERRORS as error:
            if is_outage(error):
                breaker.record_failure(error)
            logger.warning("Elasticsearch unavailable, searching the database instead: %s", error)
        else:
            breaker.record_success()
            return response
    response = db_search(search_request)
    response.notice = fallback_notice()
    return response


def restricted_paths(req):
    """Paths of pages with a view restriction, read once per search request."""
    if req._restricted_paths is None:
        req._restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
    return req._restricted_paths


def text_query(query, languages):
    """The query's clauses; with vocabulary synonyms (``search.synonyms``), the best of the
    query's and of each alternative's."""
    found = synonyms.alternatives(query)
    if len(found) == 1:
        return _text_query(query, languages)
    return {"dis_max": {"queries": [_text_query(text, languages) for text in found]}}


def _text_query(query, languages):
    stemmed = []
    exact = []
    for lang in languages:
        stemmed += [f"title.{lang}^4", f"_all_text_boost_2_0.{lang}^2", f"_all_text.{lang}"]
        exact += [f"title.{lang}"]
    return {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": query,
                        "fields": stemmed,
                        "type": "cross_fields",
                        "operator": "or",
                        "minimum_should_match": "2<75%",
                    }
                },
                {"multi_match": {"query": query, "fields": exact, "type": "phrase", "boost": 3}},
                {
                    "multi_match": {
                        "query": query,
                        "fields": ["title.folded^2", "_all_text.folded"],
                        "type": "best_fields",
                        "operator": "and",
                        "boost": 0.5,
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


def _facet_filter(name, values):
    return {"terms": {FACETS[name]: values}}


def es_search(backend, req):
    base_filters = [{"term": {"hub_live": True}}, {"range": {"depth_filter": {"gte": 2}}}]
    if req.locale != "all":
        base_filters.append({"term": {"hub_locale": req.locale}})
    must_not = [{"prefix": {"path_filter": path}} for path in restricted_paths(req)]
    query = {
        "bool": {
            "must": text_query(req.query, req.languages) if req.query else {"match_all": {}},
            "filter": base_filters,
            "must_not": must_not,
        }
    }
    facet_filters = {name: _facet_filter(name, values) for name, values in req.filters.items()}
    body = {
        "query": query,
        "post_filter": {"bool": {"filter": list(facet_filters.values())}},
        "aggs": facet_aggregations(facet_filters),
        "from": (req.page - 1) * PAGE_SIZE,
        "size": PAGE_SIZE,
        "track_total_hits": True,
        "_source": ["pk", "title", *HUB_SOURCE],
    }
    if req.sort == "date":
        body["sort"] = [{"hub_date": {"order": "desc", "missing": "_last"}}, "_score"]
    if req.query:
        body["highlight"] = {
            "pre_tags": [MARK_OPEN],
            "post_tags": [MARK_CLOSE],
            "require_field_match": False,
            "max_analyzed_offset": 200_000,
            "fields": {
                f"*.{lang}": {"number_of_fragments": 2, "fragment_size": 160}
                for lang in req.languages
            },
        }
    client = backend.es.options(request_timeout=getattr(settings, "ELASTICSEARCH_TIMEOUT", 5))
    raw = client.search(index=backend.page_index_name(), **body)
    response = SearchResponse(request=req, engine="elasticsearch")
    response.total = raw["hits"]["total"]["value"]
    for hit in raw["hits"]["hits"]:
        source = hit.get("_source", {})
        response.hits.append(
            {
                "pk": int(hit["_id"]),
                "score": hit.get("_score"),
                "source": source,
                "highlight": hit.get("highlight", {}),
            }
        )
    aggregations = raw["aggregations"]
    for name in FACETS:
        group = aggregations.get(f"{FACET_GROUP}{_group_key(name, facet_filters)}", aggregations)
        buckets = group[name]["buckets"]
        response.facets[name] = {bucket["key"]: bucket["doc_count"] for bucket in buckets}
    if req.query and response.total == 0:
        # Asked only when nothing matched (the rare case), not computed on every search.
        suggested = client.search(
            index=backend.page_index_name(),
            size=0,
            suggest={
                "text": req.query,
                "did_you_mean": {
                    "term": {"field": "_all_text.folded", "suggest_mode": "missing", "size": 1}
                },
            },
        )
        response.suggestion = _suggestion(
            req.query, suggested.get("suggest", {}).get("did_you_mean")
        )
    return response


FACET_GROUP = "hub_group_"


def _group_key(name, facet_filters):
    """The facet filters that apply to facet ``name``'s counts: all but its own."""
    return "-".join(sorted(other for other in facet_filters if other != name))


def facet_aggregations(facet_filters):
    """Facet counts, each facet filtered by the other facets' selections.

    Facets that share the same set of applicable filters (every facet without a selection
    of its own) share one ``filter`` aggregation, so each filter set is evaluated once per
    search rather than once per facet; facets with no applicable filter are plain ``terms``
    aggregations over the query's hits.
    """
    groups = {}
    for name in FACETS:
        groups.setdefault(_group_key(name, facet_filters), []).append(name)
    aggs = {}
    for key, names in groups.items():
        terms = {name: {"terms": {"field": FACETS[name], "size": 300}} for name in names}
        if not key:
            aggs.update(terms)
            continue
        applicable = [facet_filters[other] for other in key.split("-")]
        aggs[f"{FACET_GROUP}{key}"] = {"filter": {"bool": {"filter": applicable}}, "aggs": terms}
    return aggs


HUB_SOURCE = [
    "hub_type",
    "hub_locale",
    "hub_translation_key",
    "hub_themes",
    "hub_members",
    "hub_region",
    "hub_values",
    "hub_levels",
    "hub_year",
    "hub_date",
    "hub_summary",
]


def _suggestion(query, entries):
    if not entries:
        return ""
    corrected = query
    changed = False
    for entry in reversed(entries):  # from the end, so offsets stay valid
        if entry.get("options"):
            start, length = entry["offset"], entry["length"]
            corrected = (
                corrected[:start] + entry["options"][0]["text"] + corrected[start + length :]
            )
            changed = True
    return corrected if changed else ""


# --- Database engine ----------------------------------------------------------------------
class SearchUnavailable(Exception):
    """The database took longer than ``SEARCH_STATEMENT_TIMEOUT`` to answer a search."""


@contextmanager
def statement_timeout():
    """On PostgreSQL, queries inside are cancelled after ``SEARCH_STATEMENT_TIMEOUT``
    milliseconds (``SET LOCAL`` in a transaction, or a savepoint inside one); a cancelled
    query raises ``SearchUnavailable``, which the views answer with 503."""
    milliseconds = getattr(settings, "SEARCH_STATEMENT_TIMEOUT", 0)
    if connection.vendor != "postgresql" or not milliseconds:
        yield
        return
    nested = connection.in_atomic_block
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT current_setting('statement_timeout'), "
                    "set_config('statement_timeout', %s, true)",
                    [f"{int(milliseconds)}ms"],
                )
                previous = cursor.fetchone()[0]
            yield
            if nested:  # the rest of the enclosing transaction as before
                with connection.cursor() as cursor:
                    cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
    except OperationalError as error:
        logger.warning("Search cancelled by the statement timeout: %s", error)
        raise SearchUnavailable(str(error)) from error


def _text_fields(model):
    fields = []
    for search_field in model.get_searchable_search_fields():
        field = _model_field(model, search_field.field_name)
        if isinstance(field, models.CharField | models.TextField) and field.model is not Page:
            fields.append(field.name)
    return fields


@functools.cache
def _page_models():
    models_ = []
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page and _text_fields(model):
            models_.append(model)
    return models_


def _term_condition(term):
    """Pages with ``term`` in their title or in a text field of their own type (one SQL
    condition with a subquery per page type, so one query in all)."""
    condition = models.Q(title__icontains=term)
    for model in _page_models():
        matches = models.Q()
        for name in _text_fields(model):
            matches |= models.Q(**{f"{name}__icontains": term})
        condition |= models.Q(pk__in=model.objects.filter(matches).values("pk"))
    return condition


def db_candidates(req):
    """Live, public pages matching the query, best first (title matches, then by pk; the
    tree's order without a query), as a queryset of ``(pk, content_type_id)``."""
    base = Page.objects.filter(live=True, depth__gte=2)
    for path in restricted_paths(req):
        base = base.exclude(path__startswith=path)
    if req.locale != "all":
        base = base.filter(locale__language_code=req.locale)
    if not req.query:
        return base.order_by("path").values_list("pk", "content_type_id")
    for unit in synonyms.units(req.query)[:MAX_TERMS]:  # a word, or a term's variants
        base = base.filter(functools.reduce(operator.or_, map(_term_condition, unit)))
    title_first = models.Case(
        models.When(title__icontains=req.query, then=0),
        default=1,
        output_field=models.IntegerField(),
    )
    return (
        base.annotate(title_miss=title_first)
        .order_by("title_miss", "pk")
        .values_list("pk", "content_type_id")
    )


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - indexed callables are not fields
        return None


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _matches(document, filters):
    for name, values in filters.items():
        current = document.get(FACETS[name])
        current = current if isinstance(current, list) else [current]
        if not set(values) & set(current):
            return False
    return True


def db_search(req):
    """One page of results with facet counts over the first ``DB_MAX_CANDIDATES``
    candidates, in a fixed number of queries (``search.loading``)."""
    response = SearchResponse(request=req, engine="database")
    with statement_timeout():
        rows = list(db_candidates(req)[:DB_MAX_CANDIDATES])
        pages = load_pages(rows)
    types = type_keys()
    documents = []
    for pk, content_type_id in rows:
        page = pages.get(pk)
        if page is not None:
            documents.append((page, _document(page, content_type_id, types)))
    for name, column in FACETS.items():
        others = {n: v for n, v in req.filters.items() if n != name}
        counts = {}
        for _page, document in documents:
            if not _matches(document, others):
                continue
            values = document.get(column)
            for value in values if isinstance(values, list) else [values]:
                if value is not None and value != "":
                    counts[value] = counts.get(value, 0) + 1
        response.facets[name] = counts
    selected = [(p, d) for p, d in documents if _matches(d, req.filters)]
    if req.sort == "date":
        selected.sort(key=lambda item: item[1]["hub_date"] or "", reverse=True)
    response.total = len(selected)
    start = (req.page - 1) * PAGE_SIZE
    for page, document in selected[start : start + PAGE_SIZE]:
        hit = {
            "pk": page.pk,
            "score": None,
            "source": {"title": page.title, **document},
            "highlight": _db_highlight(page, req.query),
        }
        if type(page) is not Page:  # the views load plain pages as their own type
            hit["page"] = page
        response.hits.append(hit)
    if req.query and response.total == 0:
        response.suggestion = suggestions.suggest(req.query, req.languages)
    return response


def _document(page, content_type_id, types):
    """``page_document`` of a page loaded by ``load_pages``, with its type even when it
    was loaded as a plain ``Page``."""
    document = page_document(page)
    document["hub_type"] = types.get(content_type_id, document["hub_type"])
    return document


# --- Every result, for exports and feeds ---------------------------------------------------
@dataclass
class Scan:
    """Every result of a search, in the search's order: ``batches`` yields lists of page
    pks, ``total`` is their number when known before the first row (Elasticsearch counts
    them exactly; the database knows it unless facet filters are applied page by page)."""

    engine: str
    total: int | None
    batches: object
    notice: str = ""


def scan(req, batch_size=None):
    """A ``Scan`` of ``req``: one Elasticsearch search read through a point in time with
    ``search_after``, or one database query for the candidates and their documents loaded
    batch by batch (filters applied in Python, as ``db_search`` does)."""
    batch_size = batch_size or SCAN_BATCH
    backend = es_backend()
    if backend is not None:
        if breaker.is_open():
            return _db_scan(req, batch_size, notice=fallback_notice())
        try:
            result = _es_scan(backend, req, batch_size)
        except ES_ERRORS as error:
            if is_outage(error):
                breaker.record_failure(error)
            logger.warning("Elasticsearch unavailable, scanning the database instead: %s", error)
            return _db_scan(req, batch_size, notice=fallback_notice())
        breaker.record_success()
        return result
    return _db_scan(req, batch_size)


def _es_body(req):
    base_filters = [{"term": {"hub_live": True}}, {"range": {"depth_filter": {"gte": 2}}}]
    if req.locale != "all":
        base_filters.append({"term": {"hub_locale": req.locale}})
    base_filters += [_facet_filter(name, values) for name, values in req.filters.items()]
    must_not = [{"prefix": {"path_filter": path}} for path in restricted_paths(req)]
    query = {
        "bool": {
            "must": text_query(req.query, req.languages) if req.query else {"match_all": {}},
            "filter": base_filters,
            "must_not": must_not,
        }
    }
    sort = ["_score"]
    if req.sort == "date":
        sort = [{"hub_date": {"order": "desc", "missing": "_last"}}, "_score"]
    return query, sort


def _es_scan(backend, req, batch_size):
    client = backend.es.options(request_timeout=getattr(settings, "ELASTICSEARCH_TIMEOUT", 5))
    keep_alive = "1m"
    pit = client.open_point_in_time(index=backend.page_index_name(), keep_alive=keep_alive)
    pit_id = pit["id"]
    query, sort = _es_body(req)

    def page(after=None, total=False):
        extra = {"search_after": after} if after is not None else {}
        return client.search(
            pit={"id": pit_id, "keep_alive": keep_alive},
            query=query,
            sort=sort,
            size=batch_size,
            track_total_hits=total,
            _source=False,
            **extra,
        )

    try:
        first = page(total=True)
    except BaseException:
        _close_pit(client, pit_id)
        raise

    def batches():
        try:
            raw = first
            while True:
                hits = raw["hits"]["hits"]
                if not hits:
                    return
                yield [int(hit["_id"]) for hit in hits]
                if len(hits) < batch_size:
                    return
                raw = page(after=hits[-1]["sort"])
        finally:
            _close_pit(client, pit_id)

    return Scan("elasticsearch", first["hits"]["total"]["value"], batches())


def _close_pit(client, pit_id):
    try:
        client.close_point_in_time(id=pit_id)
    except ES_ERRORS as error:  # it expires by itself after keep_alive
        logger.warning("Could not close an Elasticsearch point in time: %s", error)


def _db_scan(req, batch_size, notice=""):
    candidates = db_candidates(req)
    with statement_timeout():
        rows = list(candidates)
        if req.sort == "date":
            dates = _db_dates(candidates)
            rows.sort(key=lambda row: dates.get(row[0]) or "", reverse=True)
    total = None if req.filters else len(rows)

    def batches():
        types = type_keys()
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            if not req.filters:
                yield [pk for pk, _content_type_id in batch]
                continue
            pages = load_pages(batch)  # primary keys: no statement timeout needed
            pks = [
                pk
                for pk, content_type_id in batch
                if pk in pages
                and _matches(_document(pages[pk], content_type_id, types), req.filters)
            ]
            if pks:
                yield pks

    return Scan("database", total, batches(), notice)


#: What ``search.indexing.page_date`` reads before the publication dates, in its order.
DATE_FIELDS = ("date", "year", "plan_start_year")


def _db_dates(candidates):
    """``{pk: hub_date}`` (ISO text) of the ``candidates`` queryset: one query for the
    publication dates and one per page type with a date field, whatever the count."""
    pks = candidates.order_by().values("pk")
    dates = {}
    published = Page.objects.filter(pk__in=pks).values_list(
        "pk", "first_published_at", "last_published_at"
    )
    for pk, first, last in published:
        moment = first or last
        dates[pk] = moment.date().isoformat() if moment else None
    for model in _page_models():
        names = [name for name in DATE_FIELDS if _concrete(model, name)]
        if not names:
            continue
        for pk, *values in model.objects.filter(pk__in=pks).values_list("pk", *names):
            for name, value in zip(names, values, strict=True):
                if value:
                    date = value if name == "date" else datetime.date(int(value), 1, 1)
                    dates[pk] = date.isoformat()
                    break
    return dates


def _concrete(model, name):
    field = _model_field(model, name)
    return field is not None and field.concrete and field.model is model


def _db_highlight(page, query):
    text = getattr(page, "introduction", "") or ""
    if not query or not text:
        return {}
    terms = [re.escape(t) for t in query.split() if len(t) > 1]
    if not terms:
        return {}
    pattern = re.compile("|".join(terms), re.IGNORECASE)
    marked = pattern.sub(lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", text)
    return {"introduction": [marked[:300]]} if marked != text else {}


# --- Presentation helpers -----------------------------------------------------------------
def marked_html(fragment):
    """Escaped HTML of a highlighted fragment, with <mark> around the matched terms."""
    return escape(fragment).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def _names_key(model, locale_pk):
    return f"search:names:{model._meta.label_lower}:{locale_pk}"


def snippet_names(model, locale):
    """``model.names_by_slug(locale)``, cached until a theme or member changes
    (``forget_snippet_names``): facet labels cost no query per search."""
    key = _names_key(model, locale.pk)
    names = cache.get(key)
    if names is None:
        names = model.names_by_slug(locale)
        cache.set(key, names, 24 * 3600)
    return names


def forget_snippet_names(sender, **kwargs):
    keys = [_names_key(sender, pk) for pk in Locale.objects.values_list("pk", flat=True)]
    cache.delete_many(keys)


def facet_labels(locale=None):
    locale = locale or Locale.get_active()
    return {
        "type": {key: str(label) for key, (label, _model) in CONTENT_TYPES.items()},
        "theme": snippet_names(Theme, locale),
        "member": snippet_names(Member, locale),
        "region": {value: str(label) for value, label in Region.choices},
        "value": {value: str(label) for value, label in ValueKey.choices},
        "level": {value: str(label) for value, label in AmbitionLevel.choices},
        "year": {},
    }


def closest_themes(query, locale=None, limit=3):
    """Themes whose name or description is closest to ``query`` (active locale)."""
    locale = locale or Locale.get_active()
    folded = fold(query)
    words = set(folded.split())
    scored = []
    for theme in Theme.objects.filter(locale=locale):
        name = fold(theme.name)
        text = name + " " + fold(theme.description)
        ratio = difflib.SequenceMatcher(None, folded, name).ratio()
        overlap = len(words & set(re.findall(r"\w+", text)))
        close = any(difflib.get_close_matches(w, re.findall(r"\w+", text), 1, 0.75) for w in words)
        scored.append((overlap + close + ratio, theme))
    scored.sort(key=lambda item: -item[0])
    return [theme for score, theme in scored[:limit] if score > 0.3]
