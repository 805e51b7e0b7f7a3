"""``EMAIL_URL`` (hub/ops/mail.py): one setting for the mail server."""

import pytest
from django.conf import settings

from hub.ops.mail import email_settings

SMTP = "django.core.mail.backends.smtp.EmailBackend"


def test_smtp_with_credentials():
    conf = email_settings("smtp://hub%40example.org:s%3Acret@mail.example.org:2525")
    assert conf["EMAIL_BACKEND"] == SMTP
    assert conf["EMAIL_HOST"] == "mail.example.org" and conf["EMAIL_PORT"] == 2525
    assert conf["EMAIL_HOST_USER"] == "hub@example.org"
    assert conf["EMAIL_HOST_PASSWORD"] == "s:cret"
    assert not conf["EMAIL_USE_TLS"] and not conf["EMAIL_USE_SSL"]


def test_secure_smtp_schemes_and_their_default_ports():
    tls = email_settings("smtp+tls://user:pw@mail.example.org")
    assert tls["EMAIL_USE_TLS"] and not tls["EMAIL_USE_SSL"] and tls["EMAIL_PORT"] == 587
    ssl = email_settings("smtp+ssl://user:pw@mail.example.org?timeout=10")
    assert ssl["EMAIL_USE_SSL"] and not ssl["EMAIL_USE_TLS"] and ssl["EMAIL_PORT"] == 465
    assert ssl["EMAIL_TIMEOUT"] == 10
    assert email_settings("smtp+tls://mail.example.org:2587")["EMAIL_PORT"] == 2587


def test_console_and_a_local_server():
    assert email_settings("console://") == {
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "EMAIL_USE_SSL": False,
        "EMAIL_USE_TLS": False,
    }
    local = email_settings("smtp://")
    assert (local["EMAIL_HOST"], local["EMAIL_PORT"]) == ("localhost", 25)


def test_an_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="unknown scheme 'smtpx'"):
        email_settings("smtpx://mail.example.org")


def test_sender_addresses_are_settings():
    assert settings.DEFAULT_FROM_EMAIL and settings.SERVER_EMAIL
