"""Routes of the open data app: ``urlpatterns`` outside the language prefix,
``i18n_urlpatterns`` inside it (both before Wagtail's catch-all)."""

from django.urls import path, re_path
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap

from . import views
from .api import api_router
from .citation import FORMATS as CITATION_FORMATS
from .sitemaps import HubSitemap

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("api/search/export/", views.search_export, name="opendata_search_export"),
    path("open-data/schema/<slug:dataset>.json", views.schema_json, name="opendata_schema_json"),
    # Any other format is no such URL: a 404, never a file named after the request.
    re_path(
        rf"^cite/(?P<page_id>[0-9]{{1,18}})\.(?P<fmt>{'|'.join(CITATION_FORMATS)})$",
        views.citation_download,
        name="opendata_citation",
    ),
    path(
        "sitemap.xml",
        require_safe(sitemap),
        {"sitemaps": {"pages": HubSitemap}},
        name="opendata_sitemap",
    ),
    path("robots.txt", views.robots_txt, name="opendata_robots"),
]

i18n_urlpatterns = [
    path("search/feed/", views.search_feed, name="opendata_search_feed"),
    path("open-data/", views.schema_page, name="opendata_schema"),
]
