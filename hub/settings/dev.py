from .base import *  # noqa: F403
from .base import EMAIL_URL, SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine on a developer's machine only; production requires SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-8c1f0e3b2f6a4d6e9e1b"
if not EMAIL_URL:  # mails are printed where runserver runs
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
