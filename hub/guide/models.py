from collections import OrderedDict

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from hub.core.images import with_card_images
from hub.pages.blocks import RICH_TEXT_FEATURES
from hub.pages.listing import ListingMixin
from hub.pages.models import BasePage, localized
from hub.taxonomy.models import AmbitionLevel

from .blocks import RecommendationBlock


class GuideIndexPage(ListingMixin, BasePage):
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["guide.GuideChapterPage"]
    max_count_per_parent = 1
    listing_filters = {"theme": "theme__slug"}

    class Meta:
        verbose_name = _("guide index page")

    def listing_queryset(self):
        return with_card_images(
            GuideChapterPage.objects.child_of(self).live().select_related("theme")
        )


class GuideChapterPage(BasePage):
    """A thematic chapter of the Open Government Guide."""

    theme = models.ForeignKey(
        "taxonomy.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES, blank=True)
    recommendations = StreamField(
        [("recommendation", RecommendationBlock())],
        verbose_name=_("recommendations"),
        blank=True,
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("recommendations"),
        index.RelatedFields("theme", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("theme"),
        FieldPanel("body"),
        FieldPanel("recommendations"),
    ]
    # Fetched with the page when it is routed (HomePage.route).
    route_select_related = ["theme"]
    route_cached_properties = ["recommendations_by_level"]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide chapter page")

    def related_theme_slugs(self):
        return [self.theme.slug]

    def ambition_levels(self):
        # From the stream's raw JSON: converting the blocks would load every page the
        # recommendations link to (search indexes this for each chapter).
        order = [level for level, _label in AmbitionLevel.choices]
        levels = {(item.get("value") or {}).get("level") for item in self.recommendations.raw_data}
        return sorted((level for level in levels if level in order), key=order.index)

    @cached_property
    def recommendations_by_level(self):
        """Recommendations grouped by ambition level, examples in the reader's language."""
        from hub.commitments.models import CommitmentPage
        from hub.stories.models import StoryPage

        blocks = list(self.recommendations)
        commitments = localized(
            CommitmentPage, [page for b in blocks for page in b.value["commitments"]], self.locale
        )
        stories = localized(
            StoryPage, [page for b in blocks for page in b.value["stories"]], self.locale
        )
        by_key = {page.translation_key: page for page in commitments + stories}
        labels = dict(AmbitionLevel.choices)
        groups = OrderedDict((level, []) for level in labels)
        for block in blocks:
            value = block.value
            groups[value["level"]].append(
                {
                    "id": block.id,
                    "title": value["title"],
                    "text": value["text"],
                    "commitments": [
                        by_key[p.translation_key]
                        for p in value["commitments"]
                        if p and p.translation_key in by_key
                    ],
                    "stories": [
                        by_key[p.translation_key]
                        for p in value["stories"]
                        if p and p.translation_key in by_key
                    ],
                }
            )
        return [
            {"level": level, "label": str(labels[level]), "items": items}
            for level, items in groups.items()
            if items
        ]
