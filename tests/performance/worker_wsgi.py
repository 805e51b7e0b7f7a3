"""The hub's WSGI application, each response naming the worker process that made it, so
that test_workers can see which gunicorn worker served what."""

import os

from django.core.wsgi import get_wsgi_application

_application = get_wsgi_application()


def application(environ, start_response):
    def start(status, headers, exc_info=None):
        return start_response(status, [*headers, ("X-Hub-Worker", str(os.getpid()))], exc_info)

    return _application(environ, start)
