from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import TERM_LANGUAGES, Member, Term, Theme


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


class TermCreateView(CreateView):
    def get_initial(self):
        """Variants given in the query string (``?es=cabildeo``), bounded."""
        initial = super().get_initial()
        for code in TERM_LANGUAGES:
            value = " ".join(self.request.GET.get(code, "").split())
            if value:
                initial[code] = value[: Term._meta.get_field(code).max_length]
        return initial


class TermViewSet(SnippetViewSet):
    """The shared vocabulary. Its create form takes initial values from the query string
    (``?es=cabildeo``): the search insights report links to it that way."""

    model = Term
    icon = "doc-full"
    menu_label = _("Vocabulary")
    list_display = ["en", "fr", "es", "do_not_translate"]
    list_filter = ["do_not_translate"]
    add_view_class = TermCreateView


register_snippet(ThemeViewSet)
register_snippet(MemberViewSet)
register_snippet(TermViewSet)
