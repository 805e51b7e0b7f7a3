from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from hub.core.blocks import BodyBlock
from hub.core.models import BasePage, SectionIndexPage, ThemedMixin, localized
from hub.taxonomy.models import OGPValue, Region


class StoryIndexPage(SectionIndexPage):
    child_model = "stories.StoryPage"

    class Meta:
        verbose_name = _("story index page")


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryPage(ThemedMixin, BasePage):
    """An OpenStory: the impact of an open government reform, told for readers."""

    member = models.ForeignKey(
        "taxonomy.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        blank=True,
        help_text=_("Left empty, it is taken from the member."),
    )
    ogp_values = ParentalManyToManyField(
        OGPValue, verbose_name=_("OGP values"), blank=True, related_name="+"
    )
    date = models.DateField(_("date"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    related_commitments = ParentalManyToManyField(
        "commitments.CommitmentPage",
        verbose_name=_("related commitments"),
        blank=True,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("region"),
        index.RelatedFields("member", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("member"),
                FieldPanel("region"),
                FieldPanel("date"),
                FieldPanel("themes"),
                FieldPanel("ogp_values"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("related_commitments"),
    ]
    # Fetched with the page when it is routed (HomePage.route).
    route_select_related = ["member"]
    route_prefetch_related = ["themes", "ogp_values", "tags", "related_commitments"]
    route_cached_properties = ["commitments_for_reader"]
    # How its section index lists it (hub.core.models.SectionIndexPage).
    listing_order = ("-date", "title")
    listing_select = ("member",)
    card_image_fields = ("hero_image",)
    facets = {
        "theme": "themes__slug",
        "member": "member__slug",
        "region": "region",
        "year": "date__year",
    }
    # Offered as related content of pages on the same themes (hub.core.related).
    related_key = "stories"
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story page")
        indexes = [models.Index(fields=["date"], name="story_date_idx")]

    def save(self, *args, **kwargs):
        if not self.region and self.member_id:
            self.region = self.member.region
        return super().save(*args, **kwargs)

    @cached_property
    def commitments_for_reader(self):
        model = self._meta.get_field("related_commitments").related_model
        return localized(model, list(self.related_commitments.all()), self.locale)
