"""The translators' journey: a new source page shows as "not started", one click starts it,
corrections made while it is in review reach the moderator and the published page, and
the status follows each step."""

import datetime

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hub.stories.models import StoryIndexPage, StoryPage
from hub.translation import roles
from hub.translation import status as translation_status

from .helpers import locale, put_string, translation_record
from .helpers import refused as is_refused

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("hub_translation:dashboard")
MACHINE = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def story(db):
    parent = StoryIndexPage.objects.get(locale=locale(roles.SOURCE_LANGUAGE))
    page = StoryPage(
        title="Un budget décidé avec les habitants",
        slug="budget-habitants",
        introduction="Les habitants votent le budget.",
        date=datetime.date(2024, 5, 1),
        locale=parent.locale,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def row_of(client, page, code="es"):
    response = client.get(DASHBOARD, {"locale": code})
    assert response.status_code == 200
    (row,) = [r for r in response.context["rows"] if r.source_page.pk == page.pk]
    return row


def start(client, page, code="es"):
    response = client.post(reverse("hub_translation:start", args=[page.pk, code]))
    assert response.status_code == 302, response.status_code
    target = page.get_translation(locale(code)).specific
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[target.pk])
    return target


def approve(client, page):
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302), response.status_code


def test_the_dashboard_opens_on_the_translators_language(login, story):
    client = login(roles.TRANSLATORS["es"])
    response = client.get(DASHBOARD)
    assert response.context["form"]["locale"].value() == "es"
    assert {row.locale.language_code for row in response.context["rows"]} == {"es"}
    assert row_of(client, story).state == translation_status.NOT_STARTED
    assert "Not started" in response.content.decode()
    # Moderators see every target language.
    response = login(roles.MODERATORS).get(DASHBOARD)
    assert {row.locale.language_code for row in response.context["rows"]} == {"en", "es"}


def test_one_click_starts_a_translation_in_the_translators_language_only(login, story):
    client = login(roles.TRANSLATORS["es"])
    refused = client.post(reverse("hub_translation:start", args=[story.pk, "en"]))
    assert is_refused(refused)
    assert not story.has_translation(locale("en"))
    assert client.get(reverse("hub_translation:start", args=[story.pk, "es"])).status_code == 405
    target = start(client, story)
    assert not target.live
    assert row_of(client, story).state == translation_status.IN_PROGRESS
    # The editor opens on the new translation.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).status_code == 200


def test_a_correction_made_in_review_is_what_the_moderator_reviews_and_publishes(
    login, story, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE
    client = login(roles.TRANSLATORS["es"])
    target = start(client, story)
    translation = translation_record(story, "es")
    machine = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(machine).status_code == 302
    machine_intro = StoryPage.objects.get(pk=target.pk).get_latest_revision_as_object()
    submit = reverse("hub_translation:submit_for_review", args=[translation.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(submit).status_code == 302
    target = StoryPage.objects.get(pk=target.pk)
    assert target.workflow_in_progress
    assert row_of(client, story).state == translation_status.IN_REVIEW

    # The panel says so and offers no second submission.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).content.decode()
    assert "In review since" in editor and client.user.get_username() in editor
    assert submit not in editor

    # A corrected PO file, then one edited segment, while in review.
    po = polib.pofile(translation.export_po().__unicode__())
    for entry in po:
        if entry.msgid == "Les habitants votent le budget.":
            entry.msgstr = "Los habitantes votan el presupuesto."
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(upload, {"file": SimpleUploadedFile("es.po", str(po).encode())})
    with django_capture_on_commit_callbacks(execute=True):
        assert put_string(client, translation, "title", "Un presupuesto decidido").ok

    target = StoryPage.objects.get(pk=target.pk)
    reviewed = target.current_workflow_task_state.revision.as_object()
    assert reviewed.introduction == "Los habitantes votan el presupuesto."
    assert reviewed.title == "Un presupuesto decidido"
    assert machine_intro.introduction != reviewed.introduction

    translator = client.user
    moderator = login(roles.MODERATORS)
    task = target.current_workflow_task_state.task
    preview = moderator.get(
        reverse("wagtailadmin_pages:workflow_preview", args=[target.pk, task.pk])
    )
    assert "Los habitantes votan el presupuesto." in preview.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        approve(moderator, target)
    live = StoryPage.objects.get(pk=target.pk)
    assert live.live and live.introduction == "Los habitantes votan el presupuesto."
    assert live.title == "Un presupuesto decidido"
    assert row_of(moderator, story).state == translation_status.UP_TO_DATE
    client.force_login(translator)

    # The Secretariat changes the source: "source changed", then sync and resubmit.
    story.introduction = "Les habitants votent tout le budget."
    story.save_revision().publish()
    assert row_of(client, story).state == translation_status.SOURCE_CHANGED
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    form = client.get(sync).content.decode()
    assert 'type="checkbox" name="publish_translations"' not in form
    assert "Publish immediately" not in form
    assert client.post(sync, {"publish_translations": "on"}).status_code == 302
    synced = StoryPage.objects.get(pk=target.pk)  # not published by the translator
    assert synced.live_revision_id == live.live_revision_id
    assert synced.introduction == "Los habitantes votan el presupuesto."
    assert row_of(client, story).state == translation_status.IN_PROGRESS
    assert put_string(client, translation, "introduction", "Votan todo el presupuesto.").ok
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(submit).status_code == 302
    assert row_of(client, story).state == translation_status.IN_REVIEW


def test_never_up_to_date_while_the_live_page_differs_from_the_translation(login, story):
    client = login(roles.TRANSLATORS["es"])
    target = start(client, story)
    translation = translation_record(story, "es")
    for path, text in (
        ("title", "Un presupuesto"),
        ("slug", "presupuesto"),
        ("introduction", "Votan."),
    ):
        assert put_string(client, translation, path, text).ok
    translation.save_target(publish=False)
    revision = StoryPage.objects.get(pk=target.pk).get_latest_revision()
    revision.publish()
    assert row_of(client, story).state == translation_status.UP_TO_DATE
    # A revision that is not the translation is published (edited outside the editor).
    page = StoryPage.objects.get(pk=target.pk)
    page.introduction = "Otra cosa."
    page.save_revision().publish()
    assert row_of(client, story).state == translation_status.IN_PROGRESS


def test_automatic_start_on_publication_behind_a_setting(settings, db):
    parent = StoryIndexPage.objects.get(locale=locale(roles.SOURCE_LANGUAGE))

    def publish(slug):
        page = StoryPage(title=slug, slug=slug, date=datetime.date(2024, 1, 1))
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    assert not publish("sans-traduction").has_translation(locale("es"))
    settings.HUB_TRANSLATION_AUTO_START = True
    page = publish("avec-traduction")
    for code in ("en", "es"):
        assert page.has_translation(locale(code))
        assert not page.get_translation(locale(code)).live
