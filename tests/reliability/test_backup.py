"""`manage.py backup` / `manage.py restore`: a restore into an empty database brings back
every page, snippet, translation, revision, search result and media file.

The restore runs in a child process on a new database of the same engine as the test's
(a SQLite file, or a scratch PostgreSQL database dropped afterwards) and the same search
backend (with its own index prefix), so the session's database and indexes are never
touched and search results compare like for like.
"""

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
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


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz"):
        pass
    with pytest.raises(CommandError, match="Not a hub backup"):
        call_command("restore", str(bogus))
    with pytest.raises(CommandError, match="No such backup file"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))
