import datetime

import factory
import wagtail_factories

from hub.taxonomy.factories import MemberFactory

from .models import StoryIndexPage, StoryPage


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
