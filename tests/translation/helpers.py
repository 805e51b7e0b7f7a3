from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from hub.translation import roles


def locale(code):
    return Locale.objects.get(language_code=code)


def source_page(model, index=0):
    return model.objects.filter(locale=locale(roles.SOURCE_LANGUAGE)).order_by("path")[index]


def translated(page, code):
    return page.get_translation(locale(code)).specific


def translation_record(page, code):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale(code), enabled=True
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def publish_in_editor(client, page, capture):
    """Presses "Publish" in wagtail-localize's translation editor."""
    with capture(execute=True):
        response = client.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302, response.status_code
    return Page.objects.get(pk=page.pk).specific


def refused(response):
    """Wagtail's admin refuses with 403, or with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def put_string(client, translation, path, value):
    """Translates one segment as the translation editor does (a PUT to its string API)."""
    segment = translation.source.stringsegment_set.filter(context__path=path).first()
    url = reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
    )
    response = client.put(url, encode_multipart(BOUNDARY, {"value": value}), MULTIPART_CONTENT)
    response.ok = response.status_code in (200, 201)
    return response
