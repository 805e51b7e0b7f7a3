"""Synonyms from the shared vocabulary (``hub.taxonomy.models.Term``), expanded at query time.

A query word or phrase that matches any variant of a term (in any language, ignoring case
and accents) is searched as an OR of all the term's variants in every language: "cabildeo"
finds pages about lobbying in English, French and Spanish. Both engines use it
(``search.engine``): the database matches each unit's alternatives, Elasticsearch searches
the query and each variant substituted in it.

Why at query time: the local Elasticsearch node (``scripts/elasticsearch.sh``) has no
``analysis-common``, so no ``synonym_graph`` filter or synonyms set; expanding the query
needs no reindex, and a saved term applies to the next search. The vocabulary is read
through the application cache (``hub.cache.content``) and forgotten when a term is saved or
deleted (``hub.cache.signal_handlers``).
"""

import re

from hub.cache import content
from hub.taxonomy.models import Term, fold

#: Alternatives searched for one query at most (Elasticsearch clauses, database conditions).
MAX_ALTERNATIVES = 12


def vocabulary():
    """Every term's variants in all languages: a list of lists of plain text."""
    return content.kept("vocabulary", lambda: [term.all_variants() for term in Term.objects.all()])


def _matches(folded_query, groups):
    """``(start, end, variants)`` of the vocabulary phrases found in ``folded_query``,
    longest first, without overlaps, in query order."""
    found = []
    for variants in groups:
        for variant in sorted(variants, key=len, reverse=True):
            words = r"\s+".join(re.escape(word) for word in fold(variant).split())
            pattern = r"(?<!\w)" + words + r"(?!\w)"
            for match in re.finditer(pattern, folded_query):
                found.append((match.start(), match.end(), variants))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept, end = [], -1
    for start, stop, variants in found:
        if start >= end:
            kept.append((start, stop, variants))
            end = stop
    return kept


def _same(text):
    return " ".join(fold(text).split())


def units(query):
    """The query as units the search must all match, each a list of alternatives (the
    query's own text first): a vocabulary phrase with its variants, or a single word."""
    folded = fold(query)
    if len(folded) != len(query):  # folding changed offsets (rare letters): words only
        query = folded
    result, position = [], 0
    for start, stop, variants in _matches(folded, vocabulary()):
        result += [[word] for word in query[position:start].split()]
        own = query[start:stop]
        others = [v for v in variants if _same(v) != _same(own)]
        result.append(list(dict.fromkeys([own, *others])))
        position = stop
    result += [[word] for word in query[position:].split()]
    return list({tuple(unit): unit for unit in result}.values())


def alternatives(query):
    """``query``, then ``query`` with one vocabulary phrase replaced by each of its
    variants (at most ``MAX_ALTERNATIVES`` in all)."""
    parts = units(query)
    found = [query]
    for index, unit in enumerate(parts):
        for variant in unit[1:]:
            words = [part[0] for part in parts]
            words[index] = variant
            found.append(" ".join(words))
    return list(dict.fromkeys(found))[:MAX_ALTERNATIVES]
