from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState


class Submission(models.Model):
    """Who sent a story from the public form. The contact is never shown publicly; the name
    only when ``show_name`` is set."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft story"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    show_name = models.BooleanField(_("show my name publicly"), default=False)
    licence = models.CharField(_("licence"), max_length=20, default="CC-BY-4.0")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def status(self):
        """Where the draft is: the page's state and its latest moderation."""
        if self.page is None:
            return _("deleted")
        if self.page.live:
            return _("published")
        state = self.page.workflow_states.order_by("-created_at").first()
        if state is None:
            return _("draft")
        return {
            WorkflowState.STATUS_IN_PROGRESS: _("in review"),
            WorkflowState.STATUS_NEEDS_CHANGES: _("changes requested"),
            WorkflowState.STATUS_APPROVED: _("approved"),
        }.get(state.status, _("draft"))

    status.fget.short_description = _("status")

    def draft_link(self):
        if self.page is None:
            return ""
        url = reverse("wagtailadmin_pages:edit", args=[self.page_id])
        return format_html('<a href="{}">{}</a>', url, _("Open the draft"))

    draft_link.short_description = _("draft story")
