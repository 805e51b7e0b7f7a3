"""Fault handling: when the database is unreachable, readers get a short 503 page asking
them to retry (with ``Retry-After``) instead of a 500. Django reconnects by itself on the
next request once the database is back (``CONN_HEALTH_CHECKS`` in production).

Only an unreachable database counts: other database errors (a bad query, a missing column)
are bugs and stay 500s, logged with their traceback.
"""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext

from .errors import is_api, json_error

logger = logging.getLogger("hub.ops")

RETRY_AFTER_SECONDS = 30


def database_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError) or database_reachable():
            return None
        logger.error("Database unavailable for %s: %s", request.path, exception)
        if is_api(request):  # API clients get JSON, as for every other API error
            message = gettext(
                "The hub cannot reach its database for a moment. Nothing has been lost: "
                "please try again in a minute."
            )
            return json_error(message, 503, **{"Retry-After": str(RETRY_AFTER_SECONDS)})
        # Rendered without the request: no context processor may query the database.
        response = HttpResponse(render_to_string("ops/unavailable.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
