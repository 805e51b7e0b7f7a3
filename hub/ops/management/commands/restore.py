from django.core.management.base import BaseCommand, CommandError

from hub.ops.restore import RestoreError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: replaces the database's content and "
        "adds the media files, then rebuilds the search index (docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content of a database that is not empty.",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = restore_backup(archive, force=force, stdout=self.stdout)
        except RestoreError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {manifest['objects']} objects from {archive} "
            f"(backup of {manifest['created']})."
        )
