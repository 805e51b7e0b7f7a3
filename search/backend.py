"""The hub's Elasticsearch 8 backend: Wagtail's, plus

* French, English and Spanish analysers, applied through ``.fr`` / ``.en`` / ``.es``
  sub-fields of every searchable text field (and of ``_all_text``);
* denormalised ``hub_*`` filter fields on pages (type, themes, members, region, values,
  ambition levels, date, year, locale; see ``search.indexing``) for facets;
* the index created with these settings and mappings on first write if it does not exist
  (pages saved before any ``update_index`` no longer get a dynamic mapping);
* a database fallback when Elasticsearch is down or slow: every search through this
  backend (the admin's page search included) answers from the database instead of raising.

Use it with ``"BACKEND": "search.backend"`` in ``WAGTAILSEARCH_BACKENDS``.
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from copy import deepcopy

from django.core.exceptions import FieldDoesNotExist
from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.index import SearchField, get_indexed_models
from modelsearch.utils import deep_update
from wagtail.fields import StreamField
from wagtail.models import Page

from . import breaker
from .modelsearch_workarounds import plain_autocomplete_query

logger = logging.getLogger("search")

#: Errors meaning "Elasticsearch cannot answer": connection refused, timeout, 5xx, 4xx.
ES_ERRORS = (TransportError, ApiError)
# modelsearch reads hit["fields"]["pk"] blindly: a stray document without it (e.g. one written
# by another tool into the same index) must not become a reader's 500.
RESULT_ERRORS = (*ES_ERRORS, KeyError)


def is_outage(error):
    """Whether ``error`` says Elasticsearch cannot answer (unreachable, timed out, 5xx),
    rather than that one request was wrong: outages count towards the circuit breaker."""
    if isinstance(error, TransportError):
        return True
    return isinstance(error, ApiError) and (error.status_code or 0) >= 500


def guarded(call, fallback):
    """``call()``, or ``fallback(error)`` when Elasticsearch fails or the circuit breaker
    (``search.breaker``) is open: then Elasticsearch is not asked at all."""
    if breaker.is_open():
        return fallback(None)
    try:
        result = call()
    except RESULT_ERRORS as error:
        if is_outage(error):
            breaker.record_failure(error)
        return fallback(error)
    breaker.record_success()
    return result


LANGUAGES = ("en", "fr", "es")

ANALYSIS = {
    "filter": {
        "hub_fr_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": [
                "l",
                "m",
                "t",
                "qu",
                "n",
                "s",
                "j",
                "d",
                "c",
                "jusqu",
                "quoiqu",
                "lorsqu",
                "puisqu",
            ],
        },
        "hub_fr_stop": {"type": "stop", "stopwords": "_french_"},
        "hub_fr_stemmer": {"type": "stemmer", "language": "light_french"},
        "hub_en_possessive": {"type": "stemmer", "language": "possessive_english"},
        "hub_en_stop": {"type": "stop", "stopwords": "_english_"},
        "hub_en_stemmer": {"type": "stemmer", "language": "english"},
        "hub_es_stop": {"type": "stop", "stopwords": "_spanish_"},
        "hub_es_stemmer": {"type": "stemmer", "language": "light_spanish"},
    },
    "analyzer": {
        "hub_fr": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["html_strip"],
            "filter": [
                "hub_fr_elision",
                "lowercase",
                "hub_fr_stop",
                "asciifolding",
                "hub_fr_stemmer",
            ],
        },
        "hub_en": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["html_strip"],
            "filter": [
                "hub_en_possessive",
                "lowercase",
                "hub_en_stop",
                "asciifolding",
                "hub_en_stemmer",
            ],
        },
        "hub_es": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["html_strip"],
            "filter": ["lowercase", "hub_es_stop", "asciifolding", "hub_es_stemmer"],
        },
        # Accent-folded, unstemmed: exact words and the "did you mean" suggester.
        "hub_folded": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["html_strip"],
            "filter": ["lowercase", "asciifolding"],
        },
    },
}

LANGUAGE_SUBFIELDS = {
    "folded": {"type": "text", "analyzer": "hub_folded"},
    **{code: {"type": "text", "analyzer": f"hub_{code}"} for code in LANGUAGES},
}

#: Facet fields (``search.engine.FACETS``) build their global ordinals at refresh, not on
#: the first search after each refresh (a latency spike once pages are published).
_FACET = {"type": "keyword", "eager_global_ordinals": True}
HUB_FIELDS = {
    "hub_type": _FACET,
    "hub_locale": {"type": "keyword"},
    "hub_translation_key": {"type": "keyword"},
    "hub_themes": _FACET,
    "hub_members": _FACET,
    "hub_region": _FACET,
    "hub_values": _FACET,
    "hub_levels": _FACET,
    "hub_year": {"type": "integer"},
    "hub_date": {"type": "date"},
    "hub_live": {"type": "boolean"},
    "hub_title": {"type": "keyword"},
    # Shown, never searched: read from _source for the result snippet.
    "hub_summary": {"type": "keyword", "index": False, "doc_values": False},
}


class HubMapping(Elasticsearch8Mapping):
    # Autocomplete: modelsearch indexes edge n-grams accent-folded but searches them with
    # the "standard" analyser, so "Participación" or "Accès" found nothing. Fold both sides.
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "hub_folded"}

    def _is_page(self):
        return issubclass(self.model, Page)

    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        for name, field in properties.items():
            if field.get("type") == "text" and ("copy_to" in field or name.startswith("_all_text")):
                field["fields"] = dict(LANGUAGE_SUBFIELDS)
        if self._is_page():
            properties.update(HUB_FIELDS)
        return mapping

    def _get_document_field_data(self, field, obj):
        if type(field) is SearchField:
            try:
                model_field = field.get_field(type(obj))
            except FieldDoesNotExist:  # an indexed callable, not a field
                model_field = None
            if isinstance(model_field, StreamField):
                from .indexing import stream_searchable_content

                value = getattr(obj, model_field.attname)
                content = stream_searchable_content(model_field.stream_block, value.raw_data)
                return self.get_field_column_name(field), content, []
        return super()._get_document_field_data(field, obj)

    def get_document(self, obj):
        document = super().get_document(obj)
        if self._is_page():
            from .indexing import page_document

            document.update(page_document(obj))
        return document


#: Index settings while a full rebuild writes a new index nobody reads yet: no refresh (no
#: small segments to merge), no replica, translog fsynced in the background, not per request.
REBUILD_SETTINGS = {
    "refresh_interval": "-1",
    "number_of_replicas": 0,
    "translog": {"durability": "async"},
}
#: Documents per bulk request (elasticsearch.helpers.bulk sends 500 by default).
BULK_CHUNK_SIZE = 1000


class HubIndex(Elasticsearch8Index):
    _checked = set()
    #: Set by the rebuilder: bulk requests go out from a background thread while the next
    #: chunk's documents are built (one request in flight), so Python and Elasticsearch
    #: work side by side instead of in turn.
    _pipeline = None
    _pending = None

    def ensure(self):
        """Create the index with the hub's settings and mappings if it does not exist."""
        if self.name in self._checked:
            return
        if not self.es.indices.exists(index=self.name):
            self.put()
            for model in get_indexed_models():
                if self.backend.get_index_for_model(model).name == self.name:
                    self.add_model(model)
        self._checked.add(self.name)

    def put(self):
        super().put()
        self._checked.add(self.name)

    def add_item(self, item):
        self.ensure()
        return super().add_item(item)

    def add_items(self, model, items):
        self.ensure()
        mapping = self.mapping_class(model)
        if mapping._is_page():
            from .indexing import prefetch

            prefetch(model, items)
        actions = []
        for item in items:
            action = {"_id": mapping.get_document_id(item)}
            action.update(mapping.get_document(item))
            actions.append(action)
        if not actions:
            return
        if self._pipeline is None:
            self._bulk(actions)
        else:
            self.drain()  # at most one request in flight, and its errors raised here
            self._pending = self._pipeline.submit(self._bulk, actions)

    def _bulk(self, actions):
        self.backend.bulk(
            self.es, actions, index=self.name, chunk_size=BULK_CHUNK_SIZE, max_chunk_bytes=50 << 20
        )

    def drain(self):
        """Wait for the bulk request in flight, if any (raising its error)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()


class HubAtomicIndexRebuilder(ElasticsearchAtomicIndexRebuilder):
    """Wagtail's atomic rebuild (a new index, then the alias moved to it), with the new
    index tuned for bulk writing until it is complete (``REBUILD_SETTINGS``), and
    pipelined bulk requests."""

    def start(self):
        index = self.index
        settings = deepcopy(index.backend.settings)
        self._final = {
            key: settings.get("settings", {}).get("index", {}).get(key, default)
            for key, default in (
                ("refresh_interval", None),
                ("number_of_replicas", None),
                ("translog", {"durability": None}),
            )
        }
        settings.setdefault("settings", {}).setdefault("index", {}).update(REBUILD_SETTINGS)
        index.es.indices.create(index=index.name, **settings)
        index._checked.add(index.name)
        index._pipeline = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-bulk")
        return index

    def finish(self):
        index = self.index
        try:
            index.drain()
        finally:
            index._pipeline.shutdown()
            index._pipeline = None
        # Back to the configured (or Elasticsearch's default) settings before readers see it.
        index.es.indices.put_settings(index=index.name, settings={"index": self._final})
        super().finish()


def database_backend():
    """Wagtail's database backend that needs no index (substring matching)."""
    return DatabaseSearchBackend({})


class HubSearchResults(Elasticsearch8SearchResults):
    """Falls back to the database when Elasticsearch cannot answer."""

    def _fallback(self, error):
        if error is not None:
            logger.warning("Elasticsearch unavailable, searching the database instead: %s", error)
        compiler = self.query_compiler
        backend = database_backend()
        kwargs = {
            "fields": compiler.fields,
            "order_by_relevance": compiler.order_by_relevance,
        }
        if isinstance(self, _AutocompleteMarker):
            results = backend.autocomplete(compiler.query, compiler.queryset, **kwargs)
        else:
            results = backend.search(compiler.query, compiler.queryset, **kwargs)
        return results[self.start : self.stop]

    def _do_search(self):
        return guarded(
            lambda: list(super(HubSearchResults, self)._do_search()),
            lambda error: list(self._fallback(error)),
        )

    def _do_count(self):
        return guarded(
            lambda: super(HubSearchResults, self)._do_count(),
            lambda error: self._fallback(error).count(),
        )

    def facet(self, field_name):
        return guarded(
            lambda: super(HubSearchResults, self).facet(field_name),
            lambda error: self._fallback(error).facet(field_name),
        )


class _AutocompleteMarker:
    pass


class HubAutocompleteResults(_AutocompleteMarker, HubSearchResults):
    pass


class HubElasticsearchBackend(Elasticsearch8SearchBackend):
    mapping_class = HubMapping
    index_class = HubIndex
    results_class = HubSearchResults
    atomic_rebuilder_class = HubAtomicIndexRebuilder
    settings = deep_update(
        deepcopy(Elasticsearch8SearchBackend.settings), {"settings": {"analysis": ANALYSIS}}
    )

    def autocomplete(self, query, *args, **kwargs):
        results = super().autocomplete(plain_autocomplete_query(query), *args, **kwargs)
        results.__class__ = HubAutocompleteResults
        return results

    def page_index_name(self):
        return self.get_index_for_model(Page).name


SearchBackend = HubElasticsearchBackend
