"""One small CSS and JS bundle, compressed and cache-busted by WhiteNoise in production."""

import json

from django.core.management import call_command
from django.test import override_settings

from hub.settings import base

# As in production (hub.settings.base; the test settings serve files straight from the apps).
PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
BUNDLE = ["hub/hub.css", "hub/hub.js", "hub/favicon.svg"]


def test_bundle_is_hashed_and_compressed(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    for name in BUNDLE:
        hashed = manifest[name]
        assert hashed != name and hashed.rsplit(".", 2)[-2] != name.rsplit(".", 1)[0]
        assert (tmp_path / hashed).exists()
    for name in BUNDLE[:2]:
        compressed = tmp_path / f"{manifest[name]}.gz"
        assert compressed.exists()
        # What readers download: the whole design system (issue 15) in a few kilobytes.
        size = compressed.stat().st_size
        assert size < 10_000, f"{name} is {size} bytes compressed: keep the bundle small"


def test_bundle_loads_nothing_from_elsewhere():
    for name in BUNDLE[:2]:
        text = (base.BASE_DIR / "static" / name).read_text()
        assert "http://" not in text and "https://" not in text and "@import" not in text
