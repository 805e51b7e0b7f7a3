"""Rate limiting of the admin login: after ``HUB_LOGIN_FAILURE_LIMIT`` failed attempts for
one username (or four times as many from one address) within ``HUB_LOGIN_LOCKOUT_SECONDS``,
further attempts are refused with 429 until that window, counted from the first failure,
is over. A successful login clears the username's count.

Counts live in the default cache: with several workers or servers, set ``CACHE_URL`` to a
shared cache, or each process counts on its own.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse

PREFIX = "hub:login-failures:"
IP_FACTOR = 4


def _limit():
    return getattr(settings, "HUB_LOGIN_FAILURE_LIMIT", 5)


def _window():
    return getattr(settings, "HUB_LOGIN_LOCKOUT_SECONDS", 15 * 60)


def _keys(request, username):
    digest = hashlib.sha256((username or "").strip().casefold().encode()).hexdigest()
    return PREFIX + "user:" + digest, PREFIX + "ip:" + request.META.get("REMOTE_ADDR", "")


def is_locked(request, username):
    user_key, ip_key = _keys(request, username)
    counts = cache.get_many([user_key, ip_key])
    return counts.get(user_key, 0) >= _limit() or counts.get(ip_key, 0) >= _limit() * IP_FACTOR


def _record_failure(sender, credentials, request=None, **kwargs):
    if request is None:
        return
    for key in _keys(request, credentials.get("username")):
        cache.add(key, 0, timeout=_window())
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=_window())


def _clear_on_success(sender, request, user, **kwargs):
    if request is not None:
        cache.delete(_keys(request, user.get_username())[0])


def connect_signals():
    user_login_failed.connect(_record_failure, dispatch_uid="hub-ops-login-failed")
    user_logged_in.connect(_clear_on_success, dispatch_uid="hub-ops-logged-in")


class LoginRateLimitMiddleware:
    """Refuses login attempts (POST to Wagtail's login view) while locked out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path_info == reverse("wagtailadmin_login")
            and is_locked(request, request.POST.get("username", ""))
        ):
            minutes = max(1, _window() // 60)
            response = render(request, "ops/login_locked.html", {"minutes": minutes}, status=429)
            response["Retry-After"] = str(_window())
            return response
        return self.get_response(request)
