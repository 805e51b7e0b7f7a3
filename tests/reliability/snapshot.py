"""What a restore must bring back, as plain data (run in the test and in the restored copy)."""

import json
from pathlib import Path


def snapshot(queries=("transparence", "open data", "datos abiertos", "justice")):
    from django.conf import settings
    from wagtail.models import Page, Revision
    from wagtail_localize.models import StringTranslation, Translation

    from hub.taxonomy.models import Member, Theme

    pages = sorted(
        [str(key), code, path, title, live]
        for key, code, path, title, live in Page.objects.values_list(
            "translation_key", "locale__language_code", "url_path", "title", "live"
        )
    )
    revisions = sorted(
        [r.object_str, r.content_type.model, r.created_at.isoformat(), len(json.dumps(r.content))]
        for r in Revision.objects.select_related("content_type")
    )
    return {
        "pages": pages,
        "snippets": sorted(
            [model.__name__, slug, name, code]
            for model in (Theme, Member)
            for slug, name, code in model.objects.values_list(
                "slug", "name", "locale__language_code"
            )
        ),
        "revisions": revisions,
        "translations": Translation.objects.count(),
        "string_translations": sorted(
            StringTranslation.objects.values_list("data", flat=True).order_by("data")
        ),
        "search": {
            q: sorted(page.url_path for page in Page.objects.live().search(q)) for q in queries
        },
        "media": sorted(
            str(p.relative_to(settings.MEDIA_ROOT))
            for p in Path(settings.MEDIA_ROOT).rglob("*")
            if p.is_file() and p.relative_to(settings.MEDIA_ROOT).parts[0] != "images"
        ),
    }


if __name__ == "__main__":  # pragma: no cover - run through `manage.py shell`
    print(json.dumps(snapshot()))
