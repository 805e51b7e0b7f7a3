from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub.opendata import urls as opendata_urls
from hub.participation import urls as participation_urls
from search import views as search_views

handler404 = "hub.ops.errors.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("captcha/", include("captcha.urls")),  # the optional CAPTCHA's images
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/autocomplete/", search_views.autocomplete_api, name="search_autocomplete"),
    *opendata_urls.urlpatterns,
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's front-end URLs, pages to GET and HEAD only: no page takes a form (password
# forms post to Wagtail's own view, kept from wagtail_urls).
wagtail_patterns = [
    re_path(wagtail_urls.serve_pattern, require_safe(wagtail_views.serve), name="wagtail_serve")
    if pattern.name == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]

urlpatterns += i18n_patterns(
    # Results change with every publication and purges do not list searches: a minute
    # in a shared cache (hub.cache.headers).
    path("search/", cache_control(s_maxage=60)(search_views.search), name="search"),
    *opendata_urls.i18n_urlpatterns,
    *participation_urls.i18n_urlpatterns,
    *wagtail_patterns,
    prefix_default_language=True,
)
