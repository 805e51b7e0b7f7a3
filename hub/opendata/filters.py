"""The hub's filter vocabulary on the ORM: ``theme``, ``member``, ``region``, ``year``.

The values are those of the search facets and listing pages (``theme=<Theme.slug>``,
``member=<Member.slug>``, ``region=<Region key>``, ``year=<four digits>``), parsed by
``hub.pages.listing.parse_filters`` (bad values raise ``hub.core.params.ParamError``).
``LOOKUPS`` says, for each page type, which field answers each filter, so any page queryset can be
filtered, whatever the mix of types in it.
"""

from django.db.models import Q
from wagtail.models import Page

from hub.awards.models import AwardPage
from hub.commitments.models import CommitmentPage
from hub.core.params import ParamError
from hub.guide.models import GuideChapterPage
from hub.pages.listing import parse_filters
from hub.pages.models import StrategicObjectivePage
from hub.stories.models import StoryPage
from hub.workinggroups.models import WorkingGroupPage

__all__ = ["FILTERS", "LOOKUPS", "ParamError", "filter_pages", "listing_queryset"]

FILTERS = ("theme", "member", "region", "year")

LOOKUPS = {
    "theme": {
        StoryPage: "themes__slug",
        CommitmentPage: "themes__slug",
        StrategicObjectivePage: "themes__slug",
        GuideChapterPage: "theme__slug",
        WorkingGroupPage: "theme__slug",
    },
    "member": {
        StoryPage: "member__slug",
        CommitmentPage: "member__slug",
        AwardPage: "winners__member__slug",
        WorkingGroupPage: "co_leads__member__slug",
    },
    "region": {
        StoryPage: "region",
        CommitmentPage: "member__region",
        AwardPage: "winners__member__region",
        WorkingGroupPage: "co_leads__member__region",
    },
    "year": {
        StoryPage: "date__year",
        CommitmentPage: "plan_start_year",
        AwardPage: "year",
    },
}


def filter_pages(queryset, params):
    """``queryset`` (of ``Page`` or of one page model) narrowed by the filters in
    ``params`` (a ``QueryDict``); raises ``ParamError`` on a bad value."""
    filters = parse_filters(params, FILTERS)
    for name, values in filters.items():
        condition = Q()
        for model, lookup in LOOKUPS[name].items():
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
