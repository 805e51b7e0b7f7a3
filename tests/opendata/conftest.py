import datetime

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from hub.commitments.models import CommitmentIndexPage, CommitmentPage, Milestone
from hub.stories.models import StoryIndexPage, StoryPage
from hub.taxonomy.models import Member, Theme
from tests.search.conftest import es, search_index  # noqa: F401 - for the export scale tests

HIDDEN = "Zzhidden"


@pytest.fixture(autouse=True)
def fresh_rate_limit(db):
    """The rate limit counts requests in the cache: each test starts afresh."""
    cache.clear()
    yield
    cache.clear()


def _story(title, live=True):
    index = StoryIndexPage.objects.get(locale__language_code="en")
    page = StoryPage(title=title, date=datetime.date(2030, 1, 1), introduction=title)
    page.member = Member.objects.get(locale=index.locale, slug="cl")
    index.add_child(instance=page)
    page.themes.set([Theme.objects.get(locale=index.locale, slug="open-data")])
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save_revision()
        page.save()
    return page


def _commitment(title, live=True):
    index = CommitmentIndexPage.objects.get(locale__language_code="en")
    page = CommitmentPage(
        title=title,
        member=Member.objects.get(locale=index.locale, slug="cl"),
        level="national",
        plan_start_year=2030,
        plan_end_year=2032,
        is_flagship=True,
    )
    page.milestones = [
        Milestone(
            description=f"{title} milestone",
            start_date=datetime.date(2030, 1, 1),
            end_date=datetime.date(2031, 1, 1),
            locale=index.locale,
        )
    ]
    index.add_child(instance=page)
    page.themes.set([Theme.objects.get(locale=index.locale, slug="open-data")])
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save()
    return page


@pytest.fixture
def hidden_pages(db):
    """A draft and a private (password-protected, live) story and commitment, all in
    English, about open data in Chile: they must never be published as data."""
    draft_story = _story(f"{HIDDEN} draft story", live=False)
    private_story = _story(f"{HIDDEN} private story")
    PageViewRestriction.objects.create(
        page=private_story, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    draft_commitment = _commitment(f"{HIDDEN} draft commitment", live=False)
    private_commitment = _commitment(f"{HIDDEN} private commitment")
    PageViewRestriction.objects.create(
        page=private_commitment, restriction_type=PageViewRestriction.LOGIN
    )
    return [draft_story, private_story, draft_commitment, private_commitment]


def content(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode()
