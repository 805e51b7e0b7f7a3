from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from hub.ops.backup import create_backup


class Command(BaseCommand):
    help = "Back up the database and the media files into one .tar.gz (docs/operations.md)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive to write (default: backups/hub-<date>-<time>.tar.gz).",
        )

    def handle(self, *args, output=None, **options):
        if not output:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            output = Path(settings.BASE_DIR) / "backups" / f"hub-{stamp}.tar.gz"
        manifest = create_backup(output)
        self.stdout.write(f"Backed up {manifest['objects']} objects and the media to {output}")
