"""Wagtail's database search backend (the embedded default), with one workaround.

modelsearch 1.3.2's SQLite backend writes each search term and phrase into an FTS5
expression between double quotes without doubling the double quotes inside them, so a
search for ``"`` or ``a"b`` is an SQL error ("unterminated string"): a 500 for the admin's
snippet searches and any autocomplete. ``SearchBackend`` doubles them (FTS5's escape)
before the query reaches that backend; other databases get the library's backend as it is.

Remove this module (and point ``WAGTAILSEARCH_BACKENDS`` back at
``wagtail.search.backends.database``) when
``tests/reliability/test_fuzz.py::test_modelsearch_sqlite_quote_bug`` fails: the pinned
modelsearch then escapes quotes itself.
"""

from functools import cache

from django.db import connection
from modelsearch.backends import database
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText


def fts5_escaped(query):
    """``query`` (a string or a query object) with every ``"`` in its text doubled."""
    if isinstance(query, str):
        return query.replace('"', '""')
    if isinstance(query, PlainText):
        return PlainText(fts5_escaped(query.query_string), query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(fts5_escaped(query.query_string))
    if isinstance(query, And | Or):
        return type(query)([fts5_escaped(sub) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(fts5_escaped(query.subquery))
    if isinstance(query, Boost):
        return Boost(fts5_escaped(query.subquery), query.boost)
    return query


@cache
def quote_escaping_backend_class():
    # Imported here: the SQLite backend's models exist on SQLite only.
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    class QuoteEscapingSQLiteSearchBackend(SQLiteSearchBackend):
        def search(self, query, model_or_queryset, *args, **kwargs):
            return super().search(fts5_escaped(query), model_or_queryset, *args, **kwargs)

        def autocomplete(self, query, model_or_queryset, *args, **kwargs):
            return super().autocomplete(fts5_escaped(query), model_or_queryset, *args, **kwargs)

    return QuoteEscapingSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 (the name Wagtail's get_search_backend looks up)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        return quote_escaping_backend_class()(params)
    return backend
