"""Error answers that say why, in the reader's language, in the client's format.

- Under ``/api/`` errors are JSON (``{"error": …}``) and an unknown address is a 404 there,
  never redirected to ``/en/api/…`` (Django's ``LocaleMiddleware`` adds the language prefix
  to any 404 that would match with it, and Wagtail's pages match every path).
- A method a view does not take (``TRACE``, ``PUT``…) answers 405 with ``Allow`` and a
  message, instead of Django's empty body.
"""

from django.http import JsonResponse
from django.middleware import locale
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, gettext
from django.views import defaults

from hub.core.params import shown

API_PREFIX = "/api/"


def is_api(request):
    return request.path_info.startswith(API_PREFIX)


def json_error(message, status, **headers):
    return JsonResponse({"error": str(message)}, status=status, headers=headers)


def page_not_found(request, exception):
    """``handler404``: JSON under ``/api/``, the hub's 404 page elsewhere."""
    if is_api(request):
        return json_error(gettext("There is nothing at this address."), 404)
    return defaults.page_not_found(request, exception)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, without the language redirect of API addresses."""

    def process_response(self, request, response):
        if is_api(request) and response.status_code == 404:
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


class MethodNotAllowedMiddleware:
    """Gives the empty 405 of ``require_http_methods`` a translated message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or getattr(response, "streaming", False):
            return response
        allowed = response.get("Allow", "GET, HEAD")
        message = gettext("This address does not accept %(method)s requests: use %(allowed)s.") % {
            "method": shown(request.method, 20),
            "allowed": allowed,
        }
        if is_api(request):
            if response.get("Content-Type", "").startswith("application/json"):
                return response  # Django REST framework's own message
            return json_error(message, 405, Allow=allowed)
        if not response.content:
            response.content = message.encode()
            response["Content-Type"] = "text/plain; charset=utf-8"
        return response
