"""Workarounds for modelsearch 1.3.2 (Wagtail 8.0.1) bugs. Remove each one when the pinned
version fixes it: its test in ``tests/reliability/test_fuzz.py`` keeps guarding the symptom.

* Wagtail's admin page search parses the box with ``parse_query_string`` and hands the
  result to ``autocomplete()``: a quoted word becomes a ``Phrase``, and the Elasticsearch
  autocomplete compiler raises ``NotImplementedError("`Phrase` is not supported for
  autocomplete queries.")``, an editor's 500. ``plain_autocomplete_query`` turns any query
  object into the ``PlainText`` of its words, which autocomplete supports.
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
