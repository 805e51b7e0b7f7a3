from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from hub.core.blocks import RICH_TEXT_FEATURES
from hub.core.models import BasePage, SectionIndexPage


class AwardCategory(models.TextChoices):
    WINNER = "winner", _("Winner")
    REGIONAL_CHAMPION = "regional-champion", _("Regional champion")


class AwardPage(BasePage):
    """One edition of the Open Government Awards."""

    year = models.PositiveSmallIntegerField(_("year"))
    edition_theme = models.CharField(_("theme of the edition"), max_length=255)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES, blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("edition_theme"),
        index.SearchField("body"),
        index.FilterField("year"),
        index.RelatedFields("winners", [index.SearchField("name"), index.SearchField("citation")]),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("year"),
        FieldPanel("edition_theme"),
        FieldPanel("body"),
        InlinePanel("winners", label=_("Winners")),
    ]
    route_prefetch_related = ["winners__member"]
    # How its section index lists it (hub.core.models.SectionIndexPage).
    listing_order = ("-year", "title")
    listing_prefetch = ("winners",)
    facets = {
        "member": "winners__member__slug",
        "region": "winners__member__region",
        "year": "year",
    }
    parent_page_types = ["awards.AwardIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("award page")
        indexes = [models.Index(fields=["year"], name="award_year_idx")]

    def winners_by_category(self):
        self.prefetch_relations()
        winners = list(self.winners.all())
        return [
            {"category": value, "label": label, "winners": group}
            for value, label in AwardCategory.choices
            if (group := [w for w in winners if w.category == value])
        ]


class AwardIndexPage(SectionIndexPage):
    child_model = "awards.AwardPage"

    class Meta:
        verbose_name = _("award index page")


class AwardWinner(TranslatableMixin, Orderable):
    page = ParentalKey(AwardPage, on_delete=models.CASCADE, related_name="winners")
    name = models.CharField(_("member or organisation"), max_length=255)
    member = models.ForeignKey(
        "taxonomy.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.CharField(
        _("category"), max_length=20, choices=AwardCategory.choices, default=AwardCategory.WINNER
    )
    citation = models.TextField(_("citation"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("member"),
        FieldPanel("category"),
        FieldPanel("citation"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("award winner")
        verbose_name_plural = _("award winners")

    def __str__(self):
        return self.name
