from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from hub.awards.models import AwardPage, AwardWinner
from hub.cache import menus
from hub.cache.content import cached_rows
from hub.commitments.models import CommitmentPage
from hub.core.blocks import RICH_TEXT_FEATURES, BodyBlock, DeclarationSectionBlock, PriorityBlock
from hub.core.models import BasePage, ThemedMixin
from hub.guide.models import GuideChapterPage
from hub.stories.models import StoryPage


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
                StoryPage.for_cards(StoryPage.objects.live())
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
                CommitmentPage.for_cards(CommitmentPage.objects.live())
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
    facets = {"theme": "themes__slug"}

    class Meta:
        verbose_name = _("strategic objective page")
