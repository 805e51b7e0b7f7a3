from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from hub.core.blocks import RICH_TEXT_FEATURES
from hub.core.models import BasePage, SectionIndexPage


class CoLeadKind(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    MULTILATERAL = "multilateral", _("Multilateral organisation")


class WorkingGroupIndexPage(SectionIndexPage):
    child_model = "workinggroups.WorkingGroupPage"

    class Meta:
        verbose_name = _("working group index page")


class WorkingGroupPage(BasePage):
    """A thematic working group, co-led by governments and civil society."""

    theme = models.ForeignKey(
        "taxonomy.Theme", verbose_name=_("theme"), on_delete=models.PROTECT, related_name="+"
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.RelatedFields("theme", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("co_leads", [index.SearchField("organisation")]),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("theme"),
        FieldPanel("description"),
        InlinePanel("co_leads", label=_("Co-leads"), min_num=1),
    ]
    # Fetched with the page when it is routed (HomePage.route).
    route_select_related = ["theme"]
    route_prefetch_related = ["co_leads__member"]
    # How its section index lists it (hub.core.models.SectionIndexPage).
    listing_order = ("title",)
    listing_select = ("theme",)
    listing_prefetch = ("co_leads",)
    facets = {
        "theme": "theme__slug",
        "member": "co_leads__member__slug",
        "region": "co_leads__member__region",
    }
    parent_page_types = ["workinggroups.WorkingGroupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("working group page")

    def related_theme_slugs(self):
        return [self.theme.slug]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.prefetch_relations()
        context["co_leads"] = list(self.co_leads.all())
        return context


class CoLead(TranslatableMixin, Orderable):
    page = ParentalKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="co_leads")
    organisation = models.CharField(_("organisation"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=CoLeadKind.choices)
    member = models.ForeignKey(
        "taxonomy.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("organisation"), FieldPanel("kind"), FieldPanel("member")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("co-lead")
        verbose_name_plural = _("co-leads")

    def __str__(self):
        return self.organisation
