import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from hub.core.listing import ListingMixin

from ..citation import citation_data, is_citable, plain_text
from ..jsonld import page_jsonld

register = template.Library()

# As json_script: nothing in the data can close the <script> element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def page_jsonld_script(context, page):
    request = context.get("request")
    data = page_jsonld(page, request) if page is not None and request is not None else None
    if data is None:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag(takes_context=True)
def feed_urls(context):
    """``[(kind, url)]`` of the feeds of what the reader is looking at: a listing page or
    a search, with its filters."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return []
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("format", None)
    if isinstance(page, ListingMixin):
        base = request.path
    elif request.resolver_match and request.resolver_match.url_name == "search":
        base = reverse("opendata_search_feed")
    else:
        return []
    urls = []
    for kind in ("rss", "atom"):
        query["format"] = kind
        urls.append((kind, f"{base}?{query.urlencode()}"))
    return urls


@register.simple_tag(takes_context=True)
def export_urls(context):
    """``[(format, url)]`` of the exports of the listing or search on screen."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return []
    query = request.GET.copy()
    query.pop("page", None)
    if isinstance(page, ListingMixin):
        base = request.path
    elif request.resolver_match and request.resolver_match.url_name == "search":
        base = reverse("opendata_search_export")
    else:
        return []
    urls = []
    for fmt in ("csv", "json"):
        query["format"] = fmt
        urls.append((fmt, f"{base}?{query.urlencode()}"))
    return urls


@register.inclusion_tag("opendata/citation_block.html", takes_context=True)
def citation(context, page):
    request = context.get("request")
    if page is None or request is None or not is_citable(page):
        return {"citation": None}
    return {
        "citation": plain_text(citation_data(page, request)),
        "bibtex_url": reverse("opendata_citation", args=[page.pk, "bib"]),
        "ris_url": reverse("opendata_citation", args=[page.pk, "ris"]),
    }


@register.simple_tag
def feed_link(kind, url, title):
    content_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    return format_html(
        '<link rel="alternate" type="{}" title="{}" href="{}">', content_type, title, url
    )
