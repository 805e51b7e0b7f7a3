"""Related content: the latest stories and commitments that share a page's themes."""

RELATED_LIMIT = 3


def related_by_theme(page, limit=RELATED_LIMIT):
    """``{"stories": [...], "commitments": [...]}`` in the page's locale sharing one of its
    themes (two queries), or ``{}`` for a page without themes."""
    from hub.commitments.models import CommitmentPage
    from hub.stories.models import StoryPage

    slugs = page.related_theme_slugs()
    if not slugs:
        return {}

    def pick(model, *order):
        return list(
            model.objects.live()
            .filter(locale_id=page.locale_id, themes__slug__in=slugs)
            .exclude(pk=page.pk)
            .select_related("member")
            .distinct()
            .order_by(*order)[:limit]
        )

    return {
        "stories": pick(StoryPage, "-date", "title"),
        "commitments": pick(CommitmentPage, "-plan_start_year", "title"),
    }
