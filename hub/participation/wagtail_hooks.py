from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Submission


class SubmissionViewSet(SnippetViewSet):
    """The editors' queue of stories sent by readers, newest first."""

    model = Submission
    icon = "mail"
    menu_label = _("Story submissions")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "language", "status", "created_at", "draft_link"]
    list_filter = ["language"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["title", "language", "name", "email", "show_name", "licence"]
    inspect_view_fields_exclude = []


register_snippet(SubmissionViewSet)
