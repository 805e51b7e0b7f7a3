"""The images every page has: a listing image (cards on listings, the home page and search)
and a social image (link previews), each with its alternative text.

The alternative texts are fields of the page, not of the image, so that wagtail-localize
offers them to translators with the rest of the page (an image's own fields are not
translated); the images themselves are copied to translations and may be overridden.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

ALT_MAX_LENGTH = 255
ALT_HELP = _("What the image shows, for readers who cannot see it (read aloud by screen readers).")
ALT_REQUIRED = _("Describe the image: alternative text is required when an image is chosen.")

# Image field → its alternative text field.
IMAGE_ALTS = {"listing_image": "listing_image_alt", "social_image": "social_image_alt"}


def _image_field(verbose_name, help_text):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def _alt_field(verbose_name):
    return models.CharField(verbose_name, max_length=ALT_MAX_LENGTH, blank=True, help_text=ALT_HELP)


class PageImagesMixin(models.Model):
    listing_image = _image_field(
        _("listing image"), _("Shown on the page's card in listings, on the home page and search.")
    )
    listing_image_alt = _alt_field(_("listing image alternative text"))
    social_image = _image_field(
        _("social image"), _("Shown in link previews on social networks (cropped to 1200×630).")
    )
    social_image_alt = _alt_field(_("social image alternative text"))

    image_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Listing image"),
        ),
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_image_alt")],
            heading=_("Social image"),
        ),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        for image_field, alt_field in IMAGE_ALTS.items():
            alt = (getattr(self, alt_field) or "").strip()
            setattr(self, alt_field, alt)
            if getattr(self, f"{image_field}_id") is not None and not alt:
                errors[alt_field] = ValidationError(ALT_REQUIRED, code="required")
        if errors:
            raise ValidationError(errors)

    @property
    def share_image_alt(self):
        """The alternative text of ``share_image`` (the social image, else the listing
        image)."""
        if self.social_image_id is not None:
            return self.social_image_alt
        if self.listing_image_id is not None:
            return self.listing_image_alt
        return ""

    @property
    def share_image(self):
        """The image of link previews: the social image, else the listing image, else
        the page's hero image if it has one."""
        return self.social_image or self.listing_image or getattr(self, "hero_image", None)


def with_card_images(queryset, *fields):
    """``queryset`` with the images its cards show (``listing_image`` and ``fields``),
    joined: no query per card. Their renditions come from Wagtail's rendition cache (the
    "renditions" cache), filled when the page was published (hub.cache.renditions)."""
    return queryset.select_related("listing_image", *fields)
