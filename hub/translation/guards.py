"""The hub's checks in front of some of wagtail-localize's views.

They are registered at the same admin paths as wagtail-localize's own views, before them
(``hub.translation`` comes first in ``INSTALLED_APPS``, so its ``register_admin_urls`` hook
does too), and call those views once the check passes:

* Stop synced translation and Convert to alias page: only for users who may publish the
  page's language (moderators); translators would lose the synced translation.
* Overrides (links, URLs, images…): a text value is validated as the source's URL fields
  are, and refused with a message (HTTP 400) when it is not a safe URL.
"""

import io
import json

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.http import JsonResponse
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.views import convert, edit_translation

from . import roles

ALLOWED_SCHEMES = ("http", "https", "mailto")
# A value that names a scheme (``javascript:``, ``data:``…) or a protocol-relative URL.
url_validator = URLValidator(schemes=["http", "https"])
email_validator = EmailValidator()


def check_url(value):
    """Raises ValidationError unless ``value`` is an http(s) URL, a mailto: link or a
    relative link (a path, a query or an anchor)."""
    text = value.strip()
    lowered = "".join(text.split()).lower()  # "java\tscript:" is still javascript:
    if lowered.startswith("mailto:"):
        address = text.split(":", 1)[1].split("?", 1)[0]
        try:
            email_validator(address)
        except ValidationError:
            raise ValidationError(_("Enter a valid e-mail address after mailto:.")) from None
        return
    scheme = lowered.split(":", 1)[0] if ":" in lowered else ""
    if scheme and "/" not in scheme and "?" not in scheme and "#" not in scheme:
        if scheme not in ALLOWED_SCHEMES:
            raise ValidationError(
                _("Links may only use http, https or mailto, not “%(scheme)s”.")
                % {"scheme": scheme}
            )
        url_validator(text)
        return
    if lowered.startswith("//"):
        raise ValidationError(_("Enter a full link starting with https://."))


def is_link(overridable_segment):
    """Overrides of links and URL fields replace text; the others replace ids (images,
    documents, pages)."""
    try:
        source = json.loads(overridable_segment.data_json)
    except ValueError:
        return False
    return isinstance(source, str)


def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    if not roles.can_publish_locale(request.user, translation.target_locale_id):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not roles.can_publish_locale(request.user, page.locale_id):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def edit_override(request, translation_id, overridable_segment_id):
    if request.method == "PUT":
        segment = get_object_or_404(OverridableSegment, pk=overridable_segment_id)
        # Django parses multipart bodies only for POST; read a copy (DRF reads it again).
        try:
            data, _files = MultiPartParser(
                request.META, io.BytesIO(request.body), request.upload_handlers, request.encoding
            ).parse()
        except MultiPartParserError:
            data = {}  # wagtail-localize refuses it
        value = data.get("value")
        if isinstance(value, str) and is_link(segment):
            try:
                check_url(value)
            except ValidationError as error:
                return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return edit_translation.edit_override(request, translation_id, overridable_segment_id)


def urls():
    return [
        path(
            "localize/translate/<int:translation_id>/disable/",
            stop_translation,
            name="guarded_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="guarded_convert_to_alias",
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            edit_override,
            name="guarded_edit_override",
        ),
    ]
