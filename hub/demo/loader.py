"""Builds the hub's demo content from ``hub.demo.content``.

French pages are the source; English and Spanish pages are made by wagtail-localize from
the written translations in the content modules, segment by segment, as a translator
would. Running it again creates only what is missing.
"""

import html
import io
import uuid
from dataclasses import dataclass, field
from datetime import date

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from hub.awards.models import AwardIndexPage, AwardPage, AwardWinner
from hub.commitments.models import CommitmentIndexPage, CommitmentPage, Milestone
from hub.core.slugs import slugify
from hub.guide.models import GuideChapterPage, GuideIndexPage
from hub.pages.models import (
    DeclarationPage,
    HomePage,
    StandardPage,
    StrategicObjectivePage,
    StrategyPage,
)
from hub.stories.models import StoryIndexPage, StoryPage
from hub.taxonomy.models import Member, OGPValue, Theme
from hub.workinggroups.models import CoLead, WorkingGroupIndexPage, WorkingGroupPage

from . import illustrations
from .content import (
    about,
    awards,
    commitments,
    declaration,
    guide,
    images,
    members,
    site,
    stories,
    strategy,
    themes,
    working_groups,
)

SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGES = ["en", "es"]
CONTENT_MODULES = [
    themes,
    images,
    members,
    site,
    about,
    declaration,
    strategy,
    working_groups,
    awards,
    commitments,
    stories,
    guide,
]


def is_text(value):
    return isinstance(value, dict) and set(value) == {"fr", "en", "es"}


def walk_texts(value):
    """Every ``T(...)`` in a content structure."""
    if is_text(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from walk_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk_texts(item)


def normalise(text):
    return " ".join(text.split())


class TranslationMemory:
    """Source string → its written translations, as plain text and as HTML."""

    def __init__(self, modules):
        self.entries = {}
        self.conflicts = []
        for module in modules:
            for text in walk_texts(vars(module)):
                self.add(text["fr"], {lang: text[lang] for lang in TARGET_LANGUAGES})
                self.add(
                    html.escape(text["fr"], quote=False),
                    {lang: html.escape(text[lang], quote=False) for lang in TARGET_LANGUAGES},
                )
                # Page slugs are translatable segments: derive them from titles.
                self.add(
                    slugify(text["fr"]), {lang: slugify(text[lang]) for lang in TARGET_LANGUAGES}
                )

    def add(self, source, translations):
        key = normalise(source)
        if not key:
            return
        if key in self.entries and self.entries[key] != translations:
            self.conflicts.append(source)
            return
        self.entries[key] = translations

    def get(self, source, language):
        entry = self.entries.get(normalise(source))
        return entry[language] if entry else None


def paragraphs(texts, language=SOURCE_LANGUAGE):
    return "".join(f"<p>{html.escape(text[language], quote=False)}</p>" for text in texts)


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    existing: int = 0
    translated: int = 0
    missing_segments: list = field(default_factory=list)

    def count(self, label):
        self.created[label] = self.created.get(label, 0) + 1


class ContentLoader:
    def __init__(self, log=print):
        self.log = log
        self.report = Report()
        self.source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        self.target_locales = [Locale.objects.get(language_code=c) for c in TARGET_LANGUAGES]
        self.memory = TranslationMemory(CONTENT_MODULES)
        self.themes = {}
        self.illustrations = {}
        self.members = {}
        self.values = {v.key: v for v in OGPValue.objects.all()}
        self.commitments = {}
        self.stories = {}
        self.pages = []

    # --- Entry point ---------------------------------------------------------------------
    def run(self):
        steps = [
            ("themes", self.load_themes),
            ("illustrations", self.load_illustrations),
            ("members", self.load_members),
            ("home page", self.load_home),
            ("about pages", self.load_about),
            ("Open Government Declaration", self.load_declaration),
            ("strategy 2023–2028", self.load_strategy),
            ("working groups", self.load_working_groups),
            ("Open Government Awards", self.load_awards),
            ("commitments", self.load_commitments),
            ("OpenStories", self.load_stories),
            ("Open Government Guide", self.load_guide),
            ("translations (en, es)", self.translate_pages),
            ("site", self.configure_site),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            self.log(f"[{number}/{len(steps)}] {label}…")
            step()
        return self.report

    # --- Snippets ------------------------------------------------------------------------
    def load_snippet(self, model, key, **fields):
        instance = model.objects.filter(slug=key, locale=self.source_locale).first()
        if instance is None:
            instance = model.objects.create(slug=key, locale=self.source_locale, **fields)
            self.report.count(model._meta.verbose_name_plural)
        else:
            self.report.existing += 1
        for locale in self.target_locales:
            if not model.objects.filter(
                translation_key=instance.translation_key, locale=locale
            ).exists():
                self.translate(instance, locale)
        return instance

    def load_themes(self):
        for item in themes.THEMES:
            self.themes[item["key"]] = self.load_snippet(
                Theme,
                item["key"],
                name=item["name"]["fr"],
                description=item["description"]["fr"],
            )

    def load_illustrations(self):
        """One illustration per theme (hub.demo.illustrations), in a collection whose name
        gives their licence and author."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=illustrations.COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=illustrations.COLLECTION)
        image_model = get_image_model()
        for item in themes.THEMES:
            key = item["key"]
            title = illustrations.title(item["name"]["en"])
            image = image_model.objects.filter(collection=collection, title=title).first()
            if image is None:
                image = image_model.objects.create(
                    title=title,
                    collection=collection,
                    file=ImageFile(io.BytesIO(illustrations.draw(key)), name=f"theme-{key}.png"),
                )
                self.report.count(image_model._meta.verbose_name_plural)
            self.illustrations[key] = image

    def illustrate(self, page, theme_key, hero=False):
        """Gives ``page`` the illustration of ``theme_key`` as its listing image (and hero
        image), with its alternative text in the source language."""
        page.listing_image = self.illustrations[theme_key]
        page.listing_image_alt = images.ALTS[theme_key][SOURCE_LANGUAGE]
        if hero:
            page.hero_image = page.listing_image

    def load_members(self):
        for item in members.MEMBERS:
            self.members[item["key"]] = self.load_snippet(
                Member,
                item["key"],
                name=item["name"]["fr"],
                kind=item["kind"],
                country=item["country"],
                region=item["region"],
            )

    # --- Pages ---------------------------------------------------------------------------
    def add_page(self, parent, page, prepare=None):
        """Adds ``page`` under ``parent`` in the source language and publishes it, unless a
        page with the same slug is already there."""
        page.slug = slugify(page.title)[:255]
        existing = parent.get_children().filter(slug=page.slug).specific().first()
        if existing is not None:
            self.report.existing += 1
            self.pages.append(existing)
            return existing
        page.locale = self.source_locale
        if prepare:
            prepare(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.count(page._meta.verbose_name_plural)
        self.pages.append(page)
        return page

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.source_locale).first()
        if home is None:
            home = HomePage(
                title=site.HOME["title"]["fr"],
                introduction=site.HOME["intro"]["fr"],
                slug=slugify(site.HOME["title"]["fr"]),
                locale=self.source_locale,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.report.count(home._meta.verbose_name_plural)
        else:
            self.report.existing += 1
        self.home = home
        self.pages.append(home)
        self.indexes = {}
        index_models = {
            "guide": GuideIndexPage,
            "stories": StoryIndexPage,
            "commitments": CommitmentIndexPage,
            "awards": AwardIndexPage,
            "working_groups": WorkingGroupIndexPage,
            "about": StandardPage,
        }
        for key, model in index_models.items():
            data = site.INDEXES[key]
            self.indexes[key] = self.add_page(
                home,
                model(
                    title=data["title"]["fr"],
                    introduction=data["intro"]["fr"],
                    show_in_menus=True,
                ),
            )

    def load_about(self):
        for item in about.ABOUT_PAGES:
            self.add_page(
                self.indexes["about"],
                StandardPage(
                    title=item["title"]["fr"],
                    introduction=item["intro"]["fr"],
                    body=[block("paragraph", paragraphs(item["body"]))],
                ),
            )

    def load_declaration(self):
        data = declaration.DECLARATION
        self.add_page(
            self.home,
            DeclarationPage(
                title=data["title"]["fr"],
                introduction=data["intro"]["fr"],
                show_in_menus=True,
                preamble=paragraphs(data["preamble"]),
                sections=[
                    block(
                        "section",
                        {
                            "anchor": section["anchor"],
                            "heading": section["heading"]["fr"],
                            "body": paragraphs(section["paragraphs"]),
                        },
                    )
                    for section in data["sections"]
                ],
                closing=paragraphs(data["closing"]),
            ),
        )

    def load_strategy(self):
        data = strategy.STRATEGY
        page = self.add_page(
            self.home,
            StrategyPage(
                title=data["title"]["fr"],
                introduction=data["intro"]["fr"],
                vision=data["vision"]["fr"],
                mission=data["mission"]["fr"],
                body=paragraphs(data["body"]),
                show_in_menus=True,
            ),
        )
        for objective in data["objectives"]:
            self.add_page(
                page,
                StrategicObjectivePage(
                    title=objective["title"]["fr"],
                    introduction=objective["summary"]["fr"],
                    number=objective["number"],
                    body=paragraphs(objective["body"]),
                    priorities=[block("priority", p["fr"]) for p in objective["priorities"]],
                ),
                prepare=self.set_themes(objective.get("themes", [])),
            )

    def set_themes(self, keys, values=()):
        def prepare(page):
            page.themes = [self.themes[key] for key in keys]
            if values:
                page.ogp_values = [self.values[key] for key in values]

        return prepare

    def load_working_groups(self):
        for item in working_groups.WORKING_GROUPS:

            def prepare(page, item=item):
                page.co_leads = [
                    CoLead(
                        organisation=lead["organisation"]["fr"],
                        kind=lead["kind"],
                        member=self.members.get(lead.get("member")),
                        locale=self.source_locale,
                        sort_order=order,
                    )
                    for order, lead in enumerate(item["co_leads"])
                ]

            self.add_page(
                self.indexes["working_groups"],
                WorkingGroupPage(
                    title=item["title"]["fr"],
                    introduction=item["summary"]["fr"],
                    theme=self.themes[item["theme"]],
                    description=paragraphs(item["description"]),
                ),
                prepare=prepare,
            )

    def load_awards(self):
        for item in awards.AWARDS:

            def prepare(page, item=item):
                page.winners = [
                    AwardWinner(
                        name=winner["name"]["fr"],
                        member=self.members.get(winner.get("member")),
                        category=winner["category"],
                        citation=winner["citation"]["fr"],
                        locale=self.source_locale,
                        sort_order=order,
                    )
                    for order, winner in enumerate(item["winners"])
                ]

            self.add_page(
                self.indexes["awards"],
                AwardPage(
                    title=item["title"]["fr"],
                    introduction=item["theme"]["fr"],
                    year=item["year"],
                    edition_theme=item["theme"]["fr"],
                    body=paragraphs(item["intro"]),
                ),
                prepare=prepare,
            )

    def load_commitments(self):
        for item in commitments.COMMITMENTS:
            start, end = (int(year) for year in item["action_plan"].split("-"))

            def prepare(page, item=item):
                self.set_themes(item["themes"], item["values"])(page)
                self.illustrate(page, item["themes"][0])
                page.milestones = [
                    Milestone(
                        description=milestone["description"]["fr"],
                        start_date=date.fromisoformat(milestone["start"]),
                        end_date=date.fromisoformat(milestone["end"]),
                        status=milestone["status"],
                        locale=self.source_locale,
                        sort_order=order,
                    )
                    for order, milestone in enumerate(item["milestones"])
                ]

            self.commitments[item["key"]] = self.add_page(
                self.indexes["commitments"],
                CommitmentPage(
                    title=item["title"]["fr"],
                    introduction=item["summary"]["fr"],
                    member=self.members[item["member"]],
                    level=item["level"],
                    plan_start_year=start,
                    plan_end_year=end,
                    is_flagship=item["is_flagship"],
                    status=item["status"],
                    problem=paragraphs(item["problem"]),
                    status_quo=paragraphs(item["status_quo"]),
                    action=paragraphs(item["action"]),
                    evidence=[
                        block("link", {"title": link["title"]["fr"], "url": link["url"]})
                        for link in item["evidence"]
                    ],
                ),
                prepare=prepare,
            )

    def story_body(self, items):
        body = []
        for kind, value in items:
            if kind == "paragraph":
                body.append(block("paragraph", paragraphs([value])))
            elif kind == "quote":
                body.append(
                    block(
                        "quote",
                        {"quote": value["quote"]["fr"], "attribution": value["attribution"]["fr"]},
                    )
                )
            else:
                raise ValueError(f"Unknown story block {kind!r}")
        return body

    def load_stories(self):
        for item in stories.STORIES:

            def prepare(page, item=item):
                self.set_themes(item["themes"], item["values"])(page)
                self.illustrate(page, item["themes"][0], hero=True)
                page.related_commitments = [
                    self.commitments[key] for key in item.get("related_commitments", [])
                ]
                page.tags.add(*item.get("tags", []))

            self.stories[item["key"]] = self.add_page(
                self.indexes["stories"],
                StoryPage(
                    title=item["title"]["fr"],
                    introduction=item["intro"]["fr"],
                    member=self.members[item["member"]],
                    date=date.fromisoformat(item["date"]),
                    body=self.story_body(item["body"]),
                ),
                prepare=prepare,
            )

    def load_guide(self):
        for item in guide.CHAPTERS:
            self.add_page(
                self.indexes["guide"],
                GuideChapterPage(
                    title=item["title"]["fr"],
                    introduction=item["summary"]["fr"],
                    theme=self.themes[item["theme"]],
                    body=paragraphs(item["intro"]),
                    recommendations=[
                        block(
                            "recommendation",
                            {
                                "level": rec["level"],
                                "title": rec["title"]["fr"],
                                "text": paragraphs([rec["text"]]),
                                "commitments": [self.commitments[k].pk for k in rec["commitments"]],
                                "stories": [self.stories[k].pk for k in rec["stories"]],
                            },
                        )
                        for rec in item["recommendations"]
                    ],
                ),
                prepare=lambda page, item=item: self.illustrate(page, item["theme"]),
            )

    # --- Translation ---------------------------------------------------------------------
    def translate_pages(self):
        pages = sorted({page.pk: page for page in self.pages}.values(), key=lambda p: p.path)
        for page in pages:
            for locale in self.target_locales:
                translated = page.get_translation_or_none(locale)
                if translated is not None and translated.live and not translated.alias_of_id:
                    continue
                self.translate(page, locale)

    @transaction.atomic
    def translate(self, instance, locale):
        """Translates ``instance`` into ``locale`` with wagtail-localize, from the memory."""
        source, created = TranslationSource.get_or_create_from_instance(instance)
        if not created:
            source.update_from_db()
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        language = locale.language_code
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = self.memory.get(segment.string.data, language)
            if text is None:
                self.report.missing_segments.append(
                    (str(instance), language, segment.string.data[:80])
                )
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translation.save_target(publish=True)
        self.report.translated += 1

    # --- Site ------------------------------------------------------------------------------
    def configure_site(self):
        root = Page.get_first_root_node()
        home_en = self.home.get_translation(Locale.objects.get(language_code="en"))
        site_record = Site.objects.filter(is_default_site=True).first()
        if site_record is None:
            site_record = Site(hostname="localhost", port=80, is_default_site=True)
        site_record.root_page = home_en
        site_record.site_name = site.HOME["title"]["en"]
        site_record.save()
        # The "Welcome to Wagtail" page the initial migration creates is not ours.
        for page in root.get_children().exclude(translation_key=self.home.translation_key):
            if page.specific_class is Page:
                page.delete()
