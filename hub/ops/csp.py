"""Content Security Policy (django-csp 4).

The public site runs no inline script and no inline style sheet: ``PUBLIC_POLICY``.
Wagtail's admin (and wagtail-localize's editor) render inline ``<script>`` blocks (inline
panels, date widgets, the translation editor) and inline styles, so paths under
``/admin/`` get ``ADMIN_POLICY`` in place of those directives: 'unsafe-inline' for scripts
and styles there only, and framing by the admin itself (page previews). Editors are
authenticated staff and every admin form is CSRF-protected; the public site, where
untrusted readers arrive, keeps the strict policy.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    # Progress bars size themselves with a style attribute; attributes cannot run code.
    "style-src-attr": [UNSAFE_INLINE],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    # Video blocks embed YouTube and Vimeo players.
    "frame-src": [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_PREFIX = "/admin/"
ADMIN_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", "https://www.gravatar.com"],
    "frame-src": [SELF, *PUBLIC_POLICY["frame-src"]],
    "frame-ancestors": [SELF],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under ``/admin/``."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and parts.replace is None:
            parts.replace = ADMIN_POLICY
        return parts
