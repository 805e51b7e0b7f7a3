"""``/sitemap.xml``: every live, public page in every language, each with ``hreflang``
alternates naming its translations (slugs are translated, so Django's own i18n sitemap
alternates, which reuse one path, cannot be used)."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .datasets import locale_urls


class HubSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = Q()
        for root in roots:
            in_trees |= Q(path__startswith=root.path)
        return (
            Page.objects.live().public().filter(in_trees).select_related("locale").order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        urls = locale_urls(pages, self.request)
        entries = []
        for item in pages:
            translations = urls.get(item.translation_key, {})
            entries.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": [
                        {"lang_code": code, "location": url}
                        for code, url in sorted(translations.items())
                    ]
                    if len(translations) > 1
                    else [],
                }
            )
        lastmods = [entry["lastmod"] for entry in entries if entry["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return entries
