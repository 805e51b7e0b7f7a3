"""The shared vocabulary's and the search insights' permissions for the Secretariat
(hub.translation.roles)."""

from django.db import migrations



def create_roles(apps, schema_editor):
    from importlib import import_module

    import_module("hub.translation.migrations.0001_roles").create_roles(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("hub_translation", "0001_roles"),
        ("taxonomy", "0003_term_vocab"),
        ("search", "0001_searchstat_vocab"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
