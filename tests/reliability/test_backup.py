"""`manage.py backup` / `manage.py restore`: a restore into an empty database brings back
every page, snippet, translation, revision, search result and media file.

The restore runs in a child process on a new database of the same engine as the test's
(a SQLite file, or a scratch PostgreSQL database dropped afterwards) and the same search
backend (with its own index prefix), so the session's database and indexes are never
touched and search results compare like for like.
"""

import io
import json
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from wagtail.documents.models import Document
from wagtail.models import Page

from .snapshot import snapshot

ROOT = Path(__file__).resolve().parents[2]


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        # The browser tests' server sets DJANGO_ALLOW_ASYNC_UNSAFE in this process.
        env={k: v for k, v in env.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        capture_output=True,
        text=True,
        timeout=600,
    )


RESTORE_INDEX_PREFIX = "hub_restoretest_"


@pytest.fixture
def scratch_database(tmp_path):
    """An empty database of the test database's engine, for the child process."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    import psycopg

    name = f"hub_restore_{os.getpid()}"
    server = (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    )
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if settings.ELASTICSEARCH_URL:
        from elasticsearch import Elasticsearch

        es = Elasticsearch(settings.ELASTICSEARCH_URL)
        for index in es.indices.get(index=RESTORE_INDEX_PREFIX + "*"):
            es.indices.delete(index=index)


@pytest.fixture
def media(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        yield tmp_path / "media"


@pytest.mark.slow
@pytest.mark.django_db
def test_restore_into_an_empty_database_brings_everything_back(tmp_path, media, scratch_database):
    doc = Document(title="Action plan")
    doc.file.save("plan.pdf", ContentFile(b"%PDF-1.4 plan"), save=False)
    doc.save()
    page = Page.objects.filter(depth=3, locale__language_code="fr").first().specific
    page.title = "Édité avant la sauvegarde"
    page.save_revision().publish()
    expected = snapshot()
    assert expected["revisions"] and expected["translations"] and expected["search"]["justice"]

    archive = tmp_path / "hub.tar.gz"
    umask = os.umask(0)  # even with a permissive umask
    try:
        call_command("backup", output=str(archive), verbosity=0)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it holds password hashes
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "database.hubjsonl", "media/documents/plan.pdf"} <= set(names)

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DATABASE_URL": scratch_database,
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
        "ELASTICSEARCH_INDEX_PREFIX": RESTORE_INDEX_PREFIX,
    }
    # A freshly migrated database: its content types are the migrations' own.
    assert manage(env, "migrate", "--noinput").returncode == 0
    result = manage(env, "restore", str(archive))
    assert result.returncode == 0, result.stderr
    restored = restored_snapshot(env)
    expected = json.loads(json.dumps(expected))  # same types as the child's JSON
    for key in expected:
        if key == "search" and settings.ELASTICSEARCH_URL:
            # The session's Elasticsearch index also holds documents of other tests'
            # rolled-back changes: results compare like for like on the database backend
            # only. Here the restored index must answer every query.
            assert all(restored["search"].values()), restored["search"]
            continue
        assert restored[key] == expected[key], key

    # A second restore over content is refused without --force, with a clear message.
    result = manage(env, "restore", str(archive))
    assert result.returncode != 0
    assert "--force" in result.stderr

    # With --force it replaces the demo content it finds, and brings back the same.
    result = manage(env, "restore", "--force", str(archive))
    assert result.returncode == 0, result.stderr
    again = restored_snapshot(env)
    for key in ("pages", "revisions", "translations", "string_translations", "snippets"):
        assert again[key] == expected[key], key

    # A backup of an older release holds an app removed since (its migrations and rows):
    # they are left out, and the rest comes back.
    older = with_removed_app(archive, tmp_path / "older.tar.gz")
    result = manage(env, "restore", "--force", str(older))
    assert result.returncode == 0, result.stderr
    assert "Left out 1 rows of apps no longer installed" in result.stdout
    assert restored_snapshot(env)["pages"] == expected["pages"]


def with_removed_app(archive, path):
    """A copy of ``archive`` as a release that still had ``wagtailforms`` would write it."""
    with tarfile.open(archive) as source, tarfile.open(path, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read() if member.isfile() else None
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["migrations"].append("wagtailforms.0001_initial")
                data = json.dumps(manifest).encode()
            elif member.name == "database.hubjsonl":
                row = {"model": "wagtailforms.formsubmission", "pk": 1, "fields": {}}
                data += (json.dumps(row) + "\n").encode()
            if data is not None:
                member.size = len(data)
                target.addfile(member, io.BytesIO(data))
            else:
                target.addfile(member)
    return path


def restored_snapshot(env):
    result = manage(
        env,
        "shell",
        "-c",
        "import json; from tests.reliability.snapshot import snapshot; "
        "print(json.dumps(snapshot()))",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz"):
        pass
    with pytest.raises(CommandError, match="Not a hub backup"):
        call_command("restore", str(bogus))
    with pytest.raises(CommandError, match="No such backup file"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))
