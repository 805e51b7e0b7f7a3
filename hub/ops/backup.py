"""Backups: one ``.tar.gz`` holding ``database.hubjsonl`` (Django's ``dumpdata`` of every
model in JSON Lines with exact times, with primary keys, so revisions, translations and
wagtail-localize's records keep their links), ``media/`` (originals of images and
documents) and ``manifest.json``.

Left out because they are rebuilt: search index entries (``update_index`` after a restore),
image renditions (regenerated on demand), sessions and live editing sessions.

The format does not depend on the database engine: a SQLite backup restores into
PostgreSQL and back.
"""

import io
import json
import os
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT_VERSION = 1
# JSON Lines with exact times (hub/ops/serializer.py); the extension names the format.
SERIALIZATION_FORMAT = "hubjsonl"
serializers.register_serializer(SERIALIZATION_FORMAT, "hub.ops.serializer")
DATABASE_MEMBER = f"database.{SERIALIZATION_FORMAT}"
MANIFEST_MEMBER = "manifest.json"
MEDIA_MEMBER = "media"
EXCLUDED_MODELS = [
    "wagtailsearch",
    "wagtailimages.Rendition",
    "sessions",
    "wagtailadmin.EditingSession",
    "axes",  # login attempts: transient
    "captcha",  # CAPTCHA challenges: minutes long
]
# Renditions (Wagtail's ``images/`` folder) are regenerated from the originals.
EXCLUDED_MEDIA_DIRS = {"images"}


def applied_migrations():
    return sorted(
        f"{app}.{name}"
        for app, name in MigrationRecorder(connection).applied_migrations()
        if app is not None
    )


def _dump_database(path):
    """``dumpdata`` in one transaction: a consistent snapshot while editors keep working."""
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic():
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        call_command(
            "dumpdata",
            format=SERIALIZATION_FORMAT,
            exclude=EXCLUDED_MODELS,
            output=str(path),
            verbosity=0,
        )


def _media_filter(info):
    parts = Path(info.name).parts
    if len(parts) > 1 and parts[1] in EXCLUDED_MEDIA_DIRS:
        return None
    return info


def create_backup(output):
    """Writes the archive to ``output``; returns its manifest."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / DATABASE_MEMBER
        _dump_database(dump)
        with dump.open() as lines:
            objects = sum(1 for _line in lines)
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "database_vendor": connection.vendor,
            "objects": objects,
            "migrations": applied_migrations(),
        }
        partial = output.with_name(output.name + ".partial")
        partial.unlink(missing_ok=True)
        # Owner only from the first byte: the archive holds password hashes.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with (
            os.fdopen(descriptor, "wb") as file,
            tarfile.open(fileobj=file, mode="w:gz") as archive,
        ):
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST_MEMBER)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname=DATABASE_MEMBER)
            media_root = Path(settings.MEDIA_ROOT)
            if media_root.is_dir():
                archive.add(media_root, arcname=MEDIA_MEMBER, filter=_media_filter)
        partial.replace(output)  # never leave a truncated archive under the final name
    return manifest
