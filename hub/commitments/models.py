from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from hub.core.blocks import RICH_TEXT_FEATURES, LinkBlock
from hub.core.models import BasePage, SectionIndexPage, ThemedMixin
from hub.taxonomy.models import PROGRESS_PERCENT, Level, OGPValue, Progress


class CommitmentIndexPage(SectionIndexPage):
    child_model = "commitments.CommitmentPage"

    class Meta:
        verbose_name = _("commitment index page")


class CommitmentPage(ThemedMixin, BasePage):
    """A commitment of a national or local action plan (OGP Local handbook, annex 2)."""

    member = models.ForeignKey(
        "taxonomy.Member", verbose_name=_("member"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    plan_start_year = models.PositiveSmallIntegerField(_("action plan starts"))
    plan_end_year = models.PositiveSmallIntegerField(_("action plan ends"))
    problem = RichTextField(_("problem"), features=RICH_TEXT_FEATURES, blank=True)
    status_quo = RichTextField(_("status quo"), features=RICH_TEXT_FEATURES, blank=True)
    action = RichTextField(_("action"), features=RICH_TEXT_FEATURES, blank=True)
    ogp_values = ParentalManyToManyField(
        OGPValue, verbose_name=_("OGP values"), blank=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Progress.choices, default=Progress.NOT_STARTED
    )
    is_flagship = models.BooleanField(_("flagship commitment"), default=False)
    evidence = StreamField([("link", LinkBlock())], verbose_name=_("evidence"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("status_quo"),
        index.SearchField("action"),
        index.FilterField("level"),
        index.FilterField("status"),
        index.FilterField("is_flagship"),
        index.FilterField("plan_start_year"),
        index.RelatedFields("member", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("milestones", [index.SearchField("description")]),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("member"),
                FieldPanel("level"),
                FieldRowPanel([FieldPanel("plan_start_year"), FieldPanel("plan_end_year")]),
                FieldPanel("themes"),
                FieldPanel("ogp_values"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("is_flagship")]),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("problem"),
        FieldPanel("status_quo"),
        FieldPanel("action"),
        InlinePanel("milestones", label=_("Milestones")),
        FieldPanel("evidence"),
    ]
    # Fetched with the page when it is routed (HomePage.route).
    route_select_related = ["member"]
    route_prefetch_related = ["themes", "ogp_values", "milestones"]
    route_cached_properties = ["stories_for_reader"]
    # How its section index lists it (hub.core.models.SectionIndexPage).
    listing_order = ("-is_flagship", "-plan_start_year", "title")
    listing_select = ("member",)
    facets = {
        "theme": "themes__slug",
        "member": "member__slug",
        "region": "member__region",
        "year": "plan_start_year",
    }
    # Offered as related content of pages on the same themes (hub.core.related).
    related_key = "commitments"
    related_order = ("-plan_start_year", "title")
    parent_page_types = ["commitments.CommitmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("commitment page")
        indexes = [
            models.Index(
                fields=["is_flagship", "plan_start_year"], name="commitment_flagship_year_idx"
            )
        ]

    def clean(self):
        super().clean()
        if (
            self.plan_start_year
            and self.plan_end_year
            and self.plan_end_year < self.plan_start_year
        ):
            raise ValidationError(
                {"plan_end_year": _("The action plan cannot end before it starts.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Once for the page, its progress and its JSON-LD (hub.opendata.jsonld).
        self.prefetch_relations()
        milestones = list(self.milestones.all())
        context["milestones"] = milestones
        context["progress_percent"] = self.progress_percent(milestones)
        context["stories"] = self.stories_for_reader
        return context

    @cached_property
    def stories_for_reader(self):
        """The stories about this commitment, in its language."""
        # A string reference: stories and commitments are independent apps.
        StoryPage = apps.get_model("stories", "StoryPage")  # noqa: N806
        # Stories may point at this commitment in any language: match its translations.
        return list(
            StoryPage.objects.live()
            .filter(
                locale_id=self.locale_id, related_commitments__translation_key=self.translation_key
            )
            .distinct()
            .order_by("-date", "title")
        )

    @property
    def action_plan(self):
        return f"{self.plan_start_year}–{self.plan_end_year}"

    def progress_percent(self, milestones=None):
        if milestones is None:
            milestones = list(self.milestones.all())
        if not milestones:
            return PROGRESS_PERCENT[self.status]
        return round(sum(PROGRESS_PERCENT[m.status] for m in milestones) / len(milestones))


class Milestone(TranslatableMixin, Orderable):
    page = ParentalKey(CommitmentPage, on_delete=models.CASCADE, related_name="milestones")
    description = models.TextField(_("description"))
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    status = models.CharField(
        _("status"), max_length=20, choices=Progress.choices, default=Progress.NOT_STARTED
    )

    panels = [
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("status"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return self.description

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A milestone cannot end before it starts.")})

    @property
    def percent(self):
        return PROGRESS_PERCENT[self.status]
