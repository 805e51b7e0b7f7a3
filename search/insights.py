"""The search insights report (admin, Reports menu): top queries and queries that found
nothing, per language and period, each with "add a synonym" (the vocabulary's create form,
prefilled) and "promote a page" (Wagtail's search promotions for that query)."""

import datetime
from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import SearchStat

VIEW_PERMISSION = "search.view_searchstat"
PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30


class InsightsFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=[(str(days), _("Last %(days)s days") % {"days": days}) for days in PERIODS],
        empty_label=None,
        initial=str(DEFAULT_PERIOD),  # the default is no active filter
        method="filter_period",
    )
    zero = django_filters.BooleanFilter(
        label=_("Only queries with no result"), method="filter_zero"
    )

    class Meta:
        model = SearchStat
        fields = ["locale"]

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else {}
        data.setdefault("period", str(DEFAULT_PERIOD))  # always a period, 30 days by default
        super().__init__(data, *args, **kwargs)

    def filter_period(self, queryset, name, value):
        since = timezone.now().date() - datetime.timedelta(days=int(value) - 1)
        return queryset.filter(date__gte=since)

    def filter_zero(self, queryset, name, value):
        return queryset.filter(zero_results__gt=0) if value else queryset


class ActionsColumn(Column):
    cell_template_name = "search/insights_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["row"] = instance
        return context


class SearchInsightsView(ReportView):
    page_title = _("Search insights")
    header_icon = "search"
    model = SearchStat
    filterset_class = InsightsFilterSet
    index_url_name = "search_insights:index"
    index_results_url_name = "search_insights:results"
    default_ordering = "-searches"
    paginate_by = 50
    columns = [
        Column("query", label=_("Query"), sort_key="query"),
        Column("language", label=_("Language")),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("zero_results", label=_("Searches with no result"), sort_key="zero_results"),
        ActionsColumn("actions", label=_("Actions")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filtered_queryset(self):
        return self.get_queryset()  # filtered before the sums (get_queryset)

    def get_queryset(self):
        rows = self.filter_queryset(self.get_base_queryset())
        rows = rows.values("query", "locale").annotate(
            searches=Sum("searches"), zero_results=Sum("zero_results")
        )
        return rows.order_by(self.ordering or "-searches", "query", "locale")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        return paginator, page, self.with_links(rows), is_paginated

    def with_links(self, rows):
        """The page's rows with their language's name and action links (the table is
        made from these)."""
        from wagtail.contrib.search_promotions.models import Query

        rows = [dict(row) for row in rows]
        promotions = dict(
            Query.objects.filter(query_string__in={row["query"] for row in rows}).values_list(
                "query_string", "pk"
            )
        )
        names = dict(settings.LANGUAGES)
        can_promote = self.request.user.has_perm("wagtailsearchpromotions.add_searchpromotion")
        can_add_term = self.request.user.has_perm("taxonomy.add_term")
        for row in rows:
            row["language"] = names.get(row["locale"], _("All languages"))
            if can_add_term:
                language = row["locale"] if row["locale"] in names else settings.LANGUAGE_CODE
                row["add_synonym_url"] = (
                    reverse("wagtailsnippets_taxonomy_term:add")
                    + "?"
                    + urlencode({language: row["query"]})
                )
            if can_promote:
                pk = promotions.get(row["query"])
                row["promote_url"] = (
                    reverse("wagtailsearchpromotions:edit", args=[pk])
                    if pk
                    else reverse("wagtailsearchpromotions:add")
                )
        return rows
