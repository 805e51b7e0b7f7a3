"""Every page type through the translation editor and a PO file round trip: export,
translate every segment, import, publish; every block and inline item is translated."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.text import slugify
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from hub.awards.models import AwardIndexPage, AwardPage
from hub.commitments.models import CommitmentIndexPage, CommitmentPage
from hub.guide.models import GuideChapterPage, GuideIndexPage
from hub.pages.models import (
    DeclarationPage,
    HomePage,
    StandardPage,
    StrategicObjectivePage,
    StrategyPage,
)
from hub.stories.models import StoryIndexPage, StoryPage
from hub.workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

from .helpers import edit_url, publish_in_editor, source_page, translated, translation_record

pytestmark = pytest.mark.django_db

MARK = "[PO-ES] "

# Page type → segment paths (prefixes) its translation must contain.
PAGE_TYPES = {
    HomePage: ["title", "introduction"],
    StandardPage: ["title", "body."],
    DeclarationPage: ["preamble", "sections.", "closing"],
    StrategyPage: ["vision", "mission", "body"],
    StrategicObjectivePage: ["body", "priorities."],
    GuideIndexPage: ["title"],
    GuideChapterPage: ["body", "recommendations."],
    StoryIndexPage: ["title"],
    StoryPage: ["body."],
    AwardIndexPage: ["title"],
    AwardPage: ["edition_theme", "body", "winners."],
    WorkingGroupIndexPage: ["title"],
    WorkingGroupPage: ["description", "co_leads."],
    CommitmentIndexPage: ["title"],
    CommitmentPage: ["problem", "status_quo", "action", "milestones.", "evidence."],
}


def translate(entry):
    if entry.msgctxt == "slug":
        return "po-es-" + slugify(entry.msgid)
    return MARK + entry.msgid


def pick(model):
    """A source page of ``model`` with every kind of content (quotes in stories, etc.)."""
    if model is StoryPage:
        return next(
            p
            for p in model.objects.filter(locale__language_code="fr")
            if any(b.block_type == "quote" for b in p.body)
        )
    if model is StandardPage:
        return next(p for p in model.objects.filter(locale__language_code="fr") if p.body)
    return source_page(model)


@pytest.mark.parametrize("model", list(PAGE_TYPES), ids=lambda m: m.__name__)
def test_po_round_trip(model, login, client, django_capture_on_commit_callbacks):
    source = pick(model)
    page = translated(source, "es")
    translation = translation_record(source, "es")
    admin = login(superuser=True)

    editor = admin.get(edit_url(page))
    assert editor.status_code == 200
    assert b"js-translation-editor" in editor.content

    response = admin.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(response.content.decode())
    paths = [entry.msgctxt for entry in po]
    for prefix in PAGE_TYPES[model]:
        assert any(path.startswith(prefix) for path in paths), (prefix, paths)
    for entry in po:
        entry.msgstr = translate(entry)
    upload = SimpleUploadedFile(
        "es.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = admin.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": edit_url(page)},
    )
    assert response.status_code == 302

    page = publish_in_editor(admin, page, django_capture_on_commit_callbacks)
    strings = [s for s in extract_segments(page) if isinstance(s, StringSegmentValue)]
    assert strings
    untranslated = [
        (s.path, s.string.data) for s in strings if s.path != "slug" and MARK not in s.string.data
    ]
    assert not untranslated
    assert page.slug.startswith("po-es-")
    html = client.get(page.url).content.decode()
    assert (MARK + source.title) in html


def test_bad_po_file_is_refused_with_a_message(login):
    source = source_page(StrategyPage)
    translation = translation_record(source, "es")
    admin = login(superuser=True)
    upload = SimpleUploadedFile("es.po", b"not a po file \x00", content_type="text/plain")
    response = admin.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload},
        follow=True,
    )
    assert "Please upload a valid PO file." in response.content.decode()
