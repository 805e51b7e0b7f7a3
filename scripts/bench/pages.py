"""The pages the benchmark and the query-budget tests measure: one of each type."""

from urllib.parse import urlencode

from wagtail.models import Locale

from hub.awards.models import AwardIndexPage, AwardPage
from hub.commitments.models import CommitmentIndexPage, CommitmentPage
from hub.guide.models import GuideChapterPage, GuideIndexPage
from hub.pages.models import DeclarationPage, HomePage
from hub.stories.models import StoryIndexPage, StoryPage
from hub.workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

from .generate import SLUG_PREFIX

PAGE_TYPES = {
    "home": HomePage,
    "guide_index": GuideIndexPage,
    "story_index": StoryIndexPage,
    "commitment_index": CommitmentIndexPage,
    "award_index": AwardIndexPage,
    "working_group_index": WorkingGroupIndexPage,
    "guide_chapter": GuideChapterPage,
    "story": StoryPage,
    "commitment": CommitmentPage,
    "award": AwardPage,
    "working_group": WorkingGroupPage,
    "declaration": DeclarationPage,
}
# Generated page kind (scripts/bench/generate.py) → page type.
KIND_TYPES = {
    "guide": "guide_chapter",
    "story": "story",
    "commitment": "commitment",
    "award": "award",
    "workinggroup": "working_group",
}
SEARCH_QUERIES = {"en": "open government", "fr": "gouvernement ouvert", "es": "gobierno abierto"}


def page_urls(language_code, pick=None):
    """``{page type: URL}`` in one language, the search page included.

    ``pick`` maps page types to the page to measure (its translation is used); otherwise
    the first demo page of the type, the same whatever the amount of generated content.
    """
    locale = Locale.objects.get(language_code=language_code)
    urls = {}
    for name, model in PAGE_TYPES.items():
        page = (pick or {}).get(name)
        if page is not None:
            page = page.get_translation(locale)
        else:
            page = (
                model.objects.live()
                .filter(locale=locale)
                .exclude(slug__startswith=SLUG_PREFIX)
                .order_by("path")
                .first()
            )
        urls[name] = page.url
    urls["search"] = f"/{language_code}/search/?{urlencode({'q': SEARCH_QUERIES[language_code]})}"
    return urls
