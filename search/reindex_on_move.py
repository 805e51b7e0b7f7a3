"""Workaround: reindex a moved page's descendants in Elasticsearch.

When a page moves, Wagtail saves (and so reindexes) the page itself, but treebeard rewrites
its descendants' ``path`` with one UPDATE: their documents keep the old ``path_filter``.
The hub filters private sections out of results by that path (``search.engine``), so the
children of a section moved under a private page would still be counted in totals and
facets, and tree filters (``descendant_of``) would miss them.

Fixed upstream by wagtail/django-modelsearch#112 (issue #94), which updates the paths on
treebeard's move signals. Remove this module (and its import in ``search.apps``) once the
pinned ``modelsearch`` includes that fix; ``tests/search/test_indexing_live.py::TestMove``
checks the behaviour either way.

Not covered: a reorder among siblings (``pos="left"``) that shifts the siblings' own paths;
``manage.py update_index`` repairs such documents.
"""

import logging
from collections import defaultdict

from django.dispatch import receiver
from modelsearch.backends import get_search_backends_with_name
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page
from wagtail.signals import post_page_move

logger = logging.getLogger("search")

CHUNK_SIZE = 500


@receiver(post_page_move)
def reindex_descendants(sender, instance, **kwargs):
    backends = [
        (name, backend)
        for name, backend in get_search_backends_with_name(with_auto_update=True)
        if isinstance(backend, ElasticsearchBaseSearchBackend)
    ]
    if not backends:
        return
    pks = list(instance.get_descendants().order_by("path").values_list("pk", flat=True))
    for start in range(0, len(pks), CHUNK_SIZE):
        by_model = defaultdict(list)
        for page in Page.objects.filter(pk__in=pks[start : start + CHUNK_SIZE]).specific():
            by_model[type(page)].append(page)
        for name, backend in backends:
            for model, pages in by_model.items():
                try:
                    backend.add_bulk(model, pages)
                except Exception:  # as modelsearch's own signal handlers: log, keep the move
                    logger.exception("Could not reindex moved pages in the %r backend", name)
                    if not backend.catch_indexing_errors:
                        raise
