"""Where each page stands in the translators' journey, per target language.

Every live source page has, in each target language, one of five states computed from
wagtail-localize's models and the live pages:

* *not started*: no translation (or no translated page) in that language;
* *in review*: the translated page is in its moderation workflow;
* *source changed*: the live source has text that the last sync did not take;
* *up to date*: live, every segment translated, and the live page says what the
  translations say (never while the live page differs from the approved translation);
* *in progress*: anything else (segments to translate, a draft not yet submitted).

A segment is *out of date* when the current text of the source (the published source
page, as stored in its row) has no translation in the target locale.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

NOT_STARTED = "not-started"
IN_PROGRESS = "in-progress"
IN_REVIEW = "in-review"
SOURCE_CHANGED = "source-changed"
UP_TO_DATE = "up-to-date"
STATES = {
    NOT_STARTED: _("Not started"),
    IN_PROGRESS: _("In progress"),
    IN_REVIEW: _("In review"),
    SOURCE_CHANGED: _("Source changed"),
    UP_TO_DATE: _("Up to date"),
}
# Paths whose live value may differ from the translation on purpose (made unique).
UNCOMPARED_PATHS = {"slug"}
SEGMENTS_TIMEOUT = 24 * 60 * 60


@dataclass
class Segment:
    path: str
    text: str


@dataclass
class TranslationStatus:
    translation: Translation
    source_page: Page
    page: Page
    total: int
    out_of_date: list  # [Segment] of the current source without a translation
    changed_since_sync: list  # [Segment] of the current source not in the last sync
    last_translated: datetime | None  # last change to a translated segment
    translated: dict = field(default_factory=dict)  # path -> translated text
    review: WorkflowState | None = None  # the moderation in progress

    @property
    def translated_percent(self):
        if not self.total:
            return 100
        return round(100 * (self.total - len(self.out_of_date)) / self.total)

    @property
    def last_sync(self) -> datetime:
        return self.translation.source.last_updated_at

    @property
    def last_publish(self):
        return self.page.last_published_at

    @cached_property
    def live_differs(self):
        """The live page does not say what the translated segments say."""
        live = {s.path: s.text for s in current_segments(self.page)}
        return any(
            live.get(path) != text
            for path, text in self.translated.items()
            if path not in UNCOMPARED_PATHS
        )

    @property
    def is_published(self):
        return self.page.live and self.last_publish is not None

    @cached_property
    def state(self):
        if self.review is not None:
            return IN_REVIEW
        if self.changed_since_sync:
            return SOURCE_CHANGED
        if self.out_of_date or not self.is_published or self.retranslated or self.live_differs:
            return IN_PROGRESS
        return UP_TO_DATE

    @property
    def retranslated(self):
        """A segment was translated again after the page was last published."""
        return bool(self.last_translated and self.last_translated > self.last_publish)

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def is_outdated(self):
        """What readers are told: the live translation lags behind its source."""
        if not self.is_published:
            return False
        return bool(
            self.changed_since_sync or self.out_of_date or self.retranslated or self.live_differs
        )


def current_segments(instance):
    """The text segments of ``instance`` as it stands in its row (for a live page: what
    readers see). Pages' segments are cached under their revisions and publication."""
    if not isinstance(instance, Page):
        return extract_text_segments(instance)
    key = "hub-translation:segments:{}:{}:{}:{}".format(
        instance.pk,
        instance.live_revision_id,
        instance.latest_revision_id,
        instance.last_published_at.isoformat() if instance.last_published_at else "",
    )
    return cache.get_or_set(key, lambda: extract_text_segments(instance), SEGMENTS_TIMEOUT)


def extract_text_segments(instance):
    return [
        Segment(s.path, s.string.data)
        for s in extract_segments(instance)
        if isinstance(s, StringSegmentValue)
    ]


def page_translation_statuses(translations):
    """``TranslationStatus`` of each page translation (a few queries for all of them)."""
    translations = list(translations.select_related("source", "source__locale", "target_locale"))
    keys = {t.source.object_id for t in translations}
    pages = {
        (p.translation_key, p.locale_id): p
        for p in Page.objects.filter(translation_key__in=keys).specific()
    }
    synced = defaultdict(set)
    for source_id, path, text in StringSegment.objects.filter(
        source__in={t.source for t in translations}
    ).values_list("source_id", "context__path", "string__data"):
        synced[source_id].add((path, text))
    translated = defaultdict(dict)
    last_translated = {}
    for key, locale_id, path, text, data, updated_at in StringTranslation.objects.filter(
        context__object_id__in=keys, has_error=False
    ).values_list(
        "context__object_id",
        "locale_id",
        "context__path",
        "translation_of__data",
        "data",
        "updated_at",
    ):
        translated[(key, locale_id)][(path, text)] = data
        last_translated[(key, locale_id)] = max(
            updated_at, last_translated.get((key, locale_id), updated_at)
        )

    reviews = reviews_of([page.pk for page in pages.values()])
    segments_by_source = {}
    statuses = []
    for translation in translations:
        source = translation.source
        source_page = pages.get((source.object_id, source.locale_id))
        page = pages.get((source.object_id, translation.target_locale_id))
        if source_page is None or page is None:
            continue
        if source.pk not in segments_by_source:
            segments_by_source[source.pk] = current_segments(source_page)
        segments = segments_by_source[source.pk]
        done = translated[(source.object_id, translation.target_locale_id)]
        current = {
            (s.path, s.text): done[(s.path, s.text)] for s in segments if (s.path, s.text) in done
        }
        statuses.append(
            TranslationStatus(
                translation=translation,
                source_page=source_page,
                page=page,
                total=len(segments),
                out_of_date=[s for s in segments if (s.path, s.text) not in done],
                changed_since_sync=[
                    s for s in segments if (s.path, s.text) not in synced[source.pk]
                ],
                last_translated=last_translated.get(
                    (source.object_id, translation.target_locale_id)
                ),
                translated={path: data for (path, _text), data in current.items()},
                review=reviews.get(page.pk),
            )
        )
    return statuses


def reviews_of(page_ids):
    """The moderation in progress of each of these pages, by page id."""
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type__model="page",
        base_content_type__app_label="wagtailcore",
        object_id__in=[str(pk) for pk in page_ids],
    ).select_related("requested_by")
    return {int(state.object_id): state for state in states}


def page_translations():
    return Translation.objects.filter(
        enabled=True, source__specific_content_type__in=Page.objects.values("content_type")
    )


def status_of(translation):
    found = page_translation_statuses(Translation.objects.filter(pk=translation.pk))
    return found[0] if found else None


def is_outdated_for_readers(page):
    """Whether the live ``page`` lags behind its source; one query in the usual case.

    Only for live pages (``last_published_at`` is set).

    The exact, costlier comparison of segments runs only when the source was published
    after the last sync (its text may have changed).
    """
    untranslated = StringSegment.objects.filter(source_id=OuterRef("source_id")).exclude(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=page.locale_id,
                has_error=False,
            )
        )
    )
    source_published = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    ).values("last_published_at")[:1]
    retranslated = StringTranslation.objects.filter(
        context__object_id=page.translation_key,
        locale_id=page.locale_id,
        updated_at__gt=page.last_published_at,
    )
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .annotate(
            untranslated=Exists(untranslated),
            retranslated=Exists(retranslated),
            source_published=Subquery(source_published),
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return False
    if translation.untranslated or translation.retranslated:
        return True
    last_sync = translation.source.last_updated_at
    if translation.source_published and translation.source_published > last_sync:
        status = status_of(translation)
        return bool(status and status.is_outdated)
    return False


@dataclass
class JourneyRow:
    """One live source page in one target language; ``status`` is None when not started."""

    source_page: Page
    locale: object
    status: TranslationStatus | None

    @cached_property
    def state(self):
        return self.status.state if self.status else NOT_STARTED

    @property
    def state_label(self):
        return STATES[self.state]


def live_source_pages(source_language):
    return (
        Page.objects.live()
        .filter(locale__language_code=source_language, depth__gt=1)
        .order_by("path")
        .specific()
    )


def journey(source_pages, locales):
    """A row for each live source page in each of ``locales``."""
    source_pages = list(source_pages)
    keys = [page.translation_key for page in source_pages]
    translations = page_translations().filter(source__object_id__in=keys, target_locale__in=locales)
    found = {
        (item.source_page.pk, item.translation.target_locale_id): item
        for item in page_translation_statuses(translations)
    }
    return [
        JourneyRow(page, locale, found.get((page.pk, locale.pk)))
        for page in source_pages
        for locale in locales
    ]
