"""Query parameters of every public entry point, parsed one way, with one set of messages.

Listings (``hub.core.listing``), search (``search.engine.parse_params``), exports, feeds
and the open data API (``hub.opendata``) read their parameters through these functions.
Numbers are ASCII digits only (``"²".isdigit()`` is true, but ``int("²")`` fails) and
bounded; text never carries a NUL character (PostgreSQL refuses it); slugs follow one
pattern. A bad value raises ``ParamError``, whose message is in the active language:
views answer 400 with it.
"""

import re

from django.utils.translation import gettext

SLUG_RE = re.compile(r"[-a-z0-9_]{1,80}")
DIGITS_RE = re.compile(r"[0-9]+")
YEAR_RE = re.compile(r"[1-9][0-9]{3}")
#: Longer digit strings are out of every bound: never handed to ``int()`` (which refuses
#: more than 4,300 digits) nor to a database column (a bigint holds 19).
MAX_DIGITS = 18
MAX_SHOWN = 40


class ParamError(ValueError):
    """A bad query parameter: ``field`` names it, ``message`` says why (translated)."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def shown(value, length=MAX_SHOWN):
    """``value`` as quoted in a message: bounded, without control characters."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(value)[:length])


def text(value, field):
    """``value`` refused if it holds a NUL character."""
    if "\x00" in value:
        raise ParamError(
            field,
            gettext("The parameter “%(name)s” contains a NUL character.") % {"name": shown(field)},
        )
    return value


def check_text(params):
    """Every name and value of ``params`` (a ``QueryDict``) free of NUL characters."""
    for name, values in params.lists():
        text(name, name)
        for value in values:
            text(value, name)


def integer(value, field, minimum=0, maximum=10**9):
    """``value`` (ASCII digits) as an ``int`` from ``minimum`` to ``maximum``."""
    value = value.strip()
    number = None
    if DIGITS_RE.fullmatch(value) and len(value) <= MAX_DIGITS:
        number = int(value)
    if number is None or not minimum <= number <= maximum:
        raise ParamError(
            field,
            gettext("Invalid %(name)s “%(value)s”: use a whole number from %(min)s to %(max)s.")
            % {"name": shown(field), "value": shown(value, 20), "min": minimum, "max": maximum},
        )
    return number


def year(value, field="year"):
    """A year: four ASCII digits."""
    if not YEAR_RE.fullmatch(value):
        raise ParamError(field, gettext("Invalid year “%s”: use four digits.") % shown(value, 20))
    return int(value)


def slug(value, field):
    if not SLUG_RE.fullmatch(value):
        raise ParamError(
            field,
            gettext("Invalid %(filter)s “%(value)s”.")
            % {"filter": shown(field), "value": shown(value)},
        )
    return value


def choice(value, field, choices):
    """``value`` if it is one of ``choices``."""
    if value not in choices:
        raise ParamError(
            field,
            gettext("Unknown %(name)s “%(value)s”: use one of %(choices)s.")
            % {"name": shown(field), "value": shown(value), "choices": ", ".join(choices)},
        )
    return value


def values(params, name, limit=20):
    """The values of ``name`` in ``params``, comma-separated or repeated, stripped, without
    blanks or repeats, at most ``limit`` of them (a ``QueryDict`` or a plain dict)."""
    raws = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)]
    found = []
    for raw in raws:
        for value in text(raw or "", name).split(","):
            value = value.strip()
            if value and value not in found:
                found.append(value)
    return found[:limit]
