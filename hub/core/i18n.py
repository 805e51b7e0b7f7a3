"""Language links for a page: the switcher and the hreflang alternates."""

from django.conf import settings
from wagtail.models import Page


def language_links(page, request):
    """One entry per site language: the live translation, or the source page as fallback.

    The switcher never leads to a 404: where a language has no live translation, the
    link goes to the page in its source language with ``?unavailable=<code>``, and that
    page explains why the reader sees another language.
    """
    # One indexed query: caching it would save nothing (a cache hit reads rows by key).
    translations = list(
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .select_related("locale")
        .order_by("id")
    )
    by_language = {p.locale.language_code: p for p in translations}
    for translation in translations:
        if translation.pk == page.pk:  # the page's own locale, already fetched
            page.locale = translation.locale
    # The first page created in a translation group is its source.
    source = translations[0] if translations else page
    current = page.locale.language_code
    links = []
    for code, name in settings.LANGUAGES:
        target = by_language.get(code)
        if target is not None:
            url = target.get_url(request)
            full_url = request.build_absolute_uri(url)
        else:
            url = f"{source.get_url(request)}?unavailable={code}"
            full_url = None
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "available": target is not None,
                "current": code == current,
            }
        )
    return links


def unavailable_language(request):
    """The language a reader asked for but that this page lacks, if any."""
    code = request.GET.get("unavailable", "")
    return dict(settings.LANGUAGES).get(code)
