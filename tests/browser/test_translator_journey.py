"""The translators' journey in a real browser, as a Spanish translator and a moderator:
a new French story → "not started" → one click, machine translation → submitted → a
corrected PO file while in review → the moderator's preview shows the correction →
approval publishes it → "up to date"; the source changes → "source changed" → sync and
resubmit. Translators are offered neither Delete, Convert, Stop sync nor Publish, and a
``javascript:`` link override is refused with a message."""

import datetime
import re
import time
import uuid

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment, TranslatableObject, Translation

from hub.commitments.models import CommitmentPage
from hub.stories.models import StoryIndexPage, StoryPage
from hub.translation import roles
from tests.browser.conftest import AXE_JS, AXE_TAGS, check_axe

PASSWORD = "a-long-browser-test-password"
MACHINE = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def people():
    """A Spanish translator and a moderator (real groups); what the test makes is removed."""
    users = get_user_model().objects
    made = {}
    for role, group in (("translator", roles.TRANSLATORS["es"]), ("moderator", roles.MODERATORS)):
        user = users.create_user(f"{role}-{uuid.uuid4().hex[:6]}", f"{role}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)  # the test reads English
        profile.preferred_language = "en"
        profile.save()
        made[role] = user
    keys = []
    yield made, keys
    for page in Page.objects.filter(translation_key__in=keys).order_by("-depth", "-pk"):
        WorkflowState.objects.filter(
            base_content_type__model="page", object_id=str(page.pk)
        ).delete()
        page.delete()
    TranslatableObject.objects.filter(translation_key__in=keys).delete()
    for user in made.values():
        user.delete()


HUB_EDITOR_PARTS = [".hub-review-bar", "section[aria-labelledby=hub-translation-status]"]


def check_axe_within(page, selectors):
    """axe on the hub's own parts of a page (the translation editor is wagtail-localize's)."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "([include, tags]) => axe.run({include: include.map(s => [s])},"
        " {runOnly: {type: 'tag', values: tags}})",
        [selectors, AXE_TAGS],
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def log_in(browser, live_url, user):
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    return page


def state_in_dashboard(page, story):
    page.goto("/admin/translation-status/", timeout=60_000)  # the first one fills caches
    return page.locator(f'tr[data-page="{story.pk}"] .hub-state').inner_text().split("\n")[0]


def new_french_story(keys):
    parent = StoryIndexPage.objects.get(locale__language_code=roles.SOURCE_LANGUAGE)
    story = StoryPage(
        title=f"Un budget décidé avec les habitants {uuid.uuid4().hex[:4]}",
        introduction="Les habitants votent le budget.",
        date=datetime.date(2024, 5, 1),
    )
    parent.add_child(instance=story)
    story.save_revision().publish()
    keys.append(story.translation_key)
    return story


def wait_until(condition, seconds=15):
    """The server answers in another thread: wait for what the browser set off."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def spanish(story):
    return StoryPage.objects.get(translation_key=story.translation_key, locale__language_code="es")


def test_translation_journey(browser, live_url, people, settings, tmp_path):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE
    users, keys = people
    story = new_french_story(keys)

    # The Spanish translator finds the new story, not started, and starts it in one click.
    translator = log_in(browser, live_url, users["translator"])
    assert state_in_dashboard(translator, story) == "Not started"
    assert check_axe(translator) == []
    translator.locator(f'tr[data-page="{story.pk}"] button').click()
    translator.wait_for_url("**/admin/pages/*/edit/")
    assert check_axe_within(translator, HUB_EDITOR_PARTS) == []
    assert translator.get_by_role("button", name="Delete").count() == 0
    assert translator.get_by_text("Convert to alias page").count() == 0
    assert translator.get_by_text("Stop Synced translation").is_hidden()
    assert translator.get_by_role("button", name=re.compile("^Publish")).count() == 0

    # Machine translation, then "Submit for review" in the action bar.
    translator.locator('form[action*="machine_translate"]').first.evaluate("form => form.submit()")
    translator.wait_for_load_state()
    translator.get_by_text("Successfully translated with").wait_for()
    translator.get_by_role("button", name="Submit for review").click()
    translator.get_by_text("In review since").wait_for()
    assert translator.get_by_role("button", name="Submit for review").count() == 0
    target = spanish(story)
    assert target.workflow_in_progress and not target.live
    assert state_in_dashboard(translator, story) == "In review"

    # A corrected PO file while in review.
    translation = Translation.objects.get(
        source__object_id=story.translation_key, target_locale__language_code="es"
    )
    po = polib.pofile(translation.export_po().__unicode__())
    for entry in po:
        if entry.msgid == "Les habitants votent le budget.":
            entry.msgstr = "Los habitantes votan el presupuesto."
    po_path = tmp_path / "es.po"
    po.save(str(po_path))
    translator.goto(f"/admin/pages/{target.pk}/edit/")
    translator.locator('form[action*="pofile/upload"] input[type="file"]').first.set_input_files(
        str(po_path)
    )
    translator.get_by_text("Successfully imported translations from PO File").wait_for()

    # The moderator's preview shows the correction; approval publishes it.
    moderator = log_in(browser, live_url, users["moderator"])
    task_state = spanish(story).current_workflow_task_state
    moderator.goto(f"/admin/pages/workflow/preview/{target.pk}/{task_state.task_id}/")
    assert "Los habitantes votan el presupuesto." in moderator.content()
    moderator.goto("/admin/")
    row = moderator.locator("tr", has_text=spanish(story).get_admin_display_title()).first
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve").first.click()
    wait_until(lambda: spanish(story).live)
    live = spanish(story)
    assert live.live and live.introduction == "Los habitantes votan el presupuesto."
    response = browser.new_page(base_url=live_url).goto(live.url)
    assert "Los habitantes votan el presupuesto." in response.text()
    assert state_in_dashboard(translator, story) == "Up to date"

    # The Secretariat changes the French introduction: the translator syncs and resubmits.
    story.refresh_from_db()
    story.introduction = "Les habitants votent tout le budget."
    story.save_revision().publish()
    assert state_in_dashboard(translator, story) == "Source changed"
    translator.goto(f"/admin/pages/{target.pk}/edit/")
    translator.get_by_role("link", name="Sync with the source (without publishing)").click()
    assert translator.locator('input[type="checkbox"][name="publish_translations"]').count() == 0
    assert check_axe(translator) == []
    translator.get_by_role("button", name="Submit").click()
    translator.wait_for_url(f"**/admin/pages/{target.pk}/edit/")
    assert state_in_dashboard(translator, story) == "In progress"
    assert spanish(story).introduction == "Los habitantes votan el presupuesto."  # still live
    translator.goto(f"/admin/pages/{target.pk}/edit/")
    translator.get_by_role("button", name="Translate", exact=True).first.click()
    translator.locator("textarea").first.fill("Los habitantes votan todo el presupuesto.")
    translator.get_by_role("button", name="Save", exact=True).click()
    translator.get_by_text("Los habitantes votan todo el presupuesto.").wait_for()
    translator.get_by_role("button", name="Submit for review").click()
    translator.get_by_text("In review since").wait_for()
    assert state_in_dashboard(translator, story) == "In review"
    reviewed = spanish(story).current_workflow_task_state.revision.as_object()
    assert reviewed.introduction == "Los habitantes votan todo el presupuesto."


def test_a_javascript_link_override_is_refused_with_a_message(browser, live_url, people):
    users, _keys = people
    for commitment in CommitmentPage.objects.filter(locale__language_code=roles.SOURCE_LANGUAGE):
        translation = Translation.objects.get(
            source__object_id=commitment.translation_key, target_locale__language_code="es"
        )
        if OverridableSegment.objects.filter(
            source=translation.source, context__path__startswith="evidence"
        ).exists():
            break
    else:
        pytest.skip("no commitment with an evidence link in the demo content")
    target = Page.objects.get(
        translation_key=commitment.translation_key, locale__language_code="es"
    )
    page = log_in(browser, live_url, users["translator"])
    page.goto(f"/admin/pages/{target.pk}/edit/")
    source_url = next(
        s.data_json.strip('"')
        for s in OverridableSegment.objects.filter(
            source=translation.source, context__path__startswith="evidence"
        )
    )
    segment = page.locator("li", has_text=source_url).last
    segment.get_by_role("button", name="Edit").first.click()
    field = page.locator("li", has_text=source_url).last.locator("input, textarea").first
    field.fill("javascript:alert(document.domain)")
    page.get_by_role("button", name="Save", exact=True).click()
    alert = page.locator(".hub-editor-message")
    alert.wait_for()
    assert "http, https or mailto" in alert.inner_text()
    target.refresh_from_db()
    assert "javascript:" not in str(target.specific.evidence.raw_data)
