"""Wagtail API v2's error messages in the reader's language.

Wagtail writes its API errors in English only (``wagtail/api/v2/filters.py``, ``views.py``,
``pagination.py``), so each known message is matched here and said again through the hub's
catalogues; an unknown one keeps Wagtail's text as ``detail`` under a translated message.
Tested by ``tests/opendata/test_api_messages.py`` against the pinned Wagtail.
"""

import re

from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _

# Wagtail's name for the page a filter points at, by filter parameter.
_FILTER_PAGES = {
    "parent": "child_of",
    "descendant": "ancestor_of",
    "ancestor": "descendant_of",
    "translation_of": "translation_of",
}

MESSAGES = [
    (
        r"query parameter is not an operation or a recognised field: (?P<names>.+)",
        _("Unknown query parameter: %(names)s."),
    ),
    (r"unknown fields: (?P<names>.+)", _("Unknown fields: %(names)s.")),
    (r"'(?P<name>[^']*)' does not support nested fields", _("“%(name)s” has no nested fields.")),
    (r"fields error: .*", _("The “fields” parameter is malformed.")),
    (
        r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<name>\S+) \(.*\)",
        _("“%(value)s” is not a valid value for %(name)s."),
    ),
    (
        r"field filter error\. null characters are not allowed for (?P<name>\S+)",
        _("Null characters are not allowed in %(name)s."),
    ),
    (
        r"random ordering cannot be combined with other fields",
        _("Random order cannot be combined with other fields."),
    ),
    (
        r"random ordering with offset is not supported",
        _("Random order cannot be used with an offset."),
    ),
    (
        r"cannot order by '(?P<name>[^']*)' while searching \(field is not indexed\)",
        _("Cannot order by “%(name)s” while searching."),
    ),
    (
        r"cannot filter by '(?P<name>[^']*)' while searching \(field is not indexed\)",
        _("Cannot filter by “%(name)s” while searching."),
    ),
    (r"cannot order by '(?P<name>[^']*)' \(.*\)", _("Cannot order by “%(name)s”.")),
    (r"search is disabled", _("Search is not available here.")),
    (
        r"filtering by tag with a search query is not supported",
        _("Filtering by tag cannot be combined with a search."),
    ),
    (
        r"filtering by descendant_of with child_of is not supported",
        _("descendant_of cannot be combined with child_of."),
    ),
    (r"(?P<name>\w+) must be a positive integer", _("%(name)s must be a positive whole number.")),
    (r"limit cannot be higher than (?P<max>\d+)", _("limit cannot be higher than %(max)s.")),
    (
        r"(?P<page>parent|descendant|ancestor|translation_of) page doesn't exist",
        _("The page given in %(name)s does not exist."),
    ),
    (r"type doesn't exist", _("This content type does not exist.")),
]
_COMPILED = [(re.compile(pattern + r"\Z", re.S), message) for pattern, message in MESSAGES]


def translated(message):
    """The API response body for Wagtail's English ``message``, in the active language."""
    for pattern, template in _COMPILED:
        match = pattern.match(str(message))
        if match:
            values = match.groupdict()
            if "page" in values:
                values["name"] = _FILTER_PAGES[values.pop("page")]
            return {"message": gettext(template) % values}
    return {"message": gettext(UNKNOWN), "detail": str(message)}


UNKNOWN = _("This request cannot be answered.")
