"""Every interface string exists in French and Spanish."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

IGNORE = [".venv/*", "node_modules/*", ".elasticsearch/*", "tests/*", "scripts/*", "build/*"]


@pytest.fixture
def fresh_catalogues(tmp_path, monkeypatch):
    """The catalogues as `makemessages` would leave them, made in a copy of locale/.

    makemessages writes to a ``locale`` folder of the working directory too, so it runs
    in a copy of the project whose sources are links: the real catalogues stay as they are.
    """
    project = tmp_path / "project"
    project.mkdir()
    skipped = {"locale", ".git", *(pattern.removesuffix("/*") for pattern in IGNORE)}
    for entry in Path(settings.BASE_DIR).iterdir():
        if entry.name not in skipped:
            (project / entry.name).symlink_to(entry)
    locale = project / "locale"
    shutil.copytree(settings.BASE_DIR / "locale", locale)
    monkeypatch.chdir(project)
    monkeypatch.setattr(settings, "LOCALE_PATHS", [locale])
    call_command(
        "makemessages",
        locale=["fr", "es"],
        ignore_patterns=IGNORE,
        symlinks=True,
        verbosity=0,
        no_obsolete=True,
    )
    return locale


@pytest.mark.parametrize("language", ["fr", "es"])
def test_makemessages_leaves_nothing_untranslated(fresh_catalogues, language):
    catalogue = polib.pofile(str(fresh_catalogues / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy: {fuzzy[:10]}"
    assert len(catalogue) > 50


def test_compiled_catalogues_are_not_committed():
    tracked = os.popen(f"git -C {Path(settings.BASE_DIR)} ls-files '*.mo'").read().split()
    assert tracked == []
