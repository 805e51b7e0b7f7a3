from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "ERROR"  # noqa: F405

if ELASTICSEARCH_URL:  # noqa: F405
    # Tests write their own indexes, never the developer's (hub_test_ by default; two
    # test runs side by side need two ELASTICSEARCH_INDEX_PREFIX values).
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = f"{ELASTICSEARCH_INDEX_PREFIX}test_"  # noqa: F405
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Rate limits (hub/ops/limits.py) out of the way of tests sending many requests (the fuzz
# tests); tests/reliability/test_limits.py sets its own.
HUB_RATE_LIMITS = dict.fromkeys(HUB_RATE_LIMITS, "100000/m")  # noqa: F405

# The time-trap of the public forms (hub/participation/antispam.py): tests post at once;
# tests/participation sets it back to check it.
HUB_FORM_MIN_SECONDS = 0
