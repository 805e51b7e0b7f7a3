from django.db import migrations

LANGUAGES = ["en", "fr", "es"]
VALUES = [
    "access-to-information",
    "civic-participation",
    "public-accountability",
    "technology-innovation",
]


def create(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    OGPValue = apps.get_model("taxonomy", "OGPValue")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    for key in VALUES:
        OGPValue.objects.get_or_create(key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
