"""Abuse limits hold behind the proxy: every limit counts by the real client address
(``hub.ops.clients``), which a client cannot change by writing ``X-Forwarded-For``."""

import json

import pytest
from django.test import RequestFactory, override_settings

from hub.ops.clients import client_ip

PROXY = "127.0.0.1"  # the shipped Varnish
# Daily windows: django-ratelimit counts in fixed windows, and a test must not straddle two.
LIMITS = {
    "search": "5/d",
    "api": "5/d",
    "autocomplete": "5/d",
    "export": "3/d",
    "feed": "3/d",
    "password_reset": "2/d",
    "login": "20/d",
}
limited = override_settings(HUB_RATE_LIMITS=LIMITS)


def ip(remote, forwarded=None, **settings):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    with override_settings(**settings):
        return client_ip(RequestFactory().get("/", **meta))


def test_forwarded_for_is_believed_from_trusted_proxies_only():
    assert ip("203.0.113.9") == "203.0.113.9"
    # Behind Varnish: the address Varnish appended, not what the client wrote before it.
    assert ip(PROXY, "198.51.100.7") == "198.51.100.7"
    assert ip(PROXY, "1.2.3.4, 198.51.100.7") == "198.51.100.7"
    # A client reaching the app directly cannot claim another address.
    assert ip("203.0.113.9", "198.51.100.7") == "203.0.113.9"
    # Garbage in the header: the proxy's own address, never an error.
    assert ip(PROXY, "not-an-address") == PROXY
    assert ip(PROXY, "") == PROXY
    # Two proxies (e.g. a TLS terminator in front of Varnish), trusted by network.
    two = {"TRUSTED_PROXY_COUNT": 2, "TRUSTED_PROXIES": ["127.0.0.1", "10.0.0.0/8"]}
    assert ip(PROXY, "1.2.3.4, 198.51.100.7, 10.1.2.3", **two) == "198.51.100.7"
    # ...but the second hop is read only when the first proxy is trusted too.
    assert ip(PROXY, "1.2.3.4, 198.51.100.7, 203.0.113.5", **two) == "203.0.113.5"
    # No proxy: the header is ignored.
    assert ip(PROXY, "198.51.100.7", TRUSTED_PROXY_COUNT=0) == PROXY
    assert ip("::ffff:198.51.100.7") == "198.51.100.7"
    # A Unix socket (no address): a local proxy.
    assert ip("", "198.51.100.7") == "198.51.100.7"
    # No address at all (Django's force_login): still an address, which axes stores.
    assert ip("") == ip("testserver") == "0.0.0.0"


@pytest.mark.django_db
@override_settings(HUB_RATE_LIMITS={**LIMITS, "api": "100/d"})
def test_300_api_requests_with_rotating_forwarded_for_behind_the_proxy_are_limited(client):
    codes = [
        client.get(
            "/api/search/",
            {"q": "open"},
            REMOTE_ADDR=PROXY,
            # A client writing a new address each time; Varnish appends the real one.
            HTTP_X_FORWARDED_FOR=f"10.{n // 250}.{n % 250}.1, 198.51.100.7",
        ).status_code
        for n in range(300)
    ]
    assert codes[:100] == [200] * 100
    assert codes[100:] == [429] * 200
    # Another reader behind the same proxy is not affected.
    other = client.get("/api/search/", {"q": "open"}, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert other.status_code == 200


@pytest.mark.django_db
@limited
def test_rotating_forwarded_for_from_an_untrusted_client_does_not_bypass(client):
    codes = [
        client.get(
            "/api/v2/pages/",
            {"limit": 1},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        ).status_code
        for n in range(8)
    ]
    assert codes == [200] * 5 + [429] * 3


@pytest.mark.django_db
@limited
@pytest.mark.parametrize(
    "path",
    [
        "/api/search/?q=open",
        "/api/search/autocomplete/?q=op",
        "/api/v2/pages/?limit=1",
        "/en/search/?q=open",
        "/en/search/feed/?q=open",
        "/api/search/export/?q=open&format=csv",
    ],
)
def test_every_limited_endpoint_answers_429_with_retry_after(client, path):
    codes = [client.get(path).status_code for _ in range(6)]
    assert 429 in codes and codes[0] == 200
    response = client.get(path)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 24 * 60 * 60
    assert "no-store" in response["Cache-Control"]  # Varnish must not cache it
    if path.startswith("/api/"):
        assert "try again in" in json.loads(response.content)["error"]
    else:
        body = response.content.decode()
        assert "<h1>" in body and "seconds and try again" in body


@pytest.mark.django_db
@limited
def test_the_429_page_is_in_the_readers_language(client):
    for _ in range(5):
        client.get("/fr/search/", {"q": "budget"})
    page = client.get("/fr/search/", {"q": "budget"})
    assert page.status_code == 429
    assert '<html lang="fr">' in page.content.decode()
    assert "Trop de requêtes" in page.content.decode()
    for _ in range(5):
        client.get("/api/search/", HTTP_ACCEPT_LANGUAGE="es")
    api = client.get("/api/search/", HTTP_ACCEPT_LANGUAGE="es")
    assert api.status_code == 429
    assert "Demasiadas solicitudes" in json.loads(api.content)["error"]


@pytest.mark.django_db
@limited
def test_listing_exports_and_feeds_are_limited(client):
    from hub.stories.models import StoryIndexPage

    url = StoryIndexPage.objects.live().filter(locale__language_code="en").first().url
    assert [client.get(url, {"format": "csv"}).status_code for _ in range(4)] == [200] * 3 + [429]
    # Feeds count apart; the page itself is not limited.
    assert client.get(url, {"format": "rss"}).status_code == 200
    assert all(client.get(url).status_code == 200 for _ in range(5))


@pytest.mark.django_db
@limited
def test_password_reset_is_limited(client, mailoutbox, django_user_model):
    django_user_model.objects.create_user("editor", "editor@example.org", "x", is_staff=True)
    assert client.get("/admin/password_reset/").status_code == 200
    codes = [
        client.post("/admin/password_reset/", {"email": "editor@example.org"}).status_code
        for _ in range(3)
    ]
    assert codes == [302, 302, 429]
    assert len(mailoutbox) == 2
    # Another client still can.
    other = client.post(
        "/admin/password_reset/", {"email": "editor@example.org"}, REMOTE_ADDR="203.0.113.1"
    )
    assert other.status_code == 302


@pytest.mark.django_db
@override_settings(HUB_RATE_LIMITS={**LIMITS, "search": None})
def test_a_group_without_a_rate_is_not_limited(client):
    assert all(client.get("/en/search/").status_code == 200 for _ in range(8))


@pytest.mark.django_db
@override_settings(HUB_RATE_LIMITS=LIMITS, RATELIMIT_ENABLE=False)
def test_rate_limits_can_be_turned_off(client):
    assert all(client.get("/api/search/autocomplete/?q=op").status_code == 200 for _ in range(8))
