from collections import OrderedDict

from django.apps import apps
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.core.blocks import RICH_TEXT_FEATURES
from hub.core.models import BasePage, SectionIndexPage
from hub.taxonomy.models import AmbitionLevel

from .blocks import RecommendationBlock


def chosen_ids(raw):
    """The page ids of a ``ListBlock(PageChooserBlock())``'s raw JSON (either format)."""
    ids = []
    for entry in raw or []:
        value = entry.get("value") if isinstance(entry, dict) else entry
        if isinstance(value, int):
            ids.append(value)
    return ids


def localized_examples(model, ids, locale_id):
    """``{chosen id: page}``: the live translation of each chosen ``model`` page in the
    locale, else the chosen page itself if live (as ``localized``); titles and URLs only,
    in one query."""
    if not ids:
        return {}
    sources = Page.objects.filter(pk__in=ids).values("translation_key")
    rows = list(
        Page.objects.type(model)
        .filter(Q(pk__in=ids) | Q(locale_id=locale_id, translation_key__in=sources, live=True))
        .select_related("locale")
    )
    translated = {row.translation_key: row for row in rows if row.locale_id == locale_id}
    found = {}
    for row in rows:
        if row.pk in ids:
            page = translated.get(row.translation_key) or (row if row.live else None)
            if page is not None and page.live:
                found[row.pk] = page
    return found


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
    # How its section index lists it (hub.core.models.SectionIndexPage).
    listing_select = ("theme",)
    facets = {"theme": "theme__slug"}
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
        """Recommendations grouped by ambition level, examples in the reader's language.

        Read from the stream's raw JSON: converting the blocks would load each chooser's
        page in full, one query per page type, before the examples are read again in the
        reader's language. Here the examples take one query per page type.
        """
        # String references: the guide is independent of the apps it links to.
        CommitmentPage = apps.get_model("commitments", "CommitmentPage")  # noqa: N806
        StoryPage = apps.get_model("stories", "StoryPage")  # noqa: N806

        text_block = RecommendationBlock.base_blocks["text"]
        items = [
            (item.get("id"), item.get("value") or {})
            for item in self.recommendations.raw_data
            if item.get("type") == "recommendation"
        ]
        ids = {
            kind: [pk for _id, value in items for pk in chosen_ids(value.get(kind))]
            for kind in ("commitments", "stories")
        }
        examples = {
            "commitments": localized_examples(CommitmentPage, ids["commitments"], self.locale_id),
            "stories": localized_examples(StoryPage, ids["stories"], self.locale_id),
        }
        labels = dict(AmbitionLevel.choices)
        groups = OrderedDict((level, []) for level in labels)
        for block_id, value in items:
            if value.get("level") not in groups:
                continue
            groups[value["level"]].append(
                {
                    "id": block_id,
                    "title": value.get("title", ""),
                    "text": text_block.to_python(value.get("text", "")),
                    **{
                        kind: [
                            examples[kind][pk]
                            for pk in chosen_ids(value.get(kind))
                            if pk in examples[kind]
                        ]
                        for kind in examples
                    },
                }
            )
        return [
            {"level": level, "label": str(labels[level]), "items": items}
            for level, items in groups.items()
            if items
        ]


class GuideIndexPage(SectionIndexPage):
    child_model = "guide.GuideChapterPage"

    class Meta:
        verbose_name = _("guide index page")
