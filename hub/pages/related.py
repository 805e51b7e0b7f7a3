"""Related content: the latest stories and commitments that share a page's themes."""

from hub.cache.content import cached_rows

RELATED_LIMIT = 3


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
    from hub.commitments.models import CommitmentPage
    from hub.stories.models import StoryPage

    def pick(model, *order):
        return cached_rows(
            f"related-{model._meta.model_name}",
            [locale_id, limit, *slugs],
            model.objects.live()
            .filter(locale_id=locale_id, themes__slug__in=slugs)
            .select_related("member")
            .distinct()
            .order_by(*order),
            stop=limit,
        )

    return {
        "stories": pick(StoryPage, "-date", "title"),
        "commitments": pick(CommitmentPage, "-plan_start_year", "title"),
    }
