"""Search page and JSON API (the full thematic search is built on this in search/)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def _query(request):
    return " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]


def _results(request, query):
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
    return pages.search(query) if query else Page.objects.none()


def search(request):
    query = _query(request)
    paginator = Paginator(_results(request, query), 10)
    try:
        results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        results = paginator.page(1)
    return render(
        request,
        "search/search.html",
        {"query": query, "results": results, "page_title": _("Search")},
    )


def search_api(request):
    query = _query(request)
    results = list(_results(request, query)[:20])
    return JsonResponse(
        {
            "total": len(results),
            "results": [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "locale": page.locale.language_code,
                }
                for page in results
            ],
        }
    )


def autocomplete_api(request):
    query = _query(request)
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    results = pages.autocomplete(query)[:8] if query else []
    return JsonResponse(
        {"results": [{"title": p.title, "url": p.get_url(request)} for p in results]}
    )
