"""Secretariat editors and moderators may upload, edit and choose images and documents in
every collection (the root collection's permissions apply to its children), so that the
hero, listing and social images and the image block are usable (issue 15)."""

from django.db import migrations

GROUPS = ["Secretariat editors", "Moderators"]
CODENAMES = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for label in ("wagtailimages", "wagtaildocs"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        for (app_label, model), codenames in CODENAMES.items():
            content_type, _created = ContentType.objects.get_or_create(
                app_label=app_label, model=model
            )
            for codename in codenames:
                permission = Permission.objects.filter(
                    content_type=content_type, codename=codename
                ).first()
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root, permission=permission
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_initial"),
        ("hub_translation", "0001_roles"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
