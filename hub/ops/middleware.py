"""Fault handling: when the database is unreachable, readers get a short 503 page asking
them to retry (with ``Retry-After``) instead of a 500. Django reconnects by itself on the
next request once the database is back (``CONN_HEALTH_CHECKS`` in production)."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger("hub.ops")

RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable for %s: %s", request.path, exception)
        # Rendered without the request: no context processor may query the database.
        response = HttpResponse(render_to_string("ops/unavailable.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
