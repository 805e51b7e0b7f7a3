"""Editors can create each page type only where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from hub.awards.models import AwardIndexPage, AwardPage
from hub.commitments.models import CommitmentIndexPage, CommitmentPage
from hub.guide.models import GuideChapterPage, GuideIndexPage
from hub.pages.models import (
    DeclarationPage,
    HomePage,
    StandardPage,
    StrategicObjectivePage,
    StrategyPage,
)
from hub.stories.models import StoryIndexPage, StoryPage
from hub.workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    DeclarationPage: {HomePage, StandardPage},
    StrategyPage: {HomePage},
    StrategicObjectivePage: {StrategyPage},
    GuideIndexPage: {HomePage},
    GuideChapterPage: {GuideIndexPage},
    StoryIndexPage: {HomePage},
    StoryPage: {StoryIndexPage},
    AwardIndexPage: {HomePage},
    AwardPage: {AwardIndexPage},
    WorkingGroupIndexPage: {HomePage},
    WorkingGroupPage: {WorkingGroupIndexPage},
    CommitmentIndexPage: {HomePage},
    CommitmentPage: {CommitmentIndexPage},
}
PAGE_TYPES = list(ALLOWED_PARENTS)


class PageTypeRulesTests(WagtailPageTestCase):
    def test_each_type_has_exactly_its_parents(self):
        for page_type, parents in ALLOWED_PARENTS.items():
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedParentPageTypes(page_type, parents)

    def test_can_create_only_under_allowed_parents(self):
        for child in PAGE_TYPES:
            for parent in PAGE_TYPES:
                with self.subTest(parent=parent.__name__, child=child.__name__):
                    if parent in ALLOWED_PARENTS[child]:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_story_cannot_be_created_at_the_root(self):
        self.assertCanNotCreateAt(Page, StoryPage)
        self.assertCanCreateAt(Page, HomePage)

    def test_section_index_pages_are_unique_under_their_home(self):
        for index_type in [
            GuideIndexPage,
            StoryIndexPage,
            AwardIndexPage,
            WorkingGroupIndexPage,
            CommitmentIndexPage,
        ]:
            with self.subTest(index_type=index_type.__name__):
                home = HomePage.objects.filter(locale__language_code="fr").get()
                self.assertFalse(index_type.can_create_at(home))
