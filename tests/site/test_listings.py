"""Listing pages filter by theme, member, region and year with the search facets' values,
paginate, and answer bad input with a clear 400 (404 past the last page)."""

import re

import pytest
from wagtail.models import Locale

from hub.awards.models import AwardIndexPage, AwardPage
from hub.commitments.models import CommitmentIndexPage, CommitmentPage
from hub.core import listing
from hub.guide.models import GuideIndexPage
from hub.stories.models import StoryIndexPage, StoryPage
from hub.workinggroups.models import WorkingGroupIndexPage

INDEXES = [
    StoryIndexPage,
    CommitmentIndexPage,
    AwardIndexPage,
    WorkingGroupIndexPage,
    GuideIndexPage,
]


def index(model, language="en"):
    return model.objects.get(locale=Locale.objects.get(language_code=language))


def titles(response):
    return [page.title for page in response.context["listing"]["page"]]


@pytest.mark.django_db
@pytest.mark.parametrize("model", INDEXES, ids=lambda m: m.__name__)
def test_listing_offers_the_filters_found_in_its_items(client, model):
    response = client.get(index(model).url)
    assert response.status_code == 200
    html = response.content.decode()
    for option in response.context["listing"]["options"]:
        if option["choices"]:
            assert f'<label for="filter-{option["name"]}">' in html
            assert f'name="{option["name"]}"' in html


@pytest.mark.django_db
def test_stories_filtered_by_theme_member_region_and_year(client):
    stories = StoryPage.objects.live().filter(locale__language_code="en")
    story = stories.exclude(member=None).order_by("path").first()
    theme = story.themes.first()
    url = index(StoryIndexPage).url

    by_theme = titles(client.get(url, {"theme": theme.slug}))
    assert story.title in by_theme
    assert set(by_theme) == set(
        stories.filter(themes__slug=theme.slug).values_list("title", flat=True)
    )
    assert len(by_theme) < stories.count()

    by_member = titles(client.get(url, {"member": story.member.slug}))
    assert set(by_member) == set(
        stories.filter(member__slug=story.member.slug).values_list("title", flat=True)
    )
    by_region = titles(client.get(url, {"region": story.region}))
    assert set(by_region) == set(
        stories.filter(region=story.region).values_list("title", flat=True)
    )
    by_year = titles(client.get(url, {"year": story.date.year}))
    assert set(by_year) == set(
        stories.filter(date__year=story.date.year).values_list("title", flat=True)
    )
    combined = titles(client.get(url, {"theme": theme.slug, "year": story.date.year}))
    assert story.title in combined and set(combined) <= set(by_theme) & set(by_year)


@pytest.mark.django_db
def test_selected_filter_is_shown_and_theme_names_are_in_the_readers_language(client):
    story = StoryPage.objects.live().filter(locale__language_code="fr").order_by("path").first()
    theme = story.themes.first()
    response = client.get(index(StoryIndexPage, "fr").url, {"theme": theme.slug})
    html = response.content.decode()
    assert re.search(
        rf'<option value="{theme.slug}" selected>{re.escape(theme.name)}</option>', html
    )
    assert theme.locale.language_code == "fr"


@pytest.mark.django_db
def test_commitments_filtered_by_region_through_their_member(client):
    commitments = CommitmentPage.objects.live().filter(locale__language_code="en")
    region = commitments.first().member.region
    found = titles(client.get(index(CommitmentIndexPage).url, {"region": region}))
    assert set(found) == set(
        commitments.filter(member__region=region).values_list("title", flat=True)
    )


@pytest.mark.django_db
def test_awards_filtered_by_year_and_winning_member(client):
    editions = AwardPage.objects.live().filter(locale__language_code="en")
    edition = editions.order_by("year").first()
    url = index(AwardIndexPage).url
    assert titles(client.get(url, {"year": edition.year})) == [edition.title]
    winner = edition.winners.exclude(member=None).first()
    found = titles(client.get(url, {"member": winner.member.slug}))
    assert edition.title in found


@pytest.mark.django_db
def test_listing_is_paginated_and_keeps_the_filters(client, monkeypatch):
    monkeypatch.setattr(listing, "PER_PAGE", 2)
    stories = StoryPage.objects.live().filter(locale__language_code="en")
    region = stories.first().region
    expected = stories.filter(region=region).count()
    url = index(StoryIndexPage).url
    first = client.get(url, {"region": region})
    assert len(titles(first)) == min(2, expected)
    if expected > 2:
        assert f'href="?region={region}&amp;page=2"' in first.content.decode()
    everything = client.get(url)
    pages = everything.context["listing"]["page"].paginator.num_pages
    assert pages == -(-stories.count() // 2)
    last = client.get(url, {"page": pages})
    assert last.status_code == 200
    assert 'rel="prev"' in last.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, message",
    [
        ({"year": "20x4"}, "Invalid year"),
        ({"region": "atlantis"}, "Unknown region"),
        ({"theme": "<script>"}, "Invalid theme"),
        ({"page": "two"}, "Invalid page"),
    ],
)
def test_bad_filters_answer_400_with_a_message(client, params, message):
    response = client.get(index(StoryIndexPage).url, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<script>" not in html.split("<main", 1)[1]


@pytest.mark.django_db
def test_page_past_the_end_is_a_404_and_unknown_slug_an_empty_list(client):
    url = index(StoryIndexPage).url
    assert client.get(url, {"page": 999}).status_code == 404
    response = client.get(url, {"theme": "no-such-theme"})
    assert response.status_code == 200
    assert titles(response) == []
