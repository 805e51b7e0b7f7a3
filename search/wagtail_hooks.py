from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .insights import VIEW_PERMISSION, SearchInsightsView


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", SearchInsightsView.as_view(), name="index"),
        path("results/", SearchInsightsView.as_view(results_only=True), name="results"),
    ]
    return [path("reports/search-insights/", include((urls, "search_insights")))]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_insights_menu_item():
    return InsightsMenuItem(
        _("Search insights"), reverse("search_insights:index"), icon_name="search", order=1310
    )
