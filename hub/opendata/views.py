"""Exports, feeds, citations, robots.txt and the open data description page."""

from itertools import chain, islice

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Page

from hub.commitments.models import CommitmentPage
from search import engine
from search.loading import load_pages

from . import citation
from .datasets import (
    CHUNK_SIZE,
    DATASETS,
    batch_rows,
    json_schema,
    milestone_rows,
    page_rows,
    prepare,
)
from .exports import FORMATS, export_response
from .feeds import FEED_SIZE, FEED_TYPES, feed_response
from .filters import ParamError, listing_queryset


def max_rows():
    """The most rows an export holds (``SEARCH_EXPORT_MAX_ROWS``)."""
    return settings.SEARCH_EXPORT_MAX_ROWS


def _bad_format(allowed):
    return HttpResponseBadRequest(
        gettext("Unknown format: use one of %(formats)s.") % {"formats": ", ".join(allowed)},
        content_type="text/plain; charset=utf-8",
    )


def _bad_request(message):
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _too_many(count):
    return _bad_request(
        gettext(
            "This export would have %(count)s rows, more than the %(limit)s an export can "
            "hold: narrow it with filters."
        )
        % {"count": count, "limit": max_rows()}
    )


def _busy():
    response = HttpResponse(
        gettext("The search is taking too long right now: please try again in a moment."),
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = "10"
    return response


# --- Listing pages (through the ``before_serve_page`` hook) -----------------------------------
def listing_data(request, page):
    """``<listing URL>?format=csv|json|rss|atom``: what the listing shows, unpaginated.
    Commitments also export one row per milestone with ``dataset=milestones``."""
    fmt = request.GET["format"]
    if fmt not in FORMATS + tuple(FEED_TYPES):
        return _bad_format(FORMATS + tuple(FEED_TYPES))
    try:
        queryset = listing_queryset(page, request.GET)
    except ParamError as error:
        return _bad_request(str(error))
    language = page.locale.language_code
    if fmt in FEED_TYPES:
        return feed_response(
            fmt,
            request,
            title=f"{page.title} · {gettext('Open Government Knowledge Hub')}",
            link=page.get_full_url(request),
            description=page.introduction or page.title,
            language=language,
            pages=queryset.order_by("-first_published_at", "-pk")[:FEED_SIZE],
        )
    dataset = request.GET.get("dataset", "pages")
    if dataset == "milestones" and issubclass(queryset.model, CommitmentPage):
        rows = milestone_rows(queryset, request)
    elif dataset == "pages":
        count = queryset.count()
        if count > max_rows():
            return _too_many(count)
        rows = page_rows(prepare(queryset).iterator(chunk_size=CHUNK_SIZE), request)
    else:
        return _bad_request(gettext("Unknown dataset “%s”.") % dataset[:40])
    filename = f"{page.slug}-{language}-{dataset}"
    return export_response(rows, fmt, dataset, filename, limit=max_rows())


# --- Search results ---------------------------------------------------------------------------
def search_pages(search_request, found):
    """Lists of the live, public pages of the scan ``found`` of ``search_request``, in its
    order, batch by batch: a fixed number of queries per batch (``search.loading``)."""
    restricted = tuple(engine.restricted_paths(search_request))
    try:
        for pks in found.batches:
            rows = Page.objects.filter(pk__in=pks, live=True).values_list(
                "pk", "content_type_id", "path"
            )
            rows = [(pk, type_id) for pk, type_id, path in rows if not path.startswith(restricted)]
            pages = load_pages(rows, specific=True, extra=("milestones",))
            yield [pages[pk] for pk in pks if pk in pages]
    finally:
        found.batches.close()


def _search_request(request):
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return engine.parse_params(request.GET, language, strict=True)


@require_GET
def search_export(request):
    """``/api/search/export/?<search parameters>&format=csv|json``: every result of the
    search (up to ``SEARCH_EXPORT_MAX_ROWS``: 400 when the search counts more), not one
    page of it, streamed from one search (``search.engine.scan``)."""
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        return _bad_format(FORMATS)
    try:
        search_request = _search_request(request)
        found = engine.scan(search_request)
    except engine.BadRequest as error:
        return _bad_request(error.message)
    except engine.SearchUnavailable:
        return _busy()
    if found.total is not None and found.total > max_rows():
        found.batches.close()
        return _too_many(found.total)
    rows = batch_rows(search_pages(search_request, found), request)
    meta = {"query": search_request.query, "locale": search_request.locale}
    meta["filters"] = {name: values for name, values in search_request.filters.items()}
    meta["engine"] = found.engine
    if found.notice:
        meta["notice"] = found.notice
    return export_response(rows, fmt, "pages", "search-results", meta, limit=max_rows())


@require_safe
def search_feed(request):
    """``/<lang>/search/feed/?<search parameters>&format=rss|atom``: a saved search as a
    feed, newest first."""
    fmt = request.GET.get("format", "rss")
    if fmt not in FEED_TYPES:
        return _bad_format(tuple(FEED_TYPES))
    try:
        search_request = _search_request(request)
        search_request.sort = "date"
        found = engine.scan(search_request, batch_size=FEED_SIZE)
        newest = search_pages(search_request, found)
        pages = list(islice(chain.from_iterable(newest), FEED_SIZE))
        newest.close()
    except engine.BadRequest as error:
        return _bad_request(error.message)
    except engine.SearchUnavailable:
        return _busy()
    query = request.GET.copy()
    query.pop("format", None)
    link = request.build_absolute_uri(
        reverse("search") + ("?" + query.urlencode() if query else "")
    )
    title = gettext("Search: %(query)s") % {"query": search_request.query or "*"}
    return feed_response(
        fmt,
        request,
        title=f"{title} · {gettext('Open Government Knowledge Hub')}",
        link=link,
        description=gettext("New results of a search of the Open Government Knowledge Hub."),
        language=search_request.locale if search_request.locale != "all" else "en",
        pages=pages,
    )


# --- Citations ------------------------------------------------------------------------------
@require_safe
def citation_download(request, page_id, fmt):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not citation.is_citable(page):
        raise Http404(gettext("This page has no citation."))
    write, content_type = citation.FORMATS[fmt]  # the URL pattern admits no other format
    filename = f"ogp-hub-{page.pk}.{fmt}"
    return HttpResponse(
        write(citation.citation_data(page, request)),
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )


# --- robots.txt, schemas --------------------------------------------------------------------
@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/search/",
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES),
        "Allow: /api/v2/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('opendata_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def schema_json(request, dataset):
    if dataset not in DATASETS:
        raise Http404(gettext("There is no such dataset."))
    response = JsonResponse(
        json_schema(dataset, request.build_absolute_uri()), json_dumps_params={"indent": 2}
    )
    response["Content-Type"] = "application/schema+json"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def schema_page(request):
    datasets = [
        {
            "name": name,
            "title": dataset["title"],
            "columns": dataset["columns"],
            "schema_url": reverse("opendata_schema_json", args=[name]),
        }
        for name, dataset in DATASETS.items()
    ]
    return render(
        request,
        "opendata/schema_page.html",
        {"page_title": gettext("Open data"), "datasets": datasets},
    )
