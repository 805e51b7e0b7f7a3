from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.core.blocks import ParagraphBlock
from hub.taxonomy.models import AmbitionLevel


class RecommendationBlock(blocks.StructBlock):
    """A Guide recommendation for one starting point, with the examples that illustrate it."""

    level = blocks.ChoiceBlock(
        label=_("ambition level"), choices=AmbitionLevel.choices, default=AmbitionLevel.INITIAL
    )
    title = blocks.CharBlock(label=_("title"))
    text = ParagraphBlock(label=_("text"))
    commitments = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="commitments.CommitmentPage"),
        label=_("illustrating commitments"),
        default=[],
    )
    stories = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="stories.StoryPage"),
        label=_("illustrating stories"),
        default=[],
    )

    class Meta:
        icon = "tick-inverse"
        template = "guide/blocks/recommendation.html"
        preview_value = {
            "level": "initial",
            "title": "Publish budget documents",
            "text": "<p>Publish the eight key budget documents on time.</p>",
            "commitments": [],
            "stories": [],
        }
