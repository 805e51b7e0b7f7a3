"""What the load test requests: live page URLs by type and language, search words and
facet values, read from the load database (run through ``manage.py shell``)."""

import json


def dump(path):
    from wagtail.models import Page

    from hub.taxonomy.models import Member, Theme

    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().iterator():
        url = page.get_url()
        if url:
            pages.setdefault(type(page).__name__, []).append(url)
    words = {
        "en": ["open data", "transparency", "participation", "budget", "justice", "climate"],
        "fr": ["données ouvertes", "transparence", "participation", "budget", "justice"],
        "es": ["datos abiertos", "transparencia", "participación", "presupuesto", "justicia"],
    }
    targets = {
        "pages": pages,
        "words": words,
        "themes": sorted(set(Theme.objects.values_list("slug", flat=True))),
        "members": sorted(set(Member.objects.values_list("slug", flat=True)))[:30],
    }
    with open(path, "w") as f:
        json.dump(targets, f, ensure_ascii=False, indent=1)
    print(f"{sum(len(v) for v in pages.values())} page URLs written to {path}")
