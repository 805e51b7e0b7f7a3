"""The hub's filter vocabulary on the ORM: ``theme``, ``member``, ``region``, ``year``.

The values are those of the search facets and listing pages (``theme=<Theme.slug>``,
``member=<Member.slug>``, ``region=<Region key>``, ``year=<four digits>``), parsed by
``hub.core.listing.parse_filters`` (bad values raise ``hub.core.params.ParamError``).
``lookups()`` says, for each page type, which field answers each filter (the ``facets``
the page models declare), so any page queryset can be filtered, whatever the mix of types
in it.
"""

from functools import cache

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page

from hub.core.listing import parse_filters
from hub.core.models import BasePage
from hub.core.params import ParamError

__all__ = ["FILTERS", "ParamError", "filter_pages", "listing_queryset", "lookups"]

FILTERS = ("theme", "member", "region", "year")


@cache
def lookups():
    """``{filter: {page model: lookup}}`` from the page models' ``facets``."""
    found = {name: {} for name in FILTERS}
    for model in apps.get_models():
        if issubclass(model, BasePage):
            for name, lookup in model.facets.items():
                found[name][model] = lookup
    return found


def filter_pages(queryset, params):
    """``queryset`` (of ``Page`` or of one page model) narrowed by the filters in
    ``params`` (a ``QueryDict``); raises ``ParamError`` on a bad value."""
    filters = parse_filters(params, FILTERS)
    for name, values in filters.items():
        condition = Q()
        for model, lookup in lookups()[name].items():
            if issubclass(queryset.model, model):
                condition |= Q(**{f"{lookup}__in": values})
            elif queryset.model is Page:
                matching = model.objects.filter(**{f"{lookup}__in": values}).values("pk")
                condition |= Q(pk__in=matching)
        queryset = queryset.filter(condition) if condition else queryset.none()
    return queryset.distinct() if filters else queryset


def listing_queryset(index_page, params):
    """What the listing page ``index_page`` shows for ``params``, unpaginated and public:
    the listing's own queryset narrowed by its own ``listing_filters``."""
    queryset = index_page.listing_queryset().public()
    filters = parse_filters(params, index_page.listing_filters)
    for name, values in filters.items():
        queryset = queryset.filter(**{f"{index_page.listing_filters[name]}__in": values})
    return queryset.distinct() if filters else queryset
