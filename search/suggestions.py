""" "Did you mean" for the database engine (the ``make run`` default, and the fallback when
Elasticsearch is down): each query word that is in no known word is replaced by the
closest word of the hub's vocabulary — theme and member names and page titles of the
searched languages — so that "corruptoin" suggests "corruption" without Elasticsearch.

The vocabulary is read once per publication (``hub.cache.content``), so a search that
matches nothing costs one cache read and a few ``difflib`` comparisons.
"""

import difflib
import re
import unicodedata

from wagtail.models import Page

from hub.cache.content import cached
from hub.taxonomy.models import Member, Theme

#: Words of letters only, at least this long (no numbers, no "de", "la").
WORD = re.compile(r"[^\W\d_]{3,}")
#: Page titles read for the vocabulary: the most recently published, whatever the size.
MAX_TITLES = 5000
CUTOFF = 0.75


def fold(text):
    """Lower case without accents: "Élections" → "elections"."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _vocabulary(languages):
    """``{folded word: word as written}`` of theme and member names and page titles."""
    texts = []
    for model in (Theme, Member):
        texts += model.objects.filter(locale__language_code__in=languages).values_list(
            "name", flat=True
        )
    texts += (
        Page.objects.live()
        .public()  # no word of a private page's title
        .filter(locale__language_code__in=languages, depth__gt=1)
        .order_by("-last_published_at")
        .values_list("title", flat=True)[:MAX_TITLES]
    )
    words = {}
    for text in texts:
        for word in WORD.findall(text):
            words.setdefault(fold(word), word.lower())
    return words


def vocabulary(languages):
    languages = sorted(languages)
    return cached("search-vocabulary", languages, lambda: _vocabulary(languages))


def suggest(query, languages):
    """``query`` with its unknown words corrected, or "" when none has a close word."""
    words = vocabulary(languages)
    known = list(words)
    changed = False

    def correct(match):
        nonlocal changed
        word = fold(match.group(0))
        if word in words:
            return match.group(0)
        close = difflib.get_close_matches(word, known, n=1, cutoff=CUTOFF)
        if not close:
            return match.group(0)
        changed = True
        return words[close[0]]

    corrected = WORD.sub(correct, query)
    return corrected if changed else ""
