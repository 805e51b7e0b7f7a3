"""The vocabulary's terms found in texts: what translators see in the translation editor."""

import re

from .models import TERM_LANGUAGES, Term, fold


def _pattern(variants):
    words = sorted({fold(v) for v in variants if v}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def terms_in(texts, source_language, target_language, terms=None):
    """Terms whose ``source_language`` variants occur in ``texts`` (``(label, text)`` pairs,
    whole words, ignoring case and accents), in the order found, as dicts: the source variant
    and the target-language equivalents, the do-not-translate flag, notes, and the labels of
    the texts where the term occurs."""
    if source_language not in TERM_LANGUAGES or target_language not in TERM_LANGUAGES:
        return []
    terms = list(Term.objects.all()) if terms is None else terms
    folded = [(label, fold(text)) for label, text in texts if text]
    found = []
    for term in terms:
        pattern = _pattern(term.variants(source_language))
        if pattern is None:
            continue
        labels = [label for label, text in folded if pattern.search(text)]
        if labels:
            found.append(
                {
                    "term": term,
                    "source": term.preferred(source_language),
                    "target": term.variants(target_language),
                    "do_not_translate": term.do_not_translate,
                    "notes": term.notes,
                    "where": list(dict.fromkeys(labels)),
                }
            )
    return found
