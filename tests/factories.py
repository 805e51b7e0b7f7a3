"""Factories for tests that need a page or snippet of their own rather than the demo content."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from hub.commitments.models import CommitmentIndexPage, CommitmentPage, Milestone
from hub.stories.models import StoryIndexPage, StoryPage
from hub.taxonomy.models import Member, Theme


class LocaleDefault(factory.LazyFunction):
    def __init__(self, code="en"):
        super().__init__(lambda: Locale.objects.get(language_code=code))


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "A theme of open government reform."
    locale = LocaleDefault()

    class Meta:
        model = Theme


class MemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Member {n}")
    slug = factory.Sequence(lambda n: f"member-{n}")
    kind = "national"
    country = "CL"
    region = "americas"
    locale = LocaleDefault()

    class Meta:
        model = Member


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "OpenStories"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    introduction = "How a reform changed lives."
    member = factory.SubFactory(MemberFactory)
    date = datetime.date(2024, 5, 1)

    class Meta:
        model = StoryPage


class CommitmentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Commitments"

    class Meta:
        model = CommitmentIndexPage


class CommitmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Commitment {n}")
    member = factory.SubFactory(MemberFactory)
    level = "national"
    plan_start_year = 2022
    plan_end_year = 2024
    status = "substantial"

    class Meta:
        model = CommitmentPage


class MilestoneFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CommitmentPageFactory)
    description = factory.Sequence(lambda n: f"Milestone {n}")
    start_date = "2022-01-01"
    end_date = "2022-12-31"
    status = "complete"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = Milestone
