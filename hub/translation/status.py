"""How up to date each translation is.

A segment of a translation is *out of date* when the current text of the source (the
published source page, as stored in its row) has no translation in the target locale:
it changed since the last sync ("Sync translated pages"), or it was synced and not yet
retranslated. A translation whose segments are all translated may still be *awaiting
publication*: a segment was translated again after the page was last published.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

UP_TO_DATE = "up-to-date"
SOURCE_CHANGED = "source-changed"
NEEDS_TRANSLATION = "needs-translation"
AWAITING_PUBLICATION = "awaiting-publication"
NOT_PUBLISHED = "not-published"
STATES = {
    UP_TO_DATE: _("Up to date"),
    SOURCE_CHANGED: _("Source changed, not synced"),
    NEEDS_TRANSLATION: _("Segments to translate"),
    AWAITING_PUBLICATION: _("Translated, awaiting publication"),
    NOT_PUBLISHED: _("Not published"),
}


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

    @property
    def state(self):
        if self.changed_since_sync:
            return SOURCE_CHANGED
        if self.out_of_date:
            return NEEDS_TRANSLATION
        if not self.page.live:
            return NOT_PUBLISHED
        if self.last_publish is None or (
            self.last_translated and self.last_translated > self.last_publish
        ):
            return AWAITING_PUBLICATION
        return UP_TO_DATE

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def is_outdated(self):
        """What readers are told: the live translation lags behind its source."""
        return self.state in {SOURCE_CHANGED, NEEDS_TRANSLATION, AWAITING_PUBLICATION}


def current_segments(instance):
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
    translated = defaultdict(set)
    last_translated = {}
    for key, locale_id, path, text, updated_at in StringTranslation.objects.filter(
        context__object_id__in=keys, has_error=False
    ).values_list(
        "context__object_id", "locale_id", "context__path", "translation_of__data", "updated_at"
    ):
        translated[(key, locale_id)].add((path, text))
        last_translated[(key, locale_id)] = max(
            updated_at, last_translated.get((key, locale_id), updated_at)
        )

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
            )
        )
    return statuses


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
