"""Production settings, security headers, Content Security Policy, admin login lockout."""

import os
import re
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from hub.ops.csp import PUBLIC_POLICY

ROOT = Path(__file__).resolve().parents[2]
ENFORCED = {"CONTENT_SECURITY_POLICY": {"DIRECTIVES": PUBLIC_POLICY}}


def run_check(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            # The browser tests' server sets DJANGO_ALLOW_ASYNC_UNSAFE in this process;
            # a deployment never has it.
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    # Production needs a shared cache (hub.cache.checks); the check does not connect to it.
    result = run_check(
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="hub.example.org",
        CACHE_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("key", ["", "short"])
def test_production_refuses_to_start_without_a_real_secret_key(key):
    result = run_check(SECRET_KEY=key, ALLOWED_HOSTS="hub.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is missing or too weak" in result.stderr


def directives(policy):
    """``{directive: sources}`` of a policy header (django-csp orders them arbitrarily)."""
    return dict((part.strip() + " ").split(" ", 1) for part in policy.split(";"))


def inline_scripts(html):
    """Executable <script> elements without a src."""
    return [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag and "application/ld+json" not in tag and "application/json" not in tag
    ]


@pytest.mark.django_db
@override_settings(**ENFORCED)
@pytest.mark.parametrize("path", ["/en/", "/fr/", "/es/search/?q=budget", "/en/no-such-page/"])
def test_public_pages_have_a_strict_policy_and_no_inline_script(client, path):
    response = client.get(path, follow=True)
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"].strip() == "'self'"
    assert policy["style-src"].strip() == "'self'"
    assert policy["frame-ancestors"].strip() == "'none'"
    assert policy["object-src"].strip() == "'none'"
    assert inline_scripts(response.content.decode()) == []


@pytest.mark.django_db
@override_settings(**ENFORCED)
def test_admin_gets_its_documented_looser_policy(admin_client):
    policy = directives(admin_client.get(reverse("wagtailadmin_home"))["Content-Security-Policy"])
    assert policy["script-src"].strip() == "'self' 'unsafe-inline'"
    assert policy["frame-ancestors"].strip() == "'self'"
    assert policy["object-src"].strip() == "'none'"


@pytest.mark.django_db
def test_development_reports_the_policy_without_enforcing_it(client):
    response = client.get("/en/")
    policy = directives(response["Content-Security-Policy-Report-Only"])
    assert policy["script-src"].strip() == "'self'"
    assert "Content-Security-Policy" not in response


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@example.org", "right-password", is_staff=True, is_superuser=True
    )


PROXY = "127.0.0.1"  # the shipped Varnish: every request reaches the app from it


def login(password, username="editor", client_address="198.51.100.66"):
    """A login attempt from ``client_address`` through the proxy, in a new browser."""
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=client_address,
    )
    response.logged_in = "_auth_user_id" in client.session
    return response


@pytest.mark.django_db
@override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=10))
def test_an_account_is_locked_for_the_attacking_client_only(editor, monkeypatch):
    codes = [login("wrong").status_code for _ in range(5)]
    assert codes == [200] * 4 + [429]  # the form with its error, then the lockout page
    refused = login("right-password")  # even with the password
    assert refused.status_code == 429 and not refused.logged_in
    assert refused["Retry-After"] == "600"
    assert "Too many failed login attempts" in refused.content.decode()
    # The owner, elsewhere, logs in.
    assert login("right-password", client_address="203.0.113.20").logged_in

    # Not forever: once the cool-off has passed the attacker's client may try again.
    later = timezone.now() + timedelta(minutes=11)
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: later)
    assert login("right-password").logged_in


@pytest.mark.django_db
@override_settings(HUB_RATE_LIMITS={"login": "20/d"})  # one window: see test_limits
def test_20_bad_logins_lock_the_attacker_not_other_clients_or_the_owner(editor):
    attacker = "198.51.100.66"
    for number in range(20):  # spread over accounts, the owner's among them
        username = "editor" if number % 5 == 0 else f"user{number}"
        assert login("wrong", username, attacker).status_code in (200, 429)
    locked = login("right-password", client_address=attacker)
    assert locked.status_code == 429 and not locked.logged_in
    assert "Too many failed login attempts" in locked.content.decode()
    # Another client, and the account's owner logging in from elsewhere, are not locked.
    assert login("right-password", client_address="203.0.113.20").logged_in
    assert login("wrong", "someone", "203.0.113.21").status_code == 200


@pytest.mark.django_db
@override_settings(AXES_FAILURE_LIMIT=2)
def test_the_lockout_page_is_translated(editor):
    login("wrong")
    page = Client().post(
        "/admin/login/",
        {"username": "editor", "password": "wrong"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.66",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert page.status_code == 429
    assert "Trop de tentatives de connexion" in page.content.decode()
