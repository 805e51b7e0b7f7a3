"""Content blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class AnchorBlock(blocks.RegexBlock):
    """A stable fragment identifier.

    A ``RegexBlock`` is not a ``CharBlock``, so wagtail-localize does not offer it for
    translation: the anchor stays the same in every language.
    """

    def __init__(self, **kwargs):
        super().__init__(
            regex=r"^[a-z0-9][a-z0-9-]*$",
            error_messages={"invalid": _("Use lowercase letters, digits and hyphens only.")},
            max_length=80,
            **kwargs,
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        preview_value = {
            "quote": "Open government is a means to better serve citizens.",
            "attribution": "Open Government Partnership",
        }


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video.html"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        preview_value = "Open government in action"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        preview_value = "<p>Transparency, participation and accountability.</p>"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("heading"))
    paragraph = ParagraphBlock(label=_("paragraph"))
    quote = QuoteBlock(label=_("quote"))
    image = CaptionedImageBlock(label=_("image"))
    video = VideoBlock(label=_("video"))


class DeclarationSectionBlock(blocks.StructBlock):
    anchor = AnchorBlock(
        label=_("anchor"), help_text=_("Stable link target, e.g. support-civic-participation.")
    )
    heading = blocks.CharBlock(label=_("heading"))
    body = ParagraphBlock(label=_("text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/declaration_section.html"
        preview_value = {
            "anchor": "support-civic-participation",
            "heading": "Support civic participation",
            "body": "<p>We value public participation of all people, equally.</p>",
        }


class PriorityBlock(blocks.TextBlock):
    class Meta:
        icon = "list-ul"
        template = "blocks/priority.html"
        preview_value = "Broaden the coalition of open government reformers."


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        template = "blocks/link.html"
        preview_value = {"title": "OGP", "url": "https://www.opengovpartnership.org/"}
