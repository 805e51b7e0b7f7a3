"""Related content: the latest pages that share a page's themes.

A page type offers itself as related content by declaring ``related_key`` (its name in
the context's ``related``), and ``related_order`` where it differs from its
``listing_order``: the base layer finds such page types through the app registry and
imports none of them.
"""

from functools import cache

from django.apps import apps

from hub.cache.content import cached_rows

RELATED_LIMIT = 3


@cache
def related_models():
    """The page types that declare ``related_key``, by key (sorted, so stable)."""
    found = {
        model.related_key: model
        for model in apps.get_models()
        if getattr(model, "related_key", None)
    }
    return dict(sorted(found.items()))


def related_by_theme(page, limit=RELATED_LIMIT):
    """``{"stories": [...], "commitments": [...]}`` in the page's locale sharing one of its
    themes, or ``{}`` for a page without themes.

    The lists' keys are cached per locale and set of themes until the next publication
    (``hub.cache.content``): pages on the same themes share them. One more item than
    shown is kept, so that the page itself can be left out.
    """
    slugs = sorted(set(page.related_theme_slugs()))
    if not slugs:
        return {}
    found = _related(page.locale_id, slugs, limit + 1)
    return {
        name: [item for item in items if item.pk != page.pk][:limit]
        for name, items in found.items()
    }


def _related(locale_id, slugs, limit):
    return {
        key: cached_rows(
            f"related-{model._meta.model_name}",
            [locale_id, limit, *slugs],
            model.objects.live()
            .filter(locale_id=locale_id, themes__slug__in=slugs)
            .select_related(*model.listing_select)
            .distinct()
            .order_by(*getattr(model, "related_order", model.listing_order)),
            stop=limit,
        )
        for key, model in related_models().items()
    }
