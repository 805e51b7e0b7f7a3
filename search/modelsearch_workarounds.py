"""Workarounds for modelsearch 1.3.2 (Wagtail 8.0.1) bugs. Remove each one when the pinned
version fixes it: its test in ``tests/reliability/test_fuzz.py`` keeps guarding the symptom.

* Wagtail's admin page search parses the box with ``parse_query_string`` and hands the
  result to ``autocomplete()``: a quoted word becomes a ``Phrase``, and the Elasticsearch
  autocomplete compiler raises ``NotImplementedError("`Phrase` is not supported for
  autocomplete queries.")``, an editor's 500. ``plain_autocomplete_query`` turns any query
  object into the ``PlainText`` of its words, which autocomplete supports.
* The SQLite database backend turns ``search(…, fields=["name"])`` into a full-text column
  filter named after the model field (``{name} : …``), which its index table lacks: "no
  such column: name", a 500 for any search of the admin's theme and member lists. The
  snippet viewsets (``hub/taxonomy/wagtail_hooks.py``) therefore name no ``search_fields``:
  the models' own index (name only) is searched on every backend. When
  ``tests/reliability/test_fuzz.py::test_modelsearch_sqlite_fields_bug`` fails, the bug is
  fixed: delete that test and this note.
"""

from modelsearch.query import MatchAll, PlainText, SearchQuery


def _words(query):
    if isinstance(query, str):
        return [query]
    if hasattr(query, "query_string"):
        return [query.query_string]
    if hasattr(query, "subqueries"):
        return [word for sub in query.subqueries for word in _words(sub)]
    if hasattr(query, "subquery") and type(query).__name__ != "Not":
        return _words(query.subquery)
    return []


def plain_autocomplete_query(query):
    """``query`` unchanged if autocomplete supports it, else the ``PlainText`` of its words."""
    if not isinstance(query, SearchQuery) or isinstance(query, PlainText | MatchAll):
        return query
    text = " ".join(word for word in _words(query) if word.strip())
    return PlainText(text) if text else MatchAll()
