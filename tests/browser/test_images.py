"""Images in a real browser: a French secretariat editor uploads an image, makes it a
story's listing image (alternative text required, in French), the story is published and
its card on the stories listing shows the image with its alternative text; the home page's
first view weighs under 500 KB."""

import datetime
import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslatableObject

from hub.stories.models import StoryIndexPage, StoryPage
from hub.translation import roles
from tests.browser.conftest import axe_violations

PASSWORD = "a-long-browser-test-password"
HOME_WEIGHT_LIMIT = 500 * 1024


@pytest.fixture
def editor():
    """A secretariat editor reading the admin in French, a moderator, a new French story;
    what the test makes is removed."""
    users = get_user_model().objects
    made = {}
    for role, group in (("editor", roles.EDITORS), ("moderator", roles.MODERATORS)):
        user = users.create_user(f"{role}-{uuid.uuid4().hex[:6]}", f"{role}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "fr"
        profile.save()
        made[role] = user
    parent = StoryIndexPage.objects.get(locale__language_code=roles.SOURCE_LANGUAGE)
    story = StoryPage(
        title=f"Des budgets ouverts en images {uuid.uuid4().hex[:4]}",
        introduction="Les habitants suivent le budget.",
        date=datetime.date(2031, 1, 1),  # the latest: first on the listing
    )
    parent.add_child(instance=story)
    story.save_revision().publish()
    made["story"] = story
    made["image_title"] = f"Budget participatif {uuid.uuid4().hex[:6]}"
    yield made
    for page in Page.objects.filter(translation_key=story.translation_key).order_by("-depth"):
        page.delete()
    TranslatableObject.objects.filter(translation_key=story.translation_key).delete()
    get_image_model().objects.filter(title=made["image_title"]).delete()
    made["editor"].delete()
    made["moderator"].delete()


def png(width=1200, height=675):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#0b3d5c").save(buffer, "PNG")
    return buffer.getvalue()


def test_editor_uploads_an_image_and_readers_see_it_on_the_listing(browser, live_url, editor):
    story, title = editor["story"], editor["image_title"]
    alt = "Des habitants votent le budget de leur quartier"
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill(editor["editor"].username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    assert page.locator("html").get_attribute("lang") == "fr"

    # Upload: the editors' group may add images.
    page.goto("/admin/images/add/")
    page.locator("#id_title").fill(title)
    page.locator("#id_file").set_input_files(
        files=[{"name": "budget.png", "mimeType": "image/png", "buffer": png()}]
    )
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/admin/images/**")
    image = get_image_model().objects.get(title=title)

    # Choose it as the story's listing image.
    page.goto(f"/admin/pages/{story.pk}/edit/")
    page.locator('a[role=tab][href^="#tab-prom"]').click()
    page.locator("#id_listing_image-chooser .unchosen [data-chooser-action-choose]").click()
    page.locator(f'.modal a[data-chooser-modal-choice][title$="{title}"]').click()
    page.locator("#id_listing_image-chooser:not(.blank)").wait_for()
    page.locator("#id_listing_image_alt").fill(alt)
    with page.expect_navigation():
        page.get_by_role("button", name="Enregistrer le brouillon").click()
    revision = StoryPage.objects.get(pk=story.pk).get_latest_revision()
    assert revision.content["listing_image"] == image.pk
    context.close()

    # A moderator publishes it (editors submit; moderators publish).
    revision.publish(user=editor["moderator"])

    reader = browser.new_page(base_url=live_url, viewport={"width": 1280, "height": 900})
    reader.goto(story.get_parent().url)
    card = reader.locator("article.card", has_text=story.title)
    picture = card.locator("picture")
    assert picture.locator("img").get_attribute("alt") == alt
    assert picture.locator('source[type="image/webp"]').count() == 1
    picture.locator("img").scroll_into_view_if_needed()
    reader.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=picture.locator("img").element_handle()
    )
    assert axe_violations(reader) == []
    reader.close()


def test_home_page_first_view_weighs_under_500_kb(browser, live_url):
    """HTML, CSS, fonts, scripts and images of the home page, scrolled to the end so that
    every lazy image counts too (decoded sizes: an upper bound of the bytes transferred)."""
    for language in ("en", "fr", "es"):
        context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        sizes = {}
        page.on(
            "requestfinished", lambda request, found=sizes: found.update({request.url: request})
        )
        page.goto(f"/{language}/", wait_until="networkidle")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        weights = {url: len(request.response().body()) for url, request in sizes.items()}
        context.close()
        total = sum(weights.values())
        assert any(".woff2" in url for url in weights), weights  # the fonts are counted
        assert any("/media/images/" in url for url in weights), weights  # and the images
        assert total < HOME_WEIGHT_LIMIT, (language, total, weights)
