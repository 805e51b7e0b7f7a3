"""Production: HTTPS behind a proxy, strict security headers, no debug pages.

``manage.py check --deploy`` passes with no warning when the environment documented in
the README (at least ``SECRET_KEY`` and ``ALLOWED_HOSTS``) is set; see docs/operations.md.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, PUBLIC_CSP, SECRET_KEY

if not SECRET_KEY or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or too weak: production needs a random SECRET_KEY of at "
        "least 50 characters in the environment (e.g. from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`)."
    )

DEBUG = False

# HTTPS: the proxy terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Headers: no MIME sniffing, a referrer policy, no framing (Wagtail's previews allow their
# own admin frame), and a Content Security Policy without inline scripts (hub/ops/csp.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_CSP}
CONTENT_SECURITY_POLICY_REPORT_ONLY = None

# A dropped database connection is replaced at the start of the next request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
