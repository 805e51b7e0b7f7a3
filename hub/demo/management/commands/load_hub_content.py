from django.core.management.base import BaseCommand, CommandError

from hub.demo.loader import ContentLoader


class Command(BaseCommand):
    help = (
        "Builds the hub's demo content from the OGP source documents: French pages, "
        "with English and Spanish translations made through wagtail-localize. "
        "Running it again creates only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Fail when a source segment has no written translation.",
        )

    def handle(self, *args, strict=False, **options):
        loader = ContentLoader(log=self.stdout.write)
        report = loader.run()
        created = ", ".join(f"{count} {label}" for label, count in report.created.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Created: {created or 'nothing'}; already there: {report.existing}; "
                f"translations made: {report.translated}."
            )
        )
        if loader.memory.conflicts:
            self.stderr.write(
                f"{len(loader.memory.conflicts)} source strings have two different translations "
                "in the content modules; the first one was used."
            )
        if report.missing_segments:
            for title, language, text in report.missing_segments[:20]:
                self.stderr.write(f"  no {language} translation in {title!r}: {text!r}")
            message = (
                f"{len(report.missing_segments)} segments had no written translation and "
                "kept their French text."
            )
            if strict:
                raise CommandError(message)
            self.stderr.write(message)
