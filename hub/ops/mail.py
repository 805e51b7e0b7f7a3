"""``EMAIL_URL`` → Django's ``EMAIL_*`` settings, parsed by dj-email-url.

Besides dj-email-url's schemes (``smtp://``, ``submission://``, ``console://``, ``file://``,
``memory://``, ``dummy://``) it accepts ``smtp+tls://`` (STARTTLS, port 587 by default) and
``smtp+ssl://`` (TLS from the start, port 465 by default).
"""

from urllib.parse import urlsplit, urlunsplit

import dj_email_url

#: scheme → (query flag, default port)
SECURE_SMTP = {"smtp+tls": ("tls", 587), "smtp+ssl": ("ssl", 465)}


def email_settings(url):
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in SECURE_SMTP:
        flag, port = SECURE_SMTP[scheme]
        netloc = parts.netloc if parts.port else f"{parts.netloc}:{port}"
        query = "&".join(filter(None, [parts.query, f"{flag}=1"]))
        url = urlunsplit(("smtp", netloc, parts.path, query, parts.fragment))
    elif scheme not in dj_email_url.SCHEMES:
        raise ValueError(
            f"EMAIL_URL: unknown scheme {scheme!r}: use smtp, smtp+tls, smtp+ssl or console"
        )
    conf = dj_email_url.parse(url)
    # Unset parts keep Django's defaults.
    return {name: value for name, value in conf.items() if value not in (None, "")}
