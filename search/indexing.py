"""Denormalised facet data of a page, the same for Elasticsearch and the database.

``page_document(page)`` gives the ``hub_*`` fields the hub's Elasticsearch backend adds to
each page document (``search.backend.HubMapping``); ``search.engine`` computes the same
values from the ORM when it searches the database.
"""

import datetime

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

#: Content type facet: key → (label, model "app_label.ModelName").
CONTENT_TYPES = {
    "story": (_("Story"), "stories.StoryPage"),
    "commitment": (_("Commitment"), "commitments.CommitmentPage"),
    "guide-chapter": (_("Guide chapter"), "guide.GuideChapterPage"),
    "award": (_("Open Government Award"), "awards.AwardPage"),
    "working-group": (_("Working group"), "workinggroups.WorkingGroupPage"),
    "declaration": (_("Declaration"), "pages.DeclarationPage"),
    "strategy": (_("Strategy"), "pages.StrategyPage"),
    "strategic-objective": (_("Strategic objective"), "pages.StrategicObjectivePage"),
    "page": (_("Page"), None),
}
MODEL_TYPES = {model: key for key, (_label, model) in CONTENT_TYPES.items() if model}


def page_type(page):
    return MODEL_TYPES.get(f"{page._meta.app_label}.{type(page).__name__}", "page")


def _slugs(manager):
    return sorted({obj.slug for obj in manager.all()})


def page_themes(page):
    slugs = set()
    if hasattr(page, "themes") and page.pk:
        slugs.update(_slugs(page.themes))
    theme = getattr(page, "theme", None) if getattr(page, "theme_id", None) else None
    if theme is not None:
        slugs.add(theme.slug)
    return sorted(slugs)


def page_members(page):
    """Members (slugs) a page is about: its member, award winners, working group co-leads."""
    members = []
    if getattr(page, "member_id", None):
        members.append(page.member)
    for relation in ("winners", "co_leads"):
        manager = getattr(page, relation, None)
        if manager is not None and page.pk:
            members.extend(item.member for item in manager.all() if item.member_id)
    seen = []
    for member in members:
        if member.slug not in seen:
            seen.append(member.slug)
    return seen, members


def page_region(page, members):
    region = getattr(page, "region", "") or ""
    if not region and members:
        region = members[0].region
    return region or None


def page_values(page):
    manager = getattr(page, "ogp_values", None)
    if manager is None or not page.pk:
        return []
    return sorted(value.key for value in manager.all())


def page_levels(page):
    # GuideChapterPage.ambition_levels() reads the raw stream: no query per chapter.
    return list(page.ambition_levels()) if hasattr(page, "ambition_levels") else []


def page_date(page):
    """The date a reader would give the page: story date, award year, action plan start,
    otherwise its first publication."""
    if getattr(page, "date", None):
        return page.date
    for field in ("year", "plan_start_year"):
        year = getattr(page, field, None)
        if year:
            return datetime.date(int(year), 1, 1)
    published = page.first_published_at or page.last_published_at
    return published.date() if published else None


#: What ``page_document`` reads, fetched in a few queries per chunk by ``prefetch``.
RELATIONS = (
    "locale",
    "member",
    "theme",
    "themes",
    "ogp_values",
    "winners__member",
    "co_leads__member",
)


def prefetch(model, pages):
    """Fetch what ``page_document`` reads for many pages of ``model`` at once (bulk
    indexing: a few queries per chunk instead of four or five per page)."""
    lookups = [name for name in RELATIONS if hasattr(model, name.split("__")[0])]
    prefetch_related_objects(pages, *lookups)


def page_document(page):
    member_slugs, members = page_members(page)
    date = page_date(page)
    locale = getattr(page, "locale", None)
    return {
        "hub_type": page_type(page),
        "hub_locale": locale.language_code if locale else None,
        "hub_translation_key": str(page.translation_key),
        "hub_themes": page_themes(page),
        "hub_members": member_slugs,
        "hub_region": page_region(page, members),
        "hub_values": page_values(page),
        "hub_levels": page_levels(page),
        "hub_year": date.year if date else None,
        "hub_date": date.isoformat() if date else None,
        "hub_live": bool(page.live),
        "hub_title": page.title,
        "hub_summary": page_summary(page),
    }


def page_summary(page):
    """The result snippet when no highlight matches: stored in the document so that a
    page of results needs no query per content type."""
    text = getattr(page, "introduction", "") or getattr(page, "search_description", "") or ""
    return text[:240] + ("…" if len(text) > 240 else "")


# --- StreamField text without chooser lookups -----------------------------------------------
def stream_searchable_content(stream_block, raw_data):
    """What ``StreamField.get_searchable_content`` gives, read from the stream's raw JSON.

    Wagtail converts every block of a type at once to read a stream's text, so a stream with
    page or snippet choosers (the Guide's recommendations) costs a query per chooser type per
    page and loads whole pages, whose text is never indexed (chooser blocks have no
    searchable content). Here chooser blocks are skipped and structural blocks are walked in
    their raw form; any other block (or one overriding ``get_searchable_content``) is
    converted and asked as Wagtail would.
    """
    return _raw_searchable(stream_block, list(raw_data))


def _is_list_item(item):
    """A ListBlock item in the block format (Wagtail RFC 65: ``{"type": "item", "value": …,
    "id": …}``) rather than a bare value saved before it."""
    return isinstance(item, dict) and item.get("type") == "item" and {"id", "value"} <= set(item)


def _raw_searchable(block, raw):
    if not getattr(block, "search_index", True):
        return []
    if isinstance(block, blocks.ChooserBlock) and (
        type(block).get_searchable_content is blocks.Block.get_searchable_content
    ):
        return []
    own = type(block).get_searchable_content
    if isinstance(block, blocks.StreamBlock) and own is blocks.StreamBlock.get_searchable_content:
        content = []
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                content.extend(_raw_searchable(child, item.get("value")))
        return content
    if isinstance(block, blocks.StructBlock) and own is blocks.StructBlock.get_searchable_content:
        raw = raw or {}
        content = []
        for name, child in block.child_blocks.items():
            if name in raw:
                content.extend(_raw_searchable(child, raw[name]))
            else:
                content.extend(child.get_searchable_content(child.get_default()))
        return content
    if isinstance(block, blocks.ListBlock) and own is blocks.ListBlock.get_searchable_content:
        content = []
        for item in raw or []:
            value = item["value"] if _is_list_item(item) else item
            content.extend(_raw_searchable(block.child_block, value))
        return content
    return block.get_searchable_content(block.to_python(raw))
