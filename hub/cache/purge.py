"""Which URLs the front-end cache (Varnish) must forget when a page is (un)published.

A page's change shows on the page itself in every language (the language switcher says
which translations are live), on the listing that holds it and on the home page (latest
stories, commitments, winners, the Guide's themes), in every locale. Paginated and
``?unavailable=`` variants of these URLs are banned with them by the VCL, which purges
on the path whatever the query string (``deploy/varnish/hub.vcl``).

Other pages that mention the page (related commitments, the menu, breadcrumbs) catch up
within the cache's TTL.
"""

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


def pages_to_purge(page):
    """``page``, its translations, their parents and the home page of each locale."""
    translations = list(Page.objects.filter(translation_key=page.translation_key))
    if page.pk not in {p.pk for p in translations}:
        translations.append(page)
    parent_paths = {p.path[: -Page.steplen] for p in translations if p.depth > 2}
    home_paths = {p.path[: Page.steplen * 2] for p in translations if p.depth >= 2}
    related = Page.objects.filter(path__in=parent_paths | home_paths).exclude(
        pk__in=[p.pk for p in translations]
    )
    return translations + list(related)


def purge_page(page):
    batch = PurgeBatch()
    batch.add_pages(pages_to_purge(page))
    batch.purge()
    return batch.urls
