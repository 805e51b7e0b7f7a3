"""Renditions made when a page is published, so that no reader waits for an image resize.

The filter specs must be those the templates ask for; ``tests/performance`` renders each
page after publishing it and fails if a template needed a rendition made here not.
"""

from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, Filter

# templates/stories/story_page.html: {% picture page.hero_image ... %}
HERO_SPECS = Filter.expand_spec("format-{avif,webp,jpeg} width-{600,1200}")
# templates/blocks/image.html: {% picture value.image ... %}
BLOCK_SPECS = Filter.expand_spec("format-{avif,webp,jpeg} width-{400,800,1200}")

# templates/includes/card.html: {% picture item.listing_image ... %} (or the hero image)
CARD_SPECS = Filter.expand_spec("format-{avif,webp,jpeg} fill-{400x225,800x450}")

# templates/base.html: {% image page.share_image fill-1200x630 format-jpeg %} (Open Graph)
SHARE_SPECS = ["fill-1200x630|format-jpeg"]

# Page attribute → the renditions its image needs.
FIELD_SPECS = {
    "hero_image": HERO_SPECS + CARD_SPECS,
    "listing_image": CARD_SPECS,
    "share_image": SHARE_SPECS,
}


def _stream_images(value):
    """(image, specs) for each image in a StreamField value, at any depth.

    Any image a block holds (the shared ``image`` block of ``hub.core.blocks`` is the one
    today) is shown by ``templates/blocks/image.html``: found by its value, so this
    low-level module needs no block class of the layers above.
    """
    if isinstance(value, AbstractImage):
        yield value, BLOCK_SPECS
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _stream_images(child.value)
    elif isinstance(value, StructValue):
        for item in value.values():
            yield from _stream_images(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _stream_images(item)


def page_images(page):
    """(image, specs) pairs for the images ``page`` shows."""
    for field_name, specs in FIELD_SPECS.items():
        image = getattr(page, field_name, None)
        if isinstance(image, AbstractImage):
            yield image, specs
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            yield from _stream_images(getattr(page, field.name))


def pregenerate(page):
    """Makes the renditions of ``page``'s images; returns how many specs were ensured."""
    count = 0
    for image, specs in page_images(page.specific):
        image.get_renditions(*specs)
        count += len(specs)
    return count
