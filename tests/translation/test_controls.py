"""What translators are offered and refused in the translation editor; overrides are
validated; exported CSV cells never run as formulas."""

import csv
import datetime
import io
import json
import re
from html import unescape

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment, SegmentOverride

from hub.commitments.models import CommitmentPage
from hub.pages.models import StrategyPage
from hub.stories.models import StoryIndexPage, StoryPage
from hub.translation import guards, roles
from hub.translation.views import csv_cell

from .helpers import edit_url, refused, source_page, translated, translation_record

pytestmark = pytest.mark.django_db
TRANSLATOR_ES = roles.TRANSLATORS["es"]


def editor_props(response):
    found = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    )
    return json.loads(unescape(found.group(1)))


def test_translators_are_not_offered_delete_convert_stop_sync_or_publish(login):
    page = source_page(StrategyPage)
    client = login(TRANSLATOR_ES)
    response = client.get(edit_url(translated(page, "es")))
    html = response.content.decode()
    props = editor_props(response)
    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is False
    assert props["links"]["convertToAliasUrl"] is None
    assert props["links"]["stopTranslationUrl"] is None
    assert props["links"]["deleteUrl"] is None
    # The hub's action bar instead.
    assert 'class="hub-translator-editor"' in html
    translation = translation_record(page, "es")
    assert reverse("hub_translation:submit_for_review", args=[translation.pk]) in html
    assert reverse("wagtail_localize:update_translations", args=[translation.source_id]) in html

    # Moderators keep the editor's own actions.
    response = login(roles.MODERATORS).get(edit_url(translated(page, "es")))
    props = editor_props(response)
    assert props["perms"]["canPublish"] is True
    assert props["links"]["stopTranslationUrl"]
    assert 'class="hub-translator-editor"' not in response.content.decode()


def test_the_server_refuses_those_actions_to_translators(login):
    page = source_page(StrategyPage)
    target = translated(page, "es")
    translation = translation_record(page, "es")
    client = login(TRANSLATOR_ES)
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    assert refused(client.post(stop))
    translation.refresh_from_db()
    assert translation.enabled
    convert = reverse("wagtail_localize:convert_to_alias", args=[target.pk])
    assert refused(client.get(convert))
    assert refused(client.post(convert))
    target.refresh_from_db()
    assert target.alias_of_id is None
    delete = reverse("wagtailadmin_pages:delete", args=[target.pk])
    assert refused(client.get(delete))
    assert refused(client.post(delete))
    assert type(target).objects.filter(pk=target.pk).exists()


def put_override(client, translation, segment, value):
    url = reverse(
        "wagtail_localize:edit_override",
        kwargs={"translation_id": translation.pk, "overridable_segment_id": segment.pk},
    )
    return client.put(url, encode_multipart(BOUNDARY, {"value": value}), MULTIPART_CONTENT)


@pytest.fixture
def evidence():
    """A translation with a link override (a commitment's evidence URL)."""
    for page in CommitmentPage.objects.filter(locale__language_code=roles.SOURCE_LANGUAGE):
        translation = translation_record(page, "es")
        segment = OverridableSegment.objects.filter(
            source=translation.source, context__path__startswith="evidence"
        ).first()
        if segment is not None:
            return translation, segment
    pytest.skip("no commitment with an evidence link in the demo content")


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(document.domain)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "mailto:not an address",
    ],
)
def test_a_dangerous_link_override_is_refused_with_a_message(login, evidence, value):
    translation, segment = evidence
    client = login(TRANSLATOR_ES)
    response = put_override(client, translation, segment, value)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not SegmentOverride.objects.filter(
        context=segment.context, locale=translation.target_locale
    ).exists()


def test_the_refusal_speaks_the_translators_language(login, evidence):
    translation, segment = evidence
    client = login(TRANSLATOR_ES)
    profile = UserProfile.get_for_user(client.user)
    profile.preferred_language = "fr"
    profile.save()
    response = put_override(client, translation, segment, "javascript:alert(1)")
    assert "Les liens ne peuvent utiliser que http, https ou mailto" in response.json()["error"]


@pytest.mark.parametrize(
    "value", ["https://www.opengovpartnership.org/es/", "mailto:info@example.org"]
)
def test_safe_link_overrides_are_saved(login, evidence, value):
    translation, segment = evidence
    client = login(TRANSLATOR_ES)
    response = put_override(client, translation, segment, value)
    assert response.status_code in (200, 201)
    override = SegmentOverride.objects.get(
        context=segment.context, locale=translation.target_locale
    )
    assert json.loads(override.data_json) == value


def test_check_url():
    for good in ("https://a.org/x?y=1#z", "http://a.org", "mailto:a@b.org", "/es/page/", "#top"):
        guards.check_url(good)
    for bad in ("javascript:x", "ftp://a.org", "file:///etc/passwd", "https://"):
        with pytest.raises(guards.ValidationError):
            guards.check_url(bad)


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_never_start_a_formula(value):
    assert csv_cell(value) == "'" + value
    assert csv_cell("Budget") == "Budget"


def test_the_status_export_neutralises_formulas(login):
    parent = StoryIndexPage.objects.get(locale__language_code=roles.SOURCE_LANGUAGE)
    page = StoryPage(title='=HYPERLINK("https://evil.example")', date=datetime.date(2024, 1, 1))
    parent.add_child(instance=page)
    page.save_revision().publish()
    client = login(TRANSLATOR_ES)
    response = client.get(reverse("hub_translation:dashboard"), {"format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert '\'=HYPERLINK("https://evil.example")' in cells


def test_block_labels_read_as_labels(login):
    commitment = CommitmentPage.objects.filter(locale__language_code=roles.SOURCE_LANGUAGE)
    client = login(roles.MODERATORS)
    for page in commitment:
        props = editor_props(client.get(edit_url(translated(page, "es"))))
        labels = [
            s["location"]["subField"] for s in props["segments"] if s["location"].get("subField")
        ]
        if labels:
            assert all(label[0].isupper() for label in labels), labels
            assert "Address" in labels or "Title" in labels
            return
    pytest.skip("no block with fields in the demo commitments")
