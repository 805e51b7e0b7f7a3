"""Restores an archive made by ``hub.ops.backup`` (see that module for the format)."""

import json
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Page

from .backup import (
    DATABASE_MEMBER,
    FORMAT_VERSION,
    MANIFEST_MEMBER,
    MEDIA_MEMBER,
    SERIALIZATION_FORMAT,
    applied_migrations,
)

#: How the serializer starts a content type's line, and any model's.
CONTENT_TYPE_LINE = '{"model": "contenttypes.contenttype",'
MODEL_LINE = re.compile(r'\{"model": "(?P<app>\w+)\.(?P<model>\w+)"')


def installed(label):
    """Whether the app ``label`` is installed here: a backup of an older release may hold
    apps removed since (e.g. ``wagtailforms``), whose migrations and rows are left out."""
    return label in {config.label for config in apps.get_app_configs()}


def is_installed_model(line):
    match = MODEL_LINE.match(line)
    if match is None:
        return True
    try:
        apps.get_model(match["app"], match["model"])
    except LookupError:
        return False
    return True


class RestoreError(Exception):
    pass


def read_manifest(archive):
    try:
        member = archive.extractfile(MANIFEST_MEMBER)
    except (KeyError, tarfile.TarError) as error:
        raise RestoreError("Not a hub backup: it has no manifest.json.") from error
    manifest = json.load(member)
    if manifest.get("format") != FORMAT_VERSION:
        raise RestoreError(f"Unsupported backup format {manifest.get('format')!r}.")
    return manifest


def database_is_empty():
    """Only Wagtail's root page and the default home page that migrations create."""
    return Page.objects.filter(depth__gt=2).count() == 0


def restore_backup(path, force=False, stdout=None):
    path = Path(path)
    if not path.is_file():
        raise RestoreError(f"No such backup file: {path}")
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as tmp:
        manifest = read_manifest(archive)
        call_command("migrate", interactive=False, verbosity=0)
        unknown = sorted(
            name
            for name in set(manifest["migrations"]) - set(applied_migrations())
            if installed(name.split(".")[0])
        )
        if unknown:
            raise RestoreError(
                "The backup was made by a newer version of the hub (migrations "
                + ", ".join(unknown[:5])
                + " are unknown here): deploy that version first."
            )
        if not force and not database_is_empty():
            raise RestoreError(
                "The database already has content: restore replaces all of it. "
                "Run again with --force to confirm."
            )
        archive.extractall(tmp, filter="data")
        tmp = Path(tmp)
        dump = tmp / DATABASE_MEMBER
        content_types = tmp / f"contenttypes.{SERIALIZATION_FORMAT}"
        with dump.open() as lines, content_types.open("w") as out:
            out.writelines(line for line in lines if line.startswith(CONTENT_TYPE_LINE))
        kept = tmp / f"kept.{SERIALIZATION_FORMAT}"
        left_out = 0
        with dump.open() as lines, kept.open("w") as out:
            for line in lines:
                if is_installed_model(line):
                    out.write(line)
                else:
                    left_out += 1
        if left_out and stdout is not None:
            stdout.write(f"Left out {left_out} rows of apps no longer installed.\n")
        dump = kept
        with transaction.atomic():
            # Empty every table without re-creating content types and permissions: the
            # backup brings its own, with the primary keys the rest of the data uses.
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            # Content types first: building a page of a page type (Wagtail's Page.__init__)
            # looks its content type up and would create a row under a new key, which
            # collides with the backup's row for that type loaded later.
            ContentType.objects.clear_cache()
            call_command("loaddata", str(content_types), verbosity=0)
            call_command("loaddata", str(dump), verbosity=0)
        media = tmp / MEDIA_MEMBER
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    # Content type ids, site root paths and menus cached before the load are stale now.
    ContentType.objects.clear_cache()
    for alias in settings.CACHES:
        caches[alias].clear()
    call_command("update_index", verbosity=0)
    connection.close()
    return manifest
