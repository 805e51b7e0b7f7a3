from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Member, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    list_display = ["name", "kind", "country", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)
register_snippet(MemberViewSet)
