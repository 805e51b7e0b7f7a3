"""Search page ``/<lang>/search/``, JSON API ``/api/search/`` and ``/api/search/autocomplete/``.

The work is done in ``search.engine`` (Elasticsearch, or the database as a fallback);
these views parse parameters, log queries, add search promotions and present results.
"""

import dataclasses
import logging
import math
import re

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page

from hub.cache import content
from hub.core import params as param
from hub.taxonomy.models import Member, Theme

from . import engine, stats
from .backend import ES_ERRORS, LANGUAGES

logger = logging.getLogger("search")

LANGUAGE_NAMES = dict(settings.LANGUAGES)
AUTOCOMPLETE_SIZE = 8
AUTOCOMPLETE_WORD = re.compile(r"\w+")


def _active_language():
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in LANGUAGES else settings.LANGUAGE_CODE


def _active_locale():
    # One indexed query (the application cache holds no model instances).
    try:
        return Locale.objects.get(language_code=_active_language())
    except Locale.DoesNotExist:
        return Locale.get_default()


def _log_query(query):
    """Counts a hit for ``query`` (Wagtail's search statistics); returns its ``Query``.

    Two queries in the steady state (Wagtail's ``Query.add_hit`` takes three): the query
    row, then an UPDATE of today's counter, created on the first hit of the day.
    """
    if not query:
        return None
    try:
        logged = Query.get(query)
        today = timezone.now().date()
        counter = QueryDailyHits.objects.filter(query=logged, date=today)
        if not counter.update(hits=F("hits") + 1):
            try:
                with transaction.atomic():
                    QueryDailyHits.objects.create(query=logged, date=today, hits=1)
            except IntegrityError:  # another request created it meanwhile
                counter.update(hits=F("hits") + 1)
    except DatabaseError as error:  # never fail a search because of its statistics
        logger.warning("Could not log search query: %s", error)
        return None
    return logged


def _promotions(logged, req):
    """Search promotions of the query ``logged``: pages in the requested language where
    translated (cached until the next publication or change of a promotion)."""
    if logged is None:
        return []
    # Keys and descriptions cached (the application cache holds no model instances).
    found = content.cached(
        "search-promotions",
        [logged.pk, req.locale],
        lambda: [(page.pk, description) for page, description in _find_promotions(logged, req)],
    )
    if not found:
        return []
    pages = {
        p.pk: p for p in Page.objects.live().filter(pk__in=[pk for pk, _d in found]).specific()
    }
    return [(pages[pk], description) for pk, description in found if pk in pages]


def _find_promotions(logged, req):
    promotions = (
        SearchPromotion.objects.filter(query=logged)
        .select_related("page", "page__locale")
        .order_by("sort_order")
    )
    pages = []
    for promotion in promotions:
        page = promotion.page
        if page is None:
            continue
        if req.locale != "all" and page.locale.language_code != req.locale:
            page = (
                Page.objects.live()
                .public()
                .filter(translation_key=page.translation_key, locale__language_code=req.locale)
                .first()
            ) or page
        if page.live:
            pages.append((page.specific, promotion.description))
    return pages


def _snippet(hit, page):
    highlight = hit.get("highlight") or {}
    title_fragments = []
    body_fragments = []
    for name, fragments in highlight.items():
        target = title_fragments if name.split(".")[0] == "title" else body_fragments
        target.extend(fragments)
    body_fragments = list(dict.fromkeys(body_fragments))
    if body_fragments:
        snippet = " … ".join(engine.marked_html(f) for f in body_fragments[:2])
    else:
        snippet = escape(hit["source"].get("hub_summary") or "")
    title_html = engine.marked_html(title_fragments[0]) if title_fragments else escape(page.title)
    return snippet, title_html


def _result_pages(req, hits):
    """``({pk: page}, {translation_key: [live public pages]})`` for ``hits``.

    One query whatever the hits: the hits and their translations, with their locales.
    Results need no specific page (the snippet's text is in the search document), so
    there is no query per content type.
    """
    pks = [hit["pk"] for hit in hits]
    if not pks:
        return {}, {}
    restricted = tuple(engine.restricted_paths(req))
    keys = Page.objects.filter(pk__in=pks).values("translation_key")
    family = [
        page
        for page in Page.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("locale__language_code")
        if not (restricted and page.path.startswith(restricted))
    ]
    translations = {}
    for page in family:
        translations.setdefault(page.translation_key, []).append(page)
    wanted = set(pks)
    return {page.pk: page for page in family if page.pk in wanted}, translations


def present(response, request, labels):
    """Result dicts for templates and JSON, in the engine's order."""
    hits = response.hits
    pages, translations = _result_pages(response.request, hits)
    results = []
    for hit in hits:
        page = pages.get(hit["pk"])
        if page is None:
            continue
        source = hit["source"]
        snippet, title_html = _snippet(hit, page)
        members = source.get("hub_members") or []
        language = page.locale.language_code
        results.append(
            {
                "title": page.title,
                "title_html": title_html,
                "url": page.get_url(request),
                "type": source.get("hub_type"),
                "type_label": labels["type"].get(source.get("hub_type"), ""),
                "locale": language,
                "language": LANGUAGE_NAMES.get(language, language),
                "snippet": snippet,
                "themes": [
                    {"value": slug, "label": labels["theme"].get(slug, slug)}
                    for slug in source.get("hub_themes") or []
                ],
                "member": (
                    {"value": members[0], "label": labels["member"].get(members[0], members[0])}
                    if members
                    else None
                ),
                "date": source.get("hub_date"),
                "also_available_in": [
                    {
                        "locale": other.locale.language_code,
                        "language": LANGUAGE_NAMES.get(other.locale.language_code),
                        "url": other.get_url(request),
                    }
                    for other in translations.get(page.translation_key, [])
                    if other.pk != page.pk
                ],
                "promoted": False,
            }
        )
    return results


def present_facets(response, labels):
    facets = {}
    for name, counts in response.facets.items():
        selected = response.request.filters.get(name, [])
        items = dict(counts)
        for value in selected:
            items.setdefault(value, 0)
        entries = [
            {
                "value": value,
                "label": str(labels[name].get(value, value)),
                "count": count,
                "selected": value in selected,
            }
            for value, count in items.items()
        ]
        if name == "year":
            entries.sort(key=lambda e: -int(e["value"]))
        else:
            entries.sort(key=lambda e: (-e["count"], e["label"].casefold()))
        facets[name] = entries
    return facets


def _results(request, req, labels):
    """The engine's response and its result dicts, cached until the next publication
    (``hub.cache.content``): a popular search is then one cache read. Never the database
    fallback's, which must not outlast an Elasticsearch outage."""
    key = [request.get_host(), get_language(), req.query, req.locale, req.page, req.sort]
    key.append(sorted(req.filters.items()))
    found = content.lookup("search", key)
    if found is not None:
        response, results = found
        # What parsing noted (ignored parameters, a truncated query) is this request's.
        return dataclasses.replace(response, request=req), results
    response = engine.run(req)
    results = present(response, request, labels)
    if not response.notice:
        content.store("search", key, (response, results), content.searchable_timeout())
    return response, results


def _search(request, strict):
    req = engine.parse_params(request.GET, _active_language(), strict=strict)
    labels = engine.facet_labels(_active_locale())
    response, results = _results(request, req, labels)
    promoted = []
    logged = _log_query(req.query)
    if req.page == 1 and logged is not None:
        promoted_pages = _promotions(logged, req)
        promoted_pks = {page.pk for page, _description in promoted_pages}
        if promoted_pks:
            results = [
                r
                for r in results
                if r["url"] not in {p.get_url(request) for p, _d in promoted_pages}
            ]
            for page, description in promoted_pages:
                language = page.locale.language_code
                promoted.append(
                    {
                        "title": page.title,
                        "title_html": escape(page.title),
                        "url": page.get_url(request),
                        "type": engine.page_document(page)["hub_type"],
                        "type_label": "",
                        "locale": language,
                        "language": LANGUAGE_NAMES.get(language, language),
                        "snippet": escape(description or getattr(page, "introduction", "")),
                        "themes": [],
                        "member": None,
                        "date": None,
                        "also_available_in": [],
                        "promoted": True,
                    }
                )
    stats.record(req.query, req.locale, found=bool(response.total or promoted))
    closest = []
    if req.query and response.total == 0:
        closest = engine.closest_themes(req.query, _active_locale())
    return req, response, promoted + results, present_facets(response, labels), closest


def _theme_json(theme):
    return {"value": theme.slug, "label": theme.name}


def busy_message():
    return _("The search is taking too long right now: please try again in a moment.")


#: Seconds a client is asked to wait after a search cancelled by the statement timeout.
RETRY_AFTER = 10


@require_safe
def search(request):
    status = 200
    try:
        req, response, results, facets, closest = _search(request, strict=False)
    except engine.SearchUnavailable:
        req = engine.parse_params(request.GET, _active_language(), strict=False)
        response = engine.SearchResponse(request=req, notice=busy_message())
        results, facets, closest, status = [], {}, [], 503
    pages = max(1, math.ceil(response.total / engine.PAGE_SIZE))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "page_title": _("Search"),
        "query": req.query,
        "search": req,
        "response": response,
        "results": results,
        "facets": facets,
        "facet_titles": _facet_titles(),
        "closest_themes": closest,
        "page_number": req.page,
        "page_count": pages,
        "previous_page": req.page - 1 if req.page > 1 else None,
        "next_page": req.page + 1 if req.page < pages else None,
        "base_query": params.urlencode(),
        "languages": settings.LANGUAGES,
    }
    rendered = render(request, "search/search.html", context, status=status)
    if status == 503:
        rendered["Retry-After"] = str(RETRY_AFTER)
    return rendered


def _facet_titles():
    return {
        "type": _("Content type"),
        "theme": _("Theme"),
        "member": _("Member"),
        "region": _("Region"),
        "value": _("OGP value"),
        "level": _("Ambition level"),
        "year": _("Year"),
    }


@require_safe
def search_api(request):
    try:
        req, response, results, facets, closest = _search(request, strict=True)
    except engine.BadRequest as error:
        return JsonResponse({"error": error.message, "field": error.field}, status=400)
    except engine.SearchUnavailable:
        busy = JsonResponse({"error": busy_message()}, status=503)
        busy["Retry-After"] = str(RETRY_AFTER)
        return busy
    data = {
        "query": req.query,
        "locale": req.locale,
        "page": req.page,
        "page_size": engine.PAGE_SIZE,
        "sort": req.sort,
        "total": response.total,
        "results": results,
        "facets": facets,
        "engine": response.engine,
    }
    if response.notice:
        data["notice"] = response.notice
    if req.truncated:
        data["notice_query"] = _("Your search was shortened to %(count)s characters.") % {
            "count": engine.MAX_QUERY_LENGTH
        }
    if req.query and response.total == 0:
        data["did_you_mean"] = response.suggestion or None
        data["closest_themes"] = [_theme_json(t) for t in closest]
    return JsonResponse(data)


@require_safe
def autocomplete_api(request):
    query, _truncated = engine.clean_query(request.GET.get("q", ""))
    language = request.GET.get("locale") or _active_language()
    try:
        param.choice(language, "locale", LANGUAGES)
    except param.ParamError as error:
        return JsonResponse({"error": error.message, "field": error.field}, status=400)
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    data = {"query": query, "results": [], "themes": [], "members": []}
    if not query:
        return JsonResponse(data)
    pages = Page.objects.live().public().filter(locale=locale, depth__gte=2)
    # Words only: the database backend hands the text to SQLite's full-text syntax, where a
    # stray double quote is an error (a 500), and autocomplete matches words anyway.
    words = " ".join(AUTOCOMPLETE_WORD.findall(query))
    try:
        found = (
            list(pages.autocomplete(words, fields=["title"])[:AUTOCOMPLETE_SIZE]) if words else []
        )
    except ES_ERRORS as error:  # the backend falls back already; belt and braces
        logger.warning("Autocomplete unavailable: %s", error)
        found = list(pages.filter(title__icontains=query)[:AUTOCOMPLETE_SIZE])
    data["results"] = [{"title": p.title, "url": p.get_url(request)} for p in found]
    folded = engine.fold(query)
    for model, key in ((Theme, "themes"), (Member, "members")):
        entries = [
            item
            for item in model.objects.filter(locale=locale)
            if any(word.startswith(folded) for word in engine.fold(item.name).split())
            or engine.fold(item.name).startswith(folded)
        ]
        data[key] = [
            {
                "value": item.slug,
                "label": item.name,
                "url": f"/{language}/search/?{key[:-1]}={item.slug}",
            }
            for item in entries[:AUTOCOMPLETE_SIZE]
        ]
    return JsonResponse(data)
