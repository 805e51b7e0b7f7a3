"""Settings shared by every environment.

Every environment variable the hub reads is read here, in ``ENV`` below, and documented
in the README's table.
"""

import os
from datetime import timedelta
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from hub.ops.csp import PUBLIC_POLICY as PUBLIC_CSP
from hub.ops.mail import email_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env(name, default=None):
    value = os.environ.get(name, "")
    return value if value != "" else default


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return env(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


# --- Environment -----------------------------------------------------------------------
SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", "hub_")
ELASTICSEARCH_TIMEOUT = int(env("ELASTICSEARCH_TIMEOUT", "5"))
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
LOG_LEVEL = env("LOG_LEVEL", "INFO")
CACHE_URL = env("CACHE_URL")
RELEASE = env("RELEASE")
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL")
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR")
DEEPL_API_KEY = env("DEEPL_API_KEY", "")
LIBRETRANSLATE_URL = env("LIBRETRANSLATE_URL", "")
LIBRETRANSLATE_API_KEY = env("LIBRETRANSLATE_API_KEY", "")
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "1"))
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
EMAIL_URL = env("EMAIL_URL")
HUB_SECRETARIAT_EMAIL = env("HUB_SECRETARIAT_EMAIL", "secretariat@localhost")
HUB_SECRETARIAT_LANGUAGE = env("HUB_SECRETARIAT_LANGUAGE", "fr")
HUB_FORM_CAPTCHA = env_bool("HUB_FORM_CAPTCHA")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Applications ------------------------------------------------------------------------
INSTALLED_APPS = [
    "hub.core",
    "hub.pages",
    "hub.taxonomy",
    "hub.guide",
    "hub.stories",
    "hub.awards",
    "hub.workinggroups",
    "hub.commitments",
    "hub.demo",
    "hub.participation",
    "search",
    "hub.cache",
    "hub.ops",
    "hub.opendata",
    "hub.translation",  # before wagtail_localize: it extends the translation editor
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "mailer",
    "captcha",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "hub.cache.headers.CacheControlMiddleware",
    "hub.ops.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hub.ops.errors.LocaleMiddleware",  # Django's, without redirecting /api/ addresses
    "hub.ops.errors.MethodNotAllowedMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hub.ops.limits.RateLimitMiddleware",
    "axes.middleware.AxesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.ops.middleware.DatabaseUnavailableMiddleware",
]

# Content Security Policy (hub/ops/csp.py, docs/operations.md): reported here, enforced
# in production.
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": PUBLIC_CSP}

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database ------------------------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -----------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
]
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
# ASCII slugs, transliterated rather than truncated (hub.core.slugs).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_TZ = True

# Translations need a review step: a moderator publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in the translation editor (optional): MACHINE_TRANSLATOR is
# "deepl" (DEEPL_API_KEY), "libretranslate" (LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY)
# or "dummy" (reverses words; for trying the editor out). Unset: no machine translation.
if MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL,
            "API_KEY": LIBRETRANSLATE_API_KEY,
        },
    }
elif MACHINE_TRANSLATOR == "dummy":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }
elif MACHINE_TRANSLATOR:
    raise ValueError(
        f"MACHINE_TRANSLATOR must be deepl, libretranslate or dummy, not {MACHINE_TRANSLATOR!r}"
    )

# --- Static and media files ------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = _("Open Government Knowledge Hub")
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
TAGGIT_CASE_INSENSITIVE = True

# --- Open data (hub/opendata): the API, exports and feeds are anonymous and rate-limited
# (HUB_RATE_LIMITS below).
WAGTAILAPI_LIMIT_MAX = 100

# --- Abuse limits (hub/ops/clients.py, hub/ops/limits.py, docs/operations.md) ----------------
# Every limit counts by the real client address: X-Forwarded-For is believed from
# TRUSTED_PROXIES only, for TRUSTED_PROXY_COUNT hops.
# Requests per client address and group (django-ratelimit, counted in the default cache).
HUB_RATE_LIMITS = {
    "search": "60/m",  # the search page
    "api": "120/m",  # search API, Wagtail API v2, citations
    "autocomplete": "240/m",  # one request per keystroke or so
    "export": "10/m",  # /api/search/export/, listings' ?format=csv|json
    "feed": "30/m",  # search feeds, listings' ?format=rss|atom
    "password_reset": "5/h",  # POSTs of the admin's password reset form (e-mails)
    "login": "20/15m",  # POSTs of the admin login form, any accounts
    "story_submission": "20/h",  # POSTs of the public story form (hub/participation)
}
RATELIMIT_FAIL_OPEN = True  # a cache outage must not refuse every request
# Admin login lockout (django-axes): 5 failures for one account from one client address lock
# that account for that client for 15 minutes; its owner elsewhere still logs in.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"  # shared by every worker
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "hub.ops.clients.client_ip"
AXES_LOCKOUT_CALLABLE = "hub.ops.limits.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # failures are kept, successful logins are not

# --- E-mail -----------------------------------------------------------------------------------
# EMAIL_URL (hub/ops/mail.py): smtp://user:password@host:25, smtp+tls://…:587 (STARTTLS),
# smtp+ssl://…:465, console://. Unset: a local mail server (smtp://localhost:25); dev prints
# mails to the console.
_mail = email_settings(EMAIL_URL or "smtp://localhost:25")
globals().update(_mail)
# Every mail waits in a queue in the database (django-mailer): a request never waits for
# SMTP, and a mail the server refuses or cannot take is deferred, not lost. `manage.py
# mail_worker` sends the queue through MAILER_EMAIL_BACKEND (EMAIL_URL's) and retries
# deferred mails; every failure is logged (mailer's MessageLog, in the admin).
MAILER_EMAIL_BACKEND = _mail["EMAIL_BACKEND"]
EMAIL_BACKEND = "mailer.backend.DbBackend"
MAILER_USE_FILE_LOCK = False  # each message is locked by its database row
MAILER_EMAIL_MAX_RETRIES = 50  # at the worker's pace: days of retries
MAILER_RETRY_SECONDS = 300

# --- Public forms (hub/participation) ----------------------------------------------------------
HUB_FORM_MIN_SECONDS = 3  # time-trap: a form sent back sooner was not read by a person
# HUB_FORM_CAPTCHA (above): django-simple-captcha's images, made here, no outside service.
CAPTCHA_FLITE_PATH = None  # no audio version
HUB_UPLOAD_IMAGE_MAX_BYTES = 5_000_000
HUB_UPLOAD_DOCUMENT_MAX_BYTES = 10_000_000

# --- Caches (docs/performance.md) ---------------------------------------------------------
# One cache shared by every worker and app server (Redis, CACHE_URL): hub.cache.checks
# refuses a per-process one in production. Keys carry the release (RELEASE, else the
# package version): a deploy never reads what an older release cached.
if not RELEASE:
    try:
        RELEASE = package_version("ogp-knowledge-hub")
    except PackageNotFoundError:
        RELEASE = "dev"
if CACHE_URL and CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    _cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
elif CACHE_URL:
    _cache = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": CACHE_URL.removeprefix("file://"),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
else:
    _cache = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 5_000},
    }
CACHES = {
    "default": {**_cache, "KEY_PREFIX": f"hub-{RELEASE}"},
    "renditions": {**_cache, "KEY_PREFIX": f"renditions-{RELEASE}"},
}
# Cache-Control of pages read anonymously (hub.cache.headers): seconds in Varnish or any
# shared cache, purged at once on publication; then served stale while one request
# refreshes.
HUB_SHARED_MAX_AGE = 600
HUB_STALE_WHILE_REVALIDATE = 60

# Varnish in front (deploy/varnish/hub.vcl): pages are purged when (un)published.
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        },
    }
# hub.cache.purge names each translation's own URL (slugs are translated): no guessing.
WAGTAILFRONTENDCACHE_LANGUAGES = []

if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's elasticsearch8 backend with the hub's analysers and facets.
            "BACKEND": "search.backend",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
            "ATOMIC_REBUILD": True,
        },
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        # Wagtail's database backend, with a workaround for SQLite (search/database_backend.py).
        "default": {"BACKEND": "search.database_backend"},
    }
# Search resilience (search.breaker, search.engine, hub.opendata exports): after
# SEARCH_BREAKER_FAILURES failures in a row, Elasticsearch is skipped for
# SEARCH_BREAKER_SECONDS (state in the shared cache); database searches are cancelled
# after SEARCH_STATEMENT_TIMEOUT ms on PostgreSQL; exports stop at SEARCH_EXPORT_MAX_ROWS.
SEARCH_BREAKER_FAILURES = 3
SEARCH_BREAKER_SECONDS = 30
SEARCH_STATEMENT_TIMEOUT = 5000
SEARCH_EXPORT_MAX_ROWS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "hub": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "search": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
    },
}
