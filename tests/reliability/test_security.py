"""Production settings, security headers, Content Security Policy, admin login limiting."""

import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

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
    result = run_check(SECRET_KEY=secrets.token_urlsafe(64), ALLOWED_HOSTS="hub.example.org")
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
    cache.clear()
    yield django_user_model.objects.create_user(
        "editor", "editor@example.org", "right-password", is_staff=True, is_superuser=True
    )
    cache.clear()


def login(client, password, username="editor", ip="10.0.0.1"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


@pytest.mark.django_db
@override_settings(HUB_LOGIN_FAILURE_LIMIT=5, HUB_LOGIN_LOCKOUT_SECONDS=600)
def test_admin_login_is_refused_after_too_many_failures_then_reopens(client, editor, monkeypatch):
    for _attempt in range(5):
        assert login(client, "wrong").status_code == 200  # the form, with its error
    refused = login(client, "right-password")  # the 6th attempt, even with the password
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    assert "Too many failed login attempts" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Other accounts are not locked by this one's failures.
    other = login(client, "wrong", username="someone-else")
    assert other.status_code == 200

    # Not forever: once the window has passed the editor logs in.
    later = time.time() + 601
    monkeypatch.setattr("django.core.cache.backends.locmem.time.time", lambda: later)
    response = login(client, "right-password")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
@override_settings(HUB_LOGIN_FAILURE_LIMIT=2)
def test_many_usernames_from_one_address_are_limited_too(client, editor):
    for number in range(8):  # 4 × the limit, spread over usernames
        assert login(client, "x", username=f"user{number}").status_code == 200
    assert login(client, "right-password").status_code == 429
    assert login(client, "right-password", ip="10.0.0.2").status_code == 302
