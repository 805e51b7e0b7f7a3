"""No N+1 queries: each page type, and each listing with its filters, runs the same number
of queries with 5 and with 50 related items (children of a listing, milestones, winners,
co-leads, recommendations, related content by theme)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.awards.models import AwardIndexPage
from hub.commitments.models import CommitmentIndexPage
from hub.guide.models import GuideIndexPage
from hub.stories.models import StoryIndexPage
from hub.taxonomy.models import Theme
from hub.workinggroups.models import WorkingGroupIndexPage
from scripts.bench.generate import generate

INDEXES = [
    StoryIndexPage,
    CommitmentIndexPage,
    AwardIndexPage,
    WorkingGroupIndexPage,
    GuideIndexPage,
]


def urls(created):
    theme = Theme.objects.filter(locale__language_code="en").order_by("slug").first().slug
    result = {kind: pages[0].url for kind, pages in created.items()}
    for model in INDEXES:
        index = model.objects.get(locale__language_code="en")
        result[model.__name__] = index.url
        result[f"{model.__name__} filtered"] = f"{index.url}?theme={theme}&year=2020&region=europe"
        result[f"{model.__name__} page 2"] = f"{index.url}?page=2"
    return result


def counts(client, created):
    found = {}
    for name, url in urls(created).items():
        client.get(url)  # warm the site root paths and content types
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code in (200, 404), url  # few items: no page 2 yet
        found[name] = (response.status_code, len(queries))
    return found


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_related_items(client):
    generate(per_kind=25, related=5)  # enough children for a second listing page
    small = counts(client, generate(per_kind=5, related=5))
    large = counts(client, generate(per_kind=50, related=50))
    growing = {name: (small[name], large[name]) for name in small if small[name] != large[name]}
    assert not growing, f"queries grow with related items (5 → 50): {growing}"
