from django.db import models
from django.db.models import OuterRef, Q, Subquery, TextField, Value, prefetch_related_objects
from django.db.models.functions import Concat
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from hub.cache import menus
from hub.cache.content import cached_rows
from hub.cache.menus import main_menu
from hub.core.images import PageImagesMixin, with_card_images
from hub.taxonomy.models import Theme

from .blocks import RICH_TEXT_FEATURES, BodyBlock, DeclarationSectionBlock, PriorityBlock
from .forms import HubPageForm
from .i18n import language_links, unavailable_language
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

    class Meta:
        abstract = True

    def prefetch_relations(self):
        """Fetches ``route_prefetch_related`` in one query each, unless the page was routed
        with them, or is a preview (its items are in memory, not in the database)."""
        in_memory = getattr(self, "_cluster_related_objects", {})
        prefetch_related_objects(
            [self],
            *(
                lookup
                for lookup in self.route_prefetch_related
                if getattr(lookup, "prefetch_to", lookup).split("__")[0] not in in_memory
            ),
        )

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


class HomePage(BasePage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "guide.GuideIndexPage",
        "stories.StoryIndexPage",
        "awards.AwardIndexPage",
        "workinggroups.WorkingGroupIndexPage",
        "commitments.CommitmentIndexPage",
        "pages.DeclarationPage",
        "pages.StrategyPage",
        "pages.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """The page at ``path_components`` under this home page, found through its
        ``url_path`` in two queries whatever the depth (Wagtail's ``Page.route`` takes
        two per URL segment); the first also reads the main menu when it is not cached.
        As ``Page.route``: only the last page must be live (private
        pages are checked by Wagtail's ``before_serve_page`` hook afterwards)."""
        if not path_components:
            return super().route(request, path_components)
        # The page and the ancestors below this home page: their url_paths are the
        # prefixes of the requested one.
        prefixes = [
            self.url_path + "".join(f"{part}/" for part in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]
        # slug__in lets the database use the slug index (url_path has none).
        wanted = Q(slug__in=path_components, url_path__in=prefixes)
        # The main menu's sections, read by the same query when the menu is not cached.
        menu_missing = not menus.is_cached(self.path)
        if menu_missing:
            wanted |= Q(depth=menus.MENU_DEPTH, live=True, show_in_menus=True)
        rows = list(Page.objects.filter(wanted, path__startswith=self.path))
        if menu_missing:
            menus.remember(self.path, [row for row in rows if menus.is_section(row)])
        found = {
            page.url_path: page
            for page in rows
            if page.url_path in prefixes and page.slug in path_components
        }
        if any(
            p.specific_class is None or p.specific_class.route is not Page.route
            for p in found.values()
        ):
            # A page type with its own routing (e.g. RoutablePageMixin) on the way: route
            # the request as Wagtail does, segment by segment.
            return super().route(request, path_components)
        page = found.get(prefixes[-1])
        if page is None:
            raise Http404
        model = page.specific_class
        ancestors = [found.get(prefix) for prefix in prefixes[:-1]]
        # Page types of other apps have no route_* attributes (BasePage's).
        specific = (
            model.objects.select_related("locale", *getattr(model, "route_select_related", ()))
            .prefetch_related(*getattr(model, "route_prefetch_related", ()))
            .filter(pk=page.pk)
            .first()
        )
        if specific is None or not specific.live:
            raise Http404
        for name in getattr(model, "route_cached_properties", ()):
            getattr(specific, name)
        if all(a is not None and specific.path.startswith(a.path) for a in ancestors):
            specific._breadcrumbs = [self, *ancestors]
        return RouteResult(specific)

    # The home page shows a bounded number of each, whatever the amount of content.
    HOME_STORIES = 3
    HOME_CHAPTERS = 12  # the Guide has one chapter per theme
    HOME_COMMITMENTS = 4
    HOME_WINNERS = 4

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.home_lists())
        return context

    def home_lists(self):
        """The latest stories, the Guide's chapters, flagship and latest commitments and
        the latest award winners of this home page's locale: one LIMITed query each, on
        indexed orderings."""
        from hub.awards.models import AwardPage, AwardWinner
        from hub.commitments.models import CommitmentPage
        from hub.guide.models import GuideChapterPage
        from hub.stories.models import StoryPage

        locale_id = self.locale_id
        latest_awards = (
            AwardPage.objects.live()
            .filter(locale_id=locale_id)
            .order_by("-year", "path")
            .values("pk")[: self.HOME_WINNERS]
        )
        # Their keys cached until the next publication (hub.cache.content).
        return {
            "stories": cached_rows(
                "home-stories",
                [self.pk],
                StoryPage.with_card_themes(with_card_images(StoryPage.objects.live(), "hero_image"))
                .filter(locale_id=locale_id)
                .order_by("-date", "title"),
                stop=self.HOME_STORIES,
            ),
            "chapters": cached_rows(
                "home-chapters",
                [self.pk],
                GuideChapterPage.objects.live()
                .filter(locale_id=locale_id)
                .select_related("theme")
                .order_by("path"),
                stop=self.HOME_CHAPTERS,
            ),
            "commitments": cached_rows(
                "home-commitments",
                [self.pk],
                CommitmentPage.with_card_themes(with_card_images(CommitmentPage.objects.live()))
                .filter(locale_id=locale_id)
                .select_related("member")
                .order_by("-is_flagship", "-plan_start_year", "title"),
                stop=self.HOME_COMMITMENTS,
            ),
            # The winners of the latest editions (a subquery: still one query).
            "winners": cached_rows(
                "home-winners",
                [self.pk],
                AwardWinner.objects.filter(page__in=latest_awards)
                .select_related("page", "member")
                .order_by("-page__year", "page__path", "sort_order"),
                stop=self.HOME_WINNERS,
            ),
        }


class StandardPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage", "pages.DeclarationPage"]

    class Meta:
        verbose_name = _("standard page")


class DeclarationPage(BasePage):
    """The Open Government Declaration: preamble, the four commitments, closing."""

    preamble = RichTextField(_("preamble"), features=RICH_TEXT_FEATURES, blank=True)
    sections = StreamField(
        [("section", DeclarationSectionBlock())], verbose_name=_("commitments"), blank=True
    )
    closing = RichTextField(_("closing"), features=RICH_TEXT_FEATURES, blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("preamble"),
        index.SearchField("sections"),
        index.SearchField("closing"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("preamble"),
        FieldPanel("sections"),
        FieldPanel("closing"),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("declaration page")


class StrategyPage(BasePage):
    vision = models.TextField(_("vision"), blank=True)
    mission = models.TextField(_("mission"), blank=True)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES, blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("vision"),
        index.SearchField("mission"),
        index.SearchField("body"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("vision"),
        FieldPanel("mission"),
        FieldPanel("body"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StrategicObjectivePage"]

    class Meta:
        verbose_name = _("strategy page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["objectives"] = (
            StrategicObjectivePage.objects.child_of(self).live().order_by("number")
        )
        return context


class StrategicObjectivePage(ThemedMixin, BasePage):
    number = models.PositiveSmallIntegerField(_("number"))
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES, blank=True)
    priorities = StreamField(
        [("priority", PriorityBlock())], verbose_name=_("priorities"), blank=True
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("priorities"),
        index.FilterField("number"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("number"),
        FieldPanel("body"),
        FieldPanel("priorities"),
        FieldPanel("themes"),
    ]
    parent_page_types = ["pages.StrategyPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("strategic objective page")
