"""Streaming CSV and JSON responses: rows are written as they are produced, so an export
of any size downloads in bounded memory."""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import StreamingHttpResponse

from .datasets import DATASETS, LICENCE_URL

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


def csv_lines(dataset, rows):
    columns = [column.name for column in DATASETS[dataset]["columns"] if column.csv]
    writer = csv.writer(_Echo())
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow([_csv_value(row[name]) for name in columns])


def json_chunks(rows, meta):
    head = json.dumps({"licence": LICENCE_URL, **meta}, cls=DjangoJSONEncoder)
    yield head[:-1] + ', "results": ['
    separator = "\n"
    for row in rows:
        yield separator + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"


def export_response(rows, fmt, dataset, filename, meta=None):
    """A streaming download of ``rows`` (dicts of ``dataset``'s columns) as ``fmt``."""
    if fmt == "csv":
        content = csv_lines(dataset, rows)
        content_type = "text/csv; charset=utf-8"
    else:
        content = json_chunks(rows, {"dataset": dataset, **(meta or {})})
        content_type = "application/json; charset=utf-8"
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
