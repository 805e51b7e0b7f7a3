"""Slugs that transliterate: "au cœur du" → ``au-coeur-du``, "2023–2028" → ``2023-2028``.

Django's ``slugify`` drops what Unicode normalisation cannot reduce to ASCII (``œ``, ``–``),
and so does the slug field of Wagtail's admin (its transliteration map has no ``œ``, and it
deletes dashes other than ``-``). The hub's slugs are ASCII (``WAGTAIL_ALLOW_UNICODE_SLUGS
= False``): ``slugify`` here transliterates with ``anyascii`` (Wagtail's own dependency),
and the admin's slug field gets the same rules through the public ``formatters`` of
Wagtail's ``SlugInput``, applied before its own slugification.
"""

from anyascii import anyascii
from django.utils.text import slugify as django_slugify
from wagtail.admin.widgets import SlugInput

# (pattern, replacement) pairs run by the admin's slug field before it slugifies.
SLUG_FORMATTERS = [
    ("œ", "oe"),
    ("Œ", "Oe"),
    ("[\u2010-\u2015\u2212]", "-"),  # hyphens and dashes (‐ ‒ – — ―) and minus
    ("[\u2018\u2019\u02bc']", "-"),  # apostrophes separate words: l’objectif → l-objectif
]


def slugify(text):
    """An ASCII slug of ``text``, letters transliterated rather than dropped."""
    return django_slugify(anyascii(str(text)).replace("'", "-"))


class TransliteratingSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or SLUG_FORMATTERS, locale=locale)
