"""Who sees the submissions queue: the Secretariat editors and the moderators (groups of
``hub.translation.roles``), given the model's view permission after each migrate."""

from django.contrib.auth.models import Group, Permission

from hub.translation.roles import EDITORS, MODERATORS


def grant_queue_access(sender=None, **kwargs):
    permission = Permission.objects.filter(
        content_type__app_label="participation", codename="view_submission"
    ).first()
    if permission is None:
        return
    for name in (EDITORS, MODERATORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)
