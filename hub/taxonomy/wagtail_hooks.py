from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Member, Term, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    # No ``search_fields``: the admin searches the model's index (its AutocompleteField is
    # the name). modelsearch 1.3.2's SQLite backend fails on ``fields=`` (see
    # search/modelsearch_workarounds.py).


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    list_display = ["name", "kind", "country", "region"]
    list_filter = ["kind", "region"]
    # No ``search_fields``: as for themes.


class TermViewSet(SnippetViewSet):
    """The shared vocabulary. Its create form takes initial values from the query string
    (``?es=cabildeo``): the search insights report links to it that way."""

    model = Term
    icon = "doc-full"
    menu_label = _("Vocabulary")
    list_display = ["en", "fr", "es", "do_not_translate"]
    list_filter = ["do_not_translate"]


register_snippet(ThemeViewSet)
register_snippet(MemberViewSet)
register_snippet(TermViewSet)
