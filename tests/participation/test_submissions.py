"""Story submissions: the public form → a draft StoryPage in the reader's language, in the
Secretariat's review workflow, recorded as a Submission, with mails in each recipient's
language."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from wagtail.models import WorkflowState

from hub.participation.antispam import stamp
from hub.participation.models import Submission
from hub.stories.models import StoryIndexPage, StoryPage
from hub.translation.roles import SOURCE_WORKFLOW

from .conftest import PDF, SUBMIT, image_bytes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_form_is_linked_from_the_stories_index_in_each_language(client, language):
    index = StoryIndexPage.objects.get(locale__language_code=language)
    page = client.get(index.url).content.decode()
    assert f'href="{SUBMIT[language]}"' in page
    form = client.get(SUBMIT[language])
    assert form.status_code == 200
    assert "no-store" in form["Cache-Control"]
    assert f'<html lang="{language}"' in form.content.decode()


def test_a_spanish_story_becomes_a_spanish_draft_in_review(
    client, story_data, settings, django_capture_on_commit_callbacks
):
    settings.HUB_SECRETARIAT_EMAIL = "secretariat@example.org"
    data = story_data("es")
    data["image"] = SimpleUploadedFile("foto.png", image_bytes(), content_type="image/png")
    data["document"] = SimpleUploadedFile("informe.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT["es"], data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == "/es/openstories/proponer/gracias/"
    assert "Gracias" in client.get(response["Location"]).content.decode()

    submission = Submission.objects.get()
    page = StoryPage.objects.get(pk=submission.page_id)
    assert page.locale.language_code == "es" and not page.live
    assert page.get_parent().specific_class is StoryIndexPage
    assert page.get_parent().locale.language_code == "es"
    assert page.member_id == data["member"] and [t.pk for t in page.themes.all()] == data["themes"]
    body = str(page.body)
    assert "Primer párrafo." in body and "&lt;b&gt;con&lt;/b&gt;" in body
    with Image.open(page.hero_image.file) as image:
        assert image.format == "PNG" and image.size == (40, 30)
    assert submission.document.file.read().startswith(b"%PDF-")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == SOURCE_WORKFLOW
    assert (submission.language, submission.email, submission.show_name) == (
        "es",
        "ana@example.org",
        False,
    )
    with translation.override("en"):
        assert str(submission.status) == "in review"

    # The submitter's mail in Spanish, the Secretariat's in French; the name stays private.
    to_submitter = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    assert "Hemos recibido su historia" in to_submitter.subject
    to_secretariat = next(m for m in mail.outbox if m.to == ["secretariat@example.org"])
    assert "Nouvelle proposition" in to_secretariat.subject
    assert f"/admin/pages/{page.pk}/edit/" in to_secretariat.body
    preview = page.serve_preview(client.get("/").wsgi_request, "").render().content.decode()
    assert "Ana Pérez" not in preview and "ana@example.org" not in preview


def test_the_name_is_shown_only_with_the_opt_in(client, story_data):
    data = story_data("fr", show_name="on", name="Ana <script>")
    assert client.post(SUBMIT["fr"], data).status_code == 302
    page = Submission.objects.get().page.specific
    preview = page.serve_preview(client.get("/").wsgi_request, "").render().content.decode()
    assert "Récit partagé par Ana &lt;script&gt;" in preview
    assert "ana@example.org" not in preview


def test_a_form_with_errors_comes_back_filled_with_errors_linked(client, story_data):
    data = story_data("fr", email="not-an-address", consent="")
    data["image"] = SimpleUploadedFile("x.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    response = client.post(SUBMIT["fr"], data)
    assert response.status_code == 400
    page = response.content.decode()
    assert (
        'id="error-summary"' in page and 'href="#id_email"' in page and 'href="#id_consent"' in page
    )
    assert 'value="Presupuesto abierto en Montevideo"' in page
    assert "Segundo párrafo &lt;b&gt;con&lt;/b&gt; marcas." in page
    assert 'value="not-an-address"' in page and 'value="Ana Pérez"' in page
    assert f'value="{data["member"]}" selected' in page
    assert f'value="{data["themes"][0]}"' in page and "checked" in page
    assert "Choisissez une image JPEG, PNG ou WebP." in page
    assert "choisir le fichier à nouveau" in page
    assert not Submission.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("a.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "Choose a JPEG, PNG or WebP image."),
        ("a.png", b"not an image", "Choose a JPEG, PNG or WebP image."),
        (
            "a.png",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
            "Choose a JPEG, PNG or WebP image.",
        ),
    ],
)
def test_images_other_than_jpeg_png_webp_are_refused(client, story_data, name, content, message):
    data = story_data("en", image=SimpleUploadedFile(name, content))
    response = client.post(SUBMIT["en"], data)
    assert response.status_code == 400 and message in response.content.decode()


def test_images_are_re_encoded_without_metadata(client, story_data):
    import io

    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret location"
    Image.new("RGB", (20, 20)).save(out, format="JPEG", exif=exif)
    data = story_data("en", image=SimpleUploadedFile("a.jpg", out.getvalue() + b"TRAILER"))
    assert client.post(SUBMIT["en"], data).status_code == 302
    stored = Submission.objects.get().page.specific.hero_image.file.read()
    assert b"secret location" not in stored and b"TRAILER" not in stored


def test_documents_must_be_pdf_by_content_and_small(client, story_data, settings):
    data = story_data("en", document=SimpleUploadedFile("a.pdf", b"MZ\x90\x00 not a pdf"))
    response = client.post(SUBMIT["en"], data)
    assert response.status_code == 400 and "Choose a PDF document." in response.content.decode()
    settings.HUB_UPLOAD_DOCUMENT_MAX_BYTES = 10
    data = story_data("en", document=SimpleUploadedFile("a.pdf", PDF))
    response = client.post(SUBMIT["en"], data)
    assert response.status_code == 400 and "The file is too large" in response.content.decode()


def test_honeypot_and_time_trap(client, story_data, settings):
    response = client.post(SUBMIT["en"], story_data("en", website="http://spam.example"))
    assert response.status_code == 400 and "looked automated" in response.content.decode()
    settings.HUB_FORM_MIN_SECONDS = 3
    response = client.post(SUBMIT["en"], story_data("en", started=stamp()))
    assert response.status_code == 400 and "sent too quickly" in response.content.decode()
    response = client.post(SUBMIT["en"], story_data("en", started="forged"))
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_a_hundred_submissions_a_minute_are_throttled(client, story_data, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "story_submission": "20/h"}
    statuses = [
        client.post(SUBMIT["fr"], story_data("fr", title="")).status_code for _ in range(100)
    ]
    assert statuses[:20] == [400] * 20 and set(statuses[20:]) == {429}
    response = client.post(SUBMIT["fr"], story_data("fr", title=""))
    assert response.status_code == 429 and "Retry-After" in response
    assert "Trop de requêtes" in response.content.decode()
    assert client.get(SUBMIT["fr"]).status_code == 200  # looking at the form is free


def test_the_editors_queue_lists_submissions(admin_client, client, story_data):
    assert client.post(SUBMIT["es"], story_data("es")).status_code == 302
    submission = Submission.objects.get()
    page = admin_client.get("/admin/snippets/participation/submission/").content.decode()
    assert "Presupuesto abierto en Montevideo" in page
    assert f"/admin/pages/{submission.page_id}/edit/" in page
    assert "Spanish" in page or "Español" in page or "español" in page


def test_the_optional_captcha(client, story_data, settings):
    from captcha.models import CaptchaStore

    assert "captcha" not in client.get(SUBMIT["en"]).content.decode()  # off by default
    settings.HUB_FORM_CAPTCHA = True
    form = client.get(SUBMIT["es"]).content.decode()
    assert 'alt="Letras que escribir, mostradas como imagen"' in form
    store = CaptchaStore.objects.order_by("-pk").first()
    wrong = story_data("es", captcha_0=store.hashkey, captcha_1="wrong")
    response = client.post(SUBMIT["es"], wrong)
    assert response.status_code == 400 and not Submission.objects.exists()
    store = CaptchaStore.objects.order_by("-pk").first()  # the form came back with a new one
    right = story_data("es", captcha_0=store.hashkey, captcha_1=store.response)
    assert client.post(SUBMIT["es"], right).status_code == 302
    assert client.get(f"/captcha/image/{CaptchaStore.generate_key()}/").status_code == 200


@pytest.mark.parametrize("group", ["Moderators", "Secretariat editors"])
def test_moderators_and_editors_see_the_queue(client, django_user_model, group):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(f"u-{group[:3]}", "u@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert client.get("/admin/snippets/participation/submission/").status_code == 200
