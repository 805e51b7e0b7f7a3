"""Thematic search: one request, two engines.

``run(request_params)`` searches Elasticsearch through the hub's backend
(``search.backend``) when it is configured, and the database otherwise or when
Elasticsearch is down or slow (with ``response.notice`` set and a warning logged).
Both engines return the same ``SearchResponse``: hits, facet counts, suggestion.
"""

import difflib
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from hub.core import params as param
from hub.taxonomy.models import AmbitionLevel, Member, Region, Theme, ValueKey

from .backend import ES_ERRORS, LANGUAGES, HubElasticsearchBackend
from .indexing import CONTENT_TYPES, page_document

logger = logging.getLogger("search")

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = 100
DB_MAX_CANDIDATES = 2000
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


def _valid_values(name):
    if name == "type":
        return set(CONTENT_TYPES)
    if name == "region":
        return set(Region.values)
    if name == "value":
        return set(ValueKey.values)
    if name == "level":
        return set(AmbitionLevel.values)
    return None


def _facet_value(name, value):
    """One facet value, parsed by ``hub.core.params``."""
    if name == "year":
        return param.year(value, name)
    allowed = _valid_values(name)
    if allowed is not None:
        return param.choice(value, name, sorted(allowed))
    return param.slug(value, name)


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

    for name in FACETS:
        values = []
        for value in parsed(param.values, params, name, default=[]):
            value = parsed(_facet_value, name, value)
            if value is not None and value not in values:
                values.append(value)
        if values:
            request.filters[name] = values

    page = (params.get("page") or "1").strip()
    request.page = parsed(param.integer, page, "page", 1, MAX_PAGE, default=1)
    sort = (params.get("sort") or "relevance").strip()
    request.sort = parsed(param.choice, sort, "sort", SORTS, default="relevance")
    return request


# --- Engines ------------------------------------------------------------------------------
def es_backend():
    backend = get_search_backend()
    return backend if isinstance(backend, HubElasticsearchBackend) else None


def run(search_request):
    backend = es_backend()
    if backend is not None:
        try:
            return es_search(backend, search_request)
        except ES_ERRORS as error:
            logger.warning("Elasticsearch unavailable, searching the database instead: %s", error)
            response = db_search(search_request)
            response.notice = _(
                "The search service is unavailable: these results come from a simpler "
                "search of the database."
            )
            return response
    return db_search(search_request)


def restricted_paths(req):
    """Paths of pages with a view restriction, read once per search request."""
    if req._restricted_paths is None:
        req._restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
    return req._restricted_paths


def text_query(query, languages):
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
def _page_models():
    from hub.pages.models import BasePage

    return [model for model in _all_subclasses(BasePage) if not model._meta.abstract]


def _all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def _db_candidates(req):
    """Pks of live, public pages matching the query, best first (database search)."""
    base = Page.objects.live().public().filter(depth__gte=2)
    if req.locale != "all":
        base = base.filter(locale__language_code=req.locale)
    if not req.query:
        return list(base.order_by("path").values_list("pk", flat=True)[:DB_MAX_CANDIDATES])
    from modelsearch.backends.database.fallback import DatabaseSearchBackend

    backend = DatabaseSearchBackend({})
    pks = []
    terms = req.query
    for model in _page_models():
        text_fields = [
            f.field_name
            for f in model.get_searchable_search_fields()
            if isinstance(_model_field(model, f.field_name), models.CharField | models.TextField)
        ]
        queryset = model.objects.live().public().filter(pk__in=base.values("pk"))
        results = backend.search(terms, queryset, fields=text_fields, operator="and")
        pks.extend(page.pk for page in results[:DB_MAX_CANDIDATES])
    # Title matches first.
    titles = dict(Page.objects.filter(pk__in=pks).values_list("pk", "title"))
    folded = _fold(req.query)
    pks.sort(key=lambda pk: (folded not in _fold(titles.get(pk, "")), pk))
    return pks[:DB_MAX_CANDIDATES]


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - indexed callables are not fields
        return None


def _fold(text):
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
    response = SearchResponse(request=req, engine="database")
    pks = _db_candidates(req)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}
    documents = []
    for pk in pks:
        page = pages.get(pk)
        if page is not None:
            documents.append((page, page_document(page)))
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
        response.hits.append(
            {
                "pk": page.pk,
                "score": None,
                "source": {"title": page.title, **document},
                "highlight": _db_highlight(page, req.query),
                "page": page,
            }
        )
    return response


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
    folded = _fold(query)
    words = set(folded.split())
    scored = []
    for theme in Theme.objects.filter(locale=locale):
        name = _fold(theme.name)
        text = name + " " + _fold(theme.description)
        ratio = difflib.SequenceMatcher(None, folded, name).ratio()
        overlap = len(words & set(re.findall(r"\w+", text)))
        close = any(difflib.get_close_matches(w, re.findall(r"\w+", text), 1, 0.75) for w in words)
        scored.append((overlap + close + ratio, theme))
    scored.sort(key=lambda item: -item[0])
    return [theme for score, theme in scored[:limit] if score > 0.3]
