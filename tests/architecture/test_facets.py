"""A facet is declared once, on its page model (``facets``): the section index, its
filters and the open data filters all follow that one declaration."""

import datetime

import pytest
from django.http import QueryDict
from wagtail.models import Locale, Page

from hub.opendata import filters
from hub.workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage


@pytest.fixture
def year_facet(monkeypatch):
    """Working groups get a ``year`` facet (the year they were first published)."""
    monkeypatch.setattr(
        WorkingGroupPage,
        "facets",
        {**WorkingGroupPage.facets, "year": "first_published_at__year"},
    )
    filters.lookups.cache_clear()
    yield
    filters.lookups.cache_clear()


def working_groups():
    index = WorkingGroupIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
    groups = list(WorkingGroupPage.objects.child_of(index).live().order_by("title"))
    return index, groups


@pytest.mark.django_db
def test_without_the_facet_the_listing_has_no_year_filter(client):
    index, _groups = working_groups()
    response = client.get(index.url)
    assert [o["name"] for o in response.context["listing"]["options"]] == [
        "theme",
        "member",
        "region",
    ]


@pytest.mark.django_db
def test_a_facet_added_to_the_page_model_filters_listing_and_open_data(client, year_facet):
    index, groups = working_groups()
    assert len(groups) >= 2
    # One group published in another year than the others.
    old = groups[0]
    old.first_published_at = datetime.datetime(2015, 6, 1, tzinfo=datetime.UTC)
    old.save(update_fields=["first_published_at"])

    response = client.get(index.url)
    options = {o["name"]: o for o in response.context["listing"]["options"]}
    assert "year" in options
    assert 2015 in [value for value, _label in options["year"]["choices"]]

    response = client.get(index.url, {"year": "2015"})
    assert response.status_code == 200
    assert [page.pk for page in response.context["listing"]["page"]] == [old.pk]

    # The open data filters (exports, feeds, the API) read the same declaration.
    found = filters.filter_pages(Page.objects.live(), QueryDict("year=2015"))
    assert old.pk in set(found.values_list("pk", flat=True))
    assert not set(found.values_list("pk", flat=True)) & {g.pk for g in groups[1:]}
