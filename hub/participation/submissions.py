"""A story sent from the public form becomes a draft ``StoryPage`` in the reader's
language, under that language's stories index, in the Secretariat's review workflow."""

import datetime
import io

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Workflow
from wagtail.rich_text import RichText

from hub.core.slugs import slugify
from hub.stories.models import StoryPage
from hub.translation.roles import SOURCE_WORKFLOW

from . import notifications
from .models import Submission


def paragraphs(text):
    """Plain text → one escaped paragraph block per paragraph (blank line between)."""
    blocks = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = [escape(line.strip()) for line in chunk.split("\n") if line.strip()]
        if lines:
            blocks.append(("paragraph", RichText("<p>" + "<br/>".join(lines) + "</p>")))
    return blocks


def signature(data, language):
    """The submitter's name closes the story only if they opted in."""
    if not data.get("show_name"):
        return []
    with translation.override(language):
        text = _("Story shared by %(name)s") % {"name": data["name"]}
    return [("paragraph", RichText(f"<p><i>{escape(text)}</i></p>"))]


def unique_slug(index, title):
    base = (slugify(title) or "story")[:70].strip("-") or "story"
    slug, number = base, 1
    siblings = index.get_children()
    while siblings.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def create_submission(data, index):
    """Creates the draft, starts its review and queues the mails; returns the Submission."""
    title = data["title"]
    image = None
    if data.get("image"):
        content, extension = data["image"]
        image = get_image_model()(title=title)
        # ImageFile: Wagtail's image takes its width and height from the file.
        image.file = ImageFile(io.BytesIO(content), name=f"story.{extension}")
        image.save()
    document = None
    if data.get("document"):
        document = get_document_model()(title=title)
        document.file.save("story.pdf", data["document"], save=False)
        document.save()
    page = StoryPage(
        title=title,
        slug=unique_slug(index, title),
        locale=index.locale,
        date=datetime.date.today(),
        member=data.get("member"),
        hero_image=image,
        body=paragraphs(data["story"]) + signature(data, index.locale.language_code),
        live=False,
    )
    page.themes.set(data.get("themes") or [])
    index.add_child(instance=page)
    page.save_revision()
    workflow = Workflow.objects.filter(name=SOURCE_WORKFLOW, active=True).first()
    workflow = workflow or page.get_workflow()
    if workflow is not None:
        workflow.start(page, None)
    submission = Submission.objects.create(
        page=page,
        title=title,
        language=index.locale.language_code,
        name=data["name"],
        email=data["email"],
        show_name=data.get("show_name", False),
        document=document,
    )
    transaction.on_commit(lambda: notifications.submission_received(submission))
    return submission
