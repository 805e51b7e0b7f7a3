"""Listing pages: filters by theme, member, region and year, paginated.

Filters take the search facets' parameters and values (``theme=<Theme.slug>``,
``member=<Member.slug>``, ``region=<Region key>``, ``year=<four digits>``), so a listing URL
and a search URL filter the same way. Several values of one filter match any of them
(``?theme=a&theme=b`` or ``?theme=a,b``). Bad values answer 400 with a message; a page
number past the end answers 404. The number of queries does not depend on the number of
items.
"""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.html import format_html_join
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from hub.cache.content import cached, cached_rows
from hub.core import params as param
from hub.taxonomy.models import AmbitionLevel, Member, Region, Theme, ValueKey

PER_PAGE = 12
MAX_VALUES = 20
MAX_PAGE = 100_000

FILTER_LABELS = {
    "theme": _("Theme"),
    "member": _("Member"),
    "region": _("Region"),
    "year": _("Year"),
}


FilterError = param.ParamError

# Filters whose values are one of a fixed set (the others are years or slugs).
FILTER_CHOICES = {
    "region": Region.values,
    "value": ValueKey.values,
    "level": AmbitionLevel.values,
}


def filter_value(name, value, choices=None):
    """One value of the filter ``name``: a year (four digits), one of its choices
    (``FILTER_CHOICES``, or ``choices[name]``), else a slug; raises ``ParamError``."""
    if name == "year":
        return param.year(value, name)
    allowed = (choices or {}).get(name, FILTER_CHOICES.get(name))
    if allowed is not None:
        return param.choice(value, name, sorted(allowed))
    return param.slug(value, name)


def filter_values(params, names, choices=None, dropped=None):
    """``{name: [values]}`` for the filters in ``names``: the one parser of listings,
    search, exports, feeds and the API. A bad value raises ``ParamError``, or, given a
    ``dropped`` list, is left out and its ``(field, message)`` added to the list."""
    filters = {}
    for name in names:
        try:
            raws = param.values(params, name, limit=MAX_VALUES)
        except param.ParamError as error:
            if dropped is None:
                raise
            dropped.append((error.field, error.message))
            continue
        values = []
        for raw in raws:
            try:
                value = filter_value(name, raw, choices)
            except param.ParamError as error:
                if dropped is None:
                    raise
                dropped.append((error.field, error.message))
                continue
            if value not in values:
                values.append(value)
        if values:
            filters[name] = values
    return filters


def parse_filters(params, names):
    """``filter_values`` of pages (listings, exports, the API): a NUL character in any
    parameter is refused too."""
    param.check_text(params)
    return filter_values(params, names)


def _options(name, lookup, queryset, locale):
    """The values of one filter found in ``queryset``, as ``(value, label)`` pairs."""
    values = queryset.order_by().values_list(lookup, flat=True).distinct()
    if name in ("theme", "member"):
        model = Theme if name == "theme" else Member
        return list(
            model.objects.filter(locale=locale, slug__in=values)
            .order_by("name")
            .values_list("slug", "name")
        )
    present = {value for value in values if value}
    if name == "region":
        # Labels as text: lazy ones are slow to unpickle from the cache.
        return [(value, str(label)) for value, label in Region.choices if value in present]
    return [(year, year) for year in sorted(present, reverse=True)]


class ListingMixin:
    """For index pages: ``listing_queryset()`` filtered by ``listing_filters``
    (filter name → lookup), paginated, as ``listing`` in the context."""

    listing_filters = {}

    def listing_queryset(self):
        raise NotImplementedError

    def get_listing(self, request):
        queryset = self.listing_queryset()
        listing = {"filters": {}, "error": "", "options": []}
        try:
            filters = parse_filters(request.GET, self.listing_filters)
        except FilterError as error:
            listing["error"] = str(error)
            filters = {}
        for name, lookup in self.listing_filters.items():
            # Cached until the next publication (hub.cache.content).
            choices = cached(
                "listing-options",
                [self.pk, name, get_language()],
                lambda name=name, lookup=lookup: _options(name, lookup, queryset, self.locale),
            )
            selected = {str(value) for value in filters.get(name, [])}
            listing["options"].append(
                {
                    "name": name,
                    "label": FILTER_LABELS[name],
                    "choices": choices,
                    # Joined here: a template loop over a hundred members costs milliseconds.
                    "option_tags": format_html_join(
                        "",
                        '<option value="{}"{}>{}</option>',
                        (
                            (value, " selected" if str(value) in selected else "", label)
                            for value, label in choices
                        ),
                    ),
                }
            )
        for name, values in filters.items():
            queryset = queryset.filter(**{f"{self.listing_filters[name]}__in": values})
        if filters:
            queryset = queryset.distinct()
        listing["filters"] = filters

        try:
            number = param.integer(request.GET.get("page", "1"), "page", 1, MAX_PAGE)
        except param.ParamError as error:
            listing["error"] = listing["error"] or error.message
            number = 1
        paginator = Paginator(queryset, PER_PAGE)
        # The count (a COUNT over every item) and the page's items (a sort of every item),
        # per listing, filters and page number.
        parts = [self.pk, sorted(filters.items())]
        paginator.count = cached("listing-count", parts, queryset.count)
        try:
            page = paginator.page(number)
        except EmptyPage as error:
            raise Http404(gettext("There is no such page in this listing.")) from error
        start = (page.number - 1) * PER_PAGE
        page.object_list = cached_rows(
            "listing-items", [*parts, page.number], queryset, start, start + PER_PAGE
        )
        listing["page"] = page
        query = request.GET.copy()
        query.pop("page", None)
        listing["query"] = query.urlencode()
        return listing

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.get_listing(request)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["listing"]["error"]:
            response.status_code = 400
        return response
