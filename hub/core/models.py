"""The base layer of every page type: ``BasePage``, ``ThemedMixin`` and ``localized``.

Content apps (guide, stories, awards, working groups, commitments) and ``hub.pages``
build on these; this module imports nothing of theirs (``docs/architecture.md``).
"""

from django.apps import apps
from django.db import models
from django.db.models import OuterRef, Subquery, TextField, Value, prefetch_related_objects
from django.db.models.functions import Concat
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page
from wagtail.search import index

from hub.cache.menus import main_menu
from hub.taxonomy.models import Theme

from .forms import HubPageForm
from .i18n import language_links, unavailable_language
from .images import PageImagesMixin, with_card_images
from .listing import ListingMixin
from .related import related_by_theme


def localized(queryset_model, pages, locale=None):
    """The live translations of ``pages`` in ``locale`` (the active one by default), source
    pages as fallback.

    One query whatever the number of pages, in the order given.
    """
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    locale = locale or Locale.get_active()
    if all(p.locale_id == locale.pk and p.live for p in pages):
        return pages  # already the live pages of this locale: nothing to look up
    found = {
        p.translation_key: p
        for p in queryset_model.objects.live()
        .filter(translation_key__in=[p.translation_key for p in pages], locale=locale)
        .select_related("locale")
    }
    return [found.get(p.translation_key, p) for p in pages if p.live or p.translation_key in found]


class BasePage(PageImagesMixin, Page):
    """What every page of the hub shares: an introduction, listing and social images, search
    fields."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences; shown in listings, search results and link previews."),
    )
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.AutocompleteField("introduction"),
        index.FilterField("locale_id"),
    ]
    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + PageImagesMixin.image_panels

    base_form_class = HubPageForm

    # The page's own relations, fetched with it when it is routed (HomePage.route), and
    # the cached properties named in ``route_cached_properties`` (what the page shows of
    # other pages), evaluated then.
    route_select_related = ()
    route_prefetch_related = ()
    route_cached_properties = ()

    # The hub's filters (theme, member, region, year: hub.core.listing) this page type
    # answers, each with the lookup of its values: read by the section index, exports and
    # the open data API (docs/architecture.md, "Add a facet").
    facets = {}
    # How a section index lists pages of this type (SectionIndexPage).
    listing_order = ("path",)
    listing_select = ()
    listing_prefetch = ()
    # Images a card shows besides the listing image (e.g. the hero image as fallback).
    card_image_fields = ()

    class Meta:
        abstract = True

    @classmethod
    def for_cards(cls, queryset):
        """``queryset`` with what its cards show read by the same query."""
        return with_card_images(queryset, *cls.card_image_fields)

    def prefetch_relations(self):
        """Fetches ``route_prefetch_related`` in one query each, unless the page was routed
        with them, or is a preview (its items are in memory, not in the database)."""
        prefetch_related_objects(
            [self],
            *(
                lookup
                for lookup in self.route_prefetch_related
                if not self._in_memory(getattr(lookup, "prefetch_to", lookup).split("__")[0])
            ),
        )

    def _in_memory(self, relation):
        # modelcluster answers a relation held in memory (a preview) with a FakeQuerySet.
        return isinstance(getattr(self, relation).all(), FakeQuerySet)

    @property
    def meta_description(self):
        return self.search_description or self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["language_links"] = language_links(self, request)
        context["unavailable_language"] = unavailable_language(request)
        context["breadcrumbs"] = self.breadcrumbs()
        context["main_menu"] = main_menu(self)
        context["related"] = related_by_theme(self)
        # The same host as the hreflang alternates (language_links).
        context["canonical_url"] = request.build_absolute_uri(self.get_url(request))
        return context

    def breadcrumbs(self):
        """The ancestors below the root, top first (found while routing, if routed)."""
        found = getattr(self, "_breadcrumbs", None)
        if found is not None:
            return found
        if self.depth <= 2:  # the root and the home pages have none
            return []
        return self.get_ancestors().filter(depth__gt=1)

    def related_theme_slugs(self):
        """The slugs of the themes this page is about, for related content."""
        return []

    def main_menu(self):
        """The sections under this page's home page (``{"title", "url"}``, cached)."""
        return main_menu(self)


THEME_PAIR_SEPARATOR = "|"


class ThemePairs(models.Aggregate):
    """Text values joined by ``THEME_PAIR_SEPARATOR`` (PostgreSQL's STRING_AGG, SQLite's
    GROUP_CONCAT)."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, '" + THEME_PAIR_SEPARATOR + "')"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


class ThemedMixin(models.Model):
    """Pages filed under themes. Themes are copied to translations as they are, so they
    are shown through their slug in the reader's language."""

    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.localize_themes()
        return super().save(*args, **kwargs)

    def localize_themes(self):
        """Point the themes at their versions in this page's locale (translations copy
        the source's themes)."""
        if self.locale_id is None:
            return
        themes = list(self.themes.all())
        if all(theme.locale_id == self.locale_id for theme in themes):
            return
        local = {
            theme.translation_key: theme
            for theme in Theme.objects.filter(
                locale_id=self.locale_id,
                translation_key__in=[theme.translation_key for theme in themes],
            )
        }
        self.themes = [local.get(theme.translation_key, theme) for theme in themes]

    @cached_property
    def _themes(self):
        return list(self.themes.all())

    def theme_list(self):
        return sorted(self._themes, key=lambda theme: theme.name)

    @classmethod
    def for_cards(cls, queryset):
        return cls.with_card_themes(super().for_cards(queryset))

    @classmethod
    def with_card_themes(cls, queryset):
        """``queryset`` with each page's themes as ``slug:name`` pairs read by the same
        query (a subquery), for the theme chips of cards: no query per listing."""
        source = cls._meta.model_name
        pairs = (
            cls.themes.through.objects.filter(**{source: OuterRef("pk")})
            .values(source)
            .annotate(
                pairs=ThemePairs(
                    Concat("theme__slug", Value(":"), "theme__name", output_field=TextField())
                )
            )
            .values("pairs")
        )
        return queryset.annotate(card_theme_pairs=Subquery(pairs, output_field=TextField()))

    def card_themes(self):
        """The themes of the page's card (``{"slug", "name"}``), by name."""
        pairs = getattr(self, "card_theme_pairs", None)
        if pairs is None and not hasattr(self, "card_theme_pairs"):
            return [{"slug": t.slug, "name": t.name} for t in self.theme_list()]
        themes = [
            {"slug": pair.partition(":")[0], "name": pair.partition(":")[2]}
            for pair in (pairs or "").split(THEME_PAIR_SEPARATOR)
            if pair
        ]
        return sorted(themes, key=lambda theme: theme["name"])

    def theme_slugs(self):
        return [theme.slug for theme in self._themes]

    def related_theme_slugs(self):
        return self.theme_slugs()


class SectionIndexPage(ListingMixin, BasePage):
    """The index of a section: its live children of ``child_model`` ("app.Model"),
    filtered by the child model's ``facets`` (``hub.core.listing``), in its
    ``listing_order``, with its ``listing_select`` and ``listing_prefetch``.

    A concrete index page names its child model; its ``subpage_types`` follow from it.
    """

    child_model = ""

    parent_page_types = ["pages.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.child_model and "subpage_types" not in cls.__dict__:
            cls.subpage_types = [cls.child_model]

    @property
    def listing_filters(self):
        return apps.get_model(self.child_model).facets

    def listing_queryset(self):
        model = apps.get_model(self.child_model)
        return model.for_cards(
            model.objects.child_of(self)
            .live()
            .select_related(*model.listing_select)
            .prefetch_related(*model.listing_prefetch)
            .order_by(*model.listing_order)
        )
