"""Routes of the open data app: ``urlpatterns`` outside the language prefix,
``i18n_urlpatterns`` inside it (both before Wagtail's catch-all)."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import views
from .api import api_router
from .sitemaps import HubSitemap

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("api/search/export/", views.search_export, name="opendata_search_export"),
    path("open-data/schema/<slug:dataset>.json", views.schema_json, name="opendata_schema_json"),
    path("cite/<int:page_id>.<str:fmt>", views.citation_download, name="opendata_citation"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": HubSitemap}}, name="opendata_sitemap"),
    path("robots.txt", views.robots_txt, name="opendata_robots"),
]

i18n_urlpatterns = [
    path("search/feed/", views.search_feed, name="opendata_search_feed"),
    path("open-data/", views.schema_page, name="opendata_schema"),
]
