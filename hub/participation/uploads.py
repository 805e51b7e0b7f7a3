"""Files from the public: images are re-encoded by Pillow (JPEG, PNG or WebP only: no SVG,
no metadata kept), documents must be PDFs by their content, not their name."""

import io

import filetype
from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_PIXELS = 40_000_000


def _too_big(upload, limit):
    if upload.size > limit:
        raise forms.ValidationError(
            _("The file is too large: %(size)s MB at most.") % {"size": limit // 1_000_000},
            code="too_large",
        )


def clean_image(upload):
    """``(bytes, extension)`` of the re-encoded image, or ValidationError."""
    _too_big(upload, settings.HUB_UPLOAD_IMAGE_MAX_BYTES)
    refused = forms.ValidationError(_("Choose a JPEG, PNG or WebP image."), code="invalid_image")
    try:
        with Image.open(upload) as image:
            if image.format not in IMAGE_FORMATS:
                raise refused
            if image.width * image.height > MAX_PIXELS:
                raise forms.ValidationError(
                    _("The image has too many pixels."), code="too_many_pixels"
                )
            image.load()
            kind = image.format
            if kind == "JPEG" and image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            elif image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                image = image.convert("RGBA")
            out = io.BytesIO()
            image.save(out, format=kind)  # no EXIF, no ICC, no trailing data
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise refused from None
    return out.getvalue(), IMAGE_FORMATS[kind]


def clean_document(upload):
    _too_big(upload, settings.HUB_UPLOAD_DOCUMENT_MAX_BYTES)
    head = upload.read(2048)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime != "application/pdf":
        raise forms.ValidationError(_("Choose a PDF document."), code="invalid_document")
    return upload
