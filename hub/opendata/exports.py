"""Streaming CSV and JSON responses: rows are written as they are produced, so an export
of any size downloads in bounded memory.

An export never looks complete when it is not: past its row limit it ends with a trailer
(JSON: ``"truncated": true`` and a notice after the results; CSV: a last row starting with
``#``), and when producing rows fails midway the JSON document is left unclosed after an
``"error"`` member (no parser takes it for a valid file) and the CSV ends with an error
row; the error is logged.
"""

import csv
import json
import logging

from django.core.serializers.json import DjangoJSONEncoder
from django.http import StreamingHttpResponse
from django.utils.translation import gettext

from .datasets import DATASETS, LICENCE_URL

logger = logging.getLogger("hub")

FORMATS = ("csv", "json")
CSV_LIST_SEPARATOR = ";"


class _Echo:
    """A file-like object whose ``write`` returns what it is given (Django's recipe)."""

    def write(self, value):
        return value


# A cell starting with one of these runs as a formula in spreadsheet programs (CSV
# injection): such cells get a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(value):
    if isinstance(value, list):
        value = CSV_LIST_SEPARATOR.join(str(item) for item in value)
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class Outcome:
    """How the rows of an export ended: all written, cut at the limit, or failed. The
    messages are translated when the response is made (the request's language)."""

    def __init__(self, limit):
        self.limit = limit
        self.truncated = False
        self.failed = False
        self.truncated_message = gettext(
            "This export stops at %(limit)s rows: narrow the search or the filters to get the rest."
        ) % {"limit": limit}
        self.error_message = gettext(
            "The export failed before its end: this file is incomplete. Please try again."
        )

    def rows(self, rows):
        """``rows`` up to the limit; an error is logged and noted, never raised."""
        count = 0
        try:
            for row in rows:
                if self.limit is not None and count >= self.limit:
                    self.truncated = True
                    return
                count += 1
                yield row
        except Exception:  # noqa: BLE001 - any failure must show in the file, not end it cleanly
            logger.exception("Export failed after %s rows", count)
            self.failed = True
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()  # e.g. an Elasticsearch point in time


def csv_lines(dataset, rows, outcome=None):
    outcome = outcome or Outcome(None)
    columns = [column.name for column in DATASETS[dataset]["columns"] if column.csv]
    writer = csv.writer(_Echo())
    yield writer.writerow(columns)
    for row in outcome.rows(rows):
        yield writer.writerow([_csv_value(row[name]) for name in columns])
    if outcome.failed:
        yield writer.writerow([f"# {outcome.error_message}"])
    elif outcome.truncated:
        yield writer.writerow([f"# {outcome.truncated_message}"])


def json_chunks(rows, meta, outcome=None):
    outcome = outcome or Outcome(None)
    head = json.dumps({"licence": LICENCE_URL, **meta}, cls=DjangoJSONEncoder)
    yield head[:-1] + ', "results": ['
    separator = "\n"
    for row in outcome.rows(rows):
        yield separator + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
        separator = ",\n"
    if outcome.failed:
        # Left unclosed on purpose: an incomplete export must not parse as a complete one.
        yield "\n],\n" + '"error": ' + json.dumps(outcome.error_message, ensure_ascii=False)
        return
    if outcome.truncated:
        trailer = {"truncated": True, "limit": outcome.limit, "notice": outcome.truncated_message}
        yield "\n], " + json.dumps(trailer, ensure_ascii=False)[1:] + "\n"
        return
    yield "\n]}\n"


def export_response(rows, fmt, dataset, filename, meta=None, limit=None):
    """A streaming download of ``rows`` (dicts of ``dataset``'s columns) as ``fmt``, at most
    ``limit`` of them (see the module's docstring for how it ends)."""
    outcome = Outcome(limit)
    if fmt == "csv":
        content = csv_lines(dataset, rows, outcome)
        content_type = "text/csv; charset=utf-8"
    else:
        content = json_chunks(rows, {"dataset": dataset, **(meta or {})}, outcome)
        content_type = "application/json; charset=utf-8"
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
