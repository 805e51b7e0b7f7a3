"""Pages by primary key with what their search document (``search.indexing.page_document``)
and export row read, in a fixed number of queries whatever the number of pages.

The database search engine loads up to ``DB_MAX_CANDIDATES`` pages at once for its facet
counts, and exports load a batch at a time: each costs one query per page type with facets
(plus one per relation of that type), never one per page.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from wagtail.models import Page

from .indexing import CONTENT_TYPES

#: Foreign keys read by ``page_document``, joined in the page's own query.
FOREIGN_KEYS = ("locale", "member", "theme")
#: Many-to-many and child relations, one query each per page type.
RELATIONS = ("themes", "ogp_values")
#: Child items with a member (award winners, working group co-leads): one query each.
MEMBER_ITEMS = ("winners", "co_leads")


#: What a page type must have for its search document to need its own row: facet fields
#: and relations, or a date of its own (``search.indexing.page_document``).
FACET_ATTRIBUTES = (
    "member_id",
    "theme_id",
    *RELATIONS,
    *MEMBER_ITEMS,
    "region",
    "date",
    "year",
    "plan_start_year",
    "ambition_levels",
)


def typed_models():
    """The page models named by the content type facet."""
    return [apps.get_model(label) for _label, label in CONTENT_TYPES.values() if label]


def faceted_models():
    """The page types loaded as themselves for their search documents; the others' documents
    are those of a plain ``Page`` with the type of ``type_keys()``."""
    return [
        model for model in typed_models() if any(hasattr(model, name) for name in FACET_ATTRIBUTES)
    ]


def type_keys():
    """``{content_type_id: content type facet key}`` (cached by ``ContentType``)."""
    models = {apps.get_model(label): key for key, (_label, label) in CONTENT_TYPES.items() if label}
    found = ContentType.objects.get_for_models(*models)
    return {content_type.pk: models[model] for model, content_type in found.items()}


def _queryset(model, extra=()):
    select = [name for name in FOREIGN_KEYS if hasattr(model, f"{name}_id")]
    lookups = [name for name in (*RELATIONS, *extra) if hasattr(model, name)]
    for name in MEMBER_ITEMS:
        if hasattr(model, name):
            items = getattr(model, name).rel.related_model
            lookups.append(Prefetch(name, queryset=items.objects.select_related("member")))
    return model.objects.select_related(*select).prefetch_related(*lookups)


def load_pages(rows, specific=False, extra=()):
    """``{pk: page}`` for ``rows`` of ``(pk, content_type_id)``.

    Pages of the types in ``faceted_models()`` come as their own model with their facet
    relations; the others (home, index, standard pages, the declaration: no facet but
    their type) as ``Page`` in one query, or as their own model when ``specific`` (one
    query per type).
    ``extra`` names more relations to prefetch where a model has them (e.g. milestones).
    """
    by_type = {}
    for pk, content_type_id in rows:
        by_type.setdefault(content_type_id, []).append(pk)
    if not by_type:
        return {}
    typed = ContentType.objects.get_for_models(*faceted_models())
    typed_ids = {content_type.pk: model for model, content_type in typed.items()}
    pages = {}
    others = []
    for content_type_id, pks in by_type.items():
        model = typed_ids.get(content_type_id)
        if model is None and specific:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            others += pks
            continue
        pages.update((page.pk, page) for page in _queryset(model, extra).filter(pk__in=pks))
    if others:
        plain = Page.objects.filter(pk__in=others).select_related("locale")
        pages.update((page.pk, page) for page in plain)
    return pages
