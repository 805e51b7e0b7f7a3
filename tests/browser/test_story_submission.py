"""A reader's story in a real browser: a Spanish story with an image → the editors' queue
shows a Spanish draft → a moderator approves it → it is published. The form and its error
state pass axe in en/fr/es, and a form with errors comes back with every field kept."""

import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from PIL import Image
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from hub.participation.models import Submission
from hub.stories.models import StoryPage
from hub.translation import roles
from tests.browser.conftest import axe_violations

PASSWORD = "a-long-browser-test-password"
SUBMIT = {
    "en": "/en/openstories/submit/",
    "fr": "/fr/openstories/proposer/",
    "es": "/es/openstories/proponer/",
}


@pytest.fixture
def moderator():
    user = get_user_model().objects.create_user(
        f"moderator-{uuid.uuid4().hex[:6]}", "moderator@example.org", PASSWORD
    )
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    before = set(Submission.objects.values_list("pk", flat=True))
    yield user
    for submission in Submission.objects.exclude(pk__in=before):
        if submission.page_id:
            WorkflowState.objects.filter(object_id=str(submission.page_id)).delete()
            page = submission.page.specific
            image = page.hero_image
            page.delete()
            if image:
                image.delete()
        submission.delete()
    user.delete()


def fill_story(page, title, with_consent=True):
    page.locator("#id_title").fill(title)
    page.locator("#id_story").fill("Primer párrafo.\n\nSegundo párrafo.")
    page.locator("#id_member").select_option(index=1)
    page.locator("#id_themes_0").check()
    page.locator("#id_name").fill("Ana Pérez")
    page.locator("#id_email").fill("ana@example.org")
    if with_consent:
        page.locator("#id_consent").check()


def png(tmp_path):
    path = tmp_path / "foto.png"
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


def test_a_spanish_story_with_an_image_is_reviewed_and_published(
    page, browser, live_url, moderator, tmp_path
):
    title = f"Presupuesto participativo {uuid.uuid4().hex[:4]}"
    page.goto("/es/openstories/")
    page.get_by_role("link", name="Comparta su historia").click()
    page.wait_for_url(f"**{SUBMIT['es']}")
    fill_story(page, title)
    page.locator("#id_image").set_input_files(str(png(tmp_path)))
    page.get_by_role("button", name="Enviar mi historia").click()
    page.wait_for_url("**/es/openstories/proponer/gracias/")
    assert page.get_by_role("heading", name="Gracias por su historia").is_visible()

    submission = Submission.objects.get(title=title)
    story = StoryPage.objects.get(pk=submission.page_id)
    assert story.locale.language_code == "es" and not story.live
    assert story.hero_image is not None

    # The moderator finds it in the queue, as a Spanish draft, and approves it.
    admin = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    admin.set_default_timeout(15_000)
    editor = admin.new_page()
    editor.goto("/admin/login/")
    editor.get_by_label("Username").fill(moderator.username)
    editor.get_by_label("Password").fill(PASSWORD)
    editor.get_by_role("button", name="Sign in").click()
    editor.wait_for_url("**/admin/")
    editor.goto("/admin/snippets/participation/submission/")
    row = editor.locator("tr", has_text=title)
    assert "Español" in row.inner_text() and "in review" in row.inner_text()
    row.get_by_role("link", name="Open the draft").click()
    editor.wait_for_url(f"**/admin/pages/{story.pk}/edit/")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Approve and Publish", exact=True).click()
    editor.wait_for_load_state()
    story.refresh_from_db()
    for _ in range(50):
        story.refresh_from_db()
        if story.live:
            break
        editor.wait_for_timeout(200)
    assert story.live
    editor.goto("/admin/snippets/participation/submission/")
    assert "published" in editor.locator("tr", has_text=title).inner_text()
    admin.close()
    response = page.goto(story.url)
    assert response.status == 200 and page.get_by_role("heading", name=title).is_visible()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_form_and_its_errors_pass_axe_and_keep_every_field(page, language):
    page.goto(SUBMIT[language])
    assert axe_violations(page) == []
    fill_story(page, "Un título <b>kept</b>", with_consent=False)
    page.locator("#id_show_name").check()
    page.locator("form.hub-form button[type=submit]").click()
    page.wait_for_selector("#error-summary")
    assert axe_violations(page) == []
    assert page.locator("#id_title").input_value() == "Un título <b>kept</b>"
    assert page.locator("#id_story").input_value() == "Primer párrafo.\n\nSegundo párrafo."
    assert page.locator("#id_member").input_value() != ""
    assert page.locator("#id_themes_0").is_checked() and page.locator("#id_show_name").is_checked()
    assert page.locator("#id_name").input_value() == "Ana Pérez"
    assert page.locator("#id_email").input_value() == "ana@example.org"
    assert not page.locator("#id_consent").is_checked()
    # The summary links to the field in error.
    page.locator("#error-summary a[href='#id_consent']").click()
    assert page.evaluate("document.activeElement.id") == "id_consent"
