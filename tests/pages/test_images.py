"""Listing and social images with alternative text (hub.core.images), the demo's
illustrations, and cards showing them."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images import get_image_model
from wagtail_localize.models import StringSegment, TranslationSource

from hub.demo import illustrations
from hub.demo.content.images import ALTS
from hub.pages.models import HomePage
from hub.stories.models import StoryPage

pytestmark = pytest.mark.django_db


def story(language):
    return StoryPage.objects.live().filter(locale__language_code=language).order_by("path")[0]


@pytest.mark.parametrize("field", ["listing_image", "social_image"])
def test_alt_text_is_required_with_an_image(field):
    page = story("en")
    setattr(page, field, get_image_model().objects.first())
    setattr(page, f"{field}_alt", "   ")
    with translation.override("fr"):
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        message = str(error.value.message_dict[f"{field}_alt"])
    assert "texte alternatif est obligatoire" in message
    setattr(page, f"{field}_alt", "A chart")
    page.full_clean()


def test_no_image_needs_no_alt_text():
    page = story("en")
    page.listing_image = page.social_image = None
    page.listing_image_alt = page.social_image_alt = ""
    page.full_clean()


def test_demo_illustrations_record_licence_and_author():
    images = get_image_model().objects.filter(collection__name=illustrations.COLLECTION)
    assert images.count() == len(ALTS)
    for image in images:
        assert "CC0" in image.title and illustrations.AUTHOR in image.title
        with image.open_file() as file:
            assert illustrations.LICENCE.encode() in file.read()
    # The same theme always gives the same bytes.
    assert illustrations.draw("justice") == illustrations.draw("justice")


def test_alt_text_is_translated_with_the_page():
    source = story("fr")
    assert source.listing_image_id is not None
    key = next(key for key, alts in ALTS.items() if alts["fr"] == source.listing_image_alt)
    for language in ("en", "es"):
        translated = StoryPage.objects.get(
            translation_key=source.translation_key, locale__language_code=language
        )
        assert translated.listing_image_id == source.listing_image_id
        assert translated.listing_image_alt == ALTS[key][language]
    segments = StringSegment.objects.filter(
        source=TranslationSource.objects.get_for_instance(source)
    ).values_list("context__path", flat=True)
    assert "listing_image_alt" in segments


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_home_cards_show_images_with_alt_and_theme_chips(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    html = client.get(home.url).content.decode()
    latest = StoryPage.objects.live().filter(locale=home.locale).order_by("-date", "title")[0]
    assert f'alt="{latest.listing_image_alt}"' in html
    assert "<picture>" in html and 'type="image/webp"' in html
    assert '<a class="chip"' in html and "icons.svg#" in html
