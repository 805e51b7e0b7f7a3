"""The hub's roles: groups, their permissions, and the moderation workflows.

Group and workflow names are part of the contract (the issue names them). Everything here
is idempotent: the data migration runs it, and so do ``post_migrate`` and the creation of
a locale's home page (on a fresh database the migration runs before any page exists).

Page permissions are granted per locale tree, on each locale's home page (depth 2):

* Secretariat editors: add and edit pages of the source tree; submit them for review.
* Moderators: every page permission on the root page (every locale), so they approve and
  publish both source pages and translations.
* Translators (<language>): edit pages of their locale's tree only; no publication.
"""

from django.apps import apps as global_apps
from django.utils.translation import gettext, gettext_noop
from wagtail.users.models import UserProfile

SOURCE_LANGUAGE = "fr"  # the Secretariat writes in French; en and es are translations

EDITORS = "Secretariat editors"
MODERATORS = "Moderators"
TRANSLATORS = {
    "en": "Translators (English)",
    "fr": "Translators (French)",
    "es": "Translators (Spanish)",
}
# Stored in English in the database; the admin shows them translated (wagtail_hooks).
SOURCE_WORKFLOW = gettext_noop("Secretariat review")
TRANSLATION_WORKFLOW = gettext_noop("Translation review")
APPROVAL_TASK = gettext_noop("Moderator approval")
WORKFLOW_NAMES = (SOURCE_WORKFLOW, TRANSLATION_WORKFLOW, APPROVAL_TASK)

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def snippet_permissions(*actions):
    return [f"taxonomy.{action}_{model}" for model in ("theme", "member") for action in actions]


# The shared vocabulary is the Secretariat's (editors and moderators); translators read it
# in the translation editor. Both read the search insights report and act on it: add a
# synonym, promote a page.
VOCABULARY_PERMISSIONS = [
    *[f"taxonomy.{action}_term" for action in ("add", "change", "delete")],
    "search.view_searchstat",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
]

# Model permissions ("app_label.codename") of each group.
MODEL_PERMISSIONS = {
    EDITORS: [ACCESS_ADMIN, *snippet_permissions("add", "change"), *VOCABULARY_PERMISSIONS],
    MODERATORS: [
        ACCESS_ADMIN,
        SUBMIT_TRANSLATION,
        *snippet_permissions("add", "change", "delete"),
        *VOCABULARY_PERMISSIONS,
    ],
    **{
        group: [ACCESS_ADMIN, SUBMIT_TRANSLATION, *snippet_permissions("change")]
        for group in TRANSLATORS.values()
    },
}
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]


def _permission(apps, dotted):
    app_label, codename = dotted.split(".")
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def _permissions(apps, dotted_names):
    """The permissions named, leaving out those of a model that a later migration creates
    (``ensure_roles`` runs again then: that migration and ``post_migrate``)."""
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        model_name = codename.split("_", 1)[-1]
        try:
            found.append(_permission(apps, dotted))
        except apps.get_model("auth", "Permission").DoesNotExist:
            try:
                apps.get_model(app_label, model_name)
            except LookupError:
                continue
            raise
    return found


def ensure_roles(apps=global_apps):
    """Creates or completes the groups, their permissions and the workflows."""
    Group = apps.get_model("auth", "Group")
    groups = {}
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, permissions))
        groups[name] = group
    workflows = _ensure_workflows(apps, groups[MODERATORS])
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        _grant(apps, groups[MODERATORS], root, MODERATOR_PAGE_PERMISSIONS)
    for home in Page.objects.filter(depth=2).select_related("locale"):
        _grant_home(apps, groups, workflows, home)


def _ensure_workflows(apps, moderators):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=APPROVAL_TASK,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        )
    task.groups.add(moderators)
    workflows = {}
    for name in (SOURCE_WORKFLOW, TRANSLATION_WORKFLOW):
        workflow, _created = Workflow.objects.get_or_create(name=name)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        workflows[name] = workflow
    return workflows


def _grant(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(apps, f"wagtailcore.{codename}")
        )


def _grant_home(apps, groups, workflows, home):
    """Per-locale rights and review workflow on one locale's home page."""
    language = home.locale.language_code
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    if language == SOURCE_LANGUAGE:
        _grant(apps, groups[EDITORS], home, EDITOR_PAGE_PERMISSIONS)
        workflow = workflows[SOURCE_WORKFLOW]
    else:
        workflow = workflows[TRANSLATION_WORKFLOW]
    if language in TRANSLATORS:
        _grant(apps, groups[TRANSLATORS[language]], home, TRANSLATOR_PAGE_PERMISSIONS)
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})


def ensure_roles_after_migrate(sender, **kwargs):
    ensure_roles()


def grant_on_new_home(sender, instance, created, raw=False, **kwargs):
    """A locale's home page was created (e.g. by ``load_hub_content``): grant its rights."""
    if created and not raw and instance.depth == 2:
        ensure_roles()


# --- Checks used by the hooks and views ---------------------------------------------------


def _page_permission_locales(user, codename):
    """Locale ids where ``user`` holds ``codename`` on a home page, or None for every locale
    (superusers and permissions granted on the root page)."""
    if user.is_superuser:
        return None
    GroupPagePermission = global_apps.get_model("wagtailcore", "GroupPagePermission")
    rows = GroupPagePermission.objects.filter(
        group__user=user,
        permission__codename=codename,
        permission__content_type__app_label="wagtailcore",
    ).values_list("page__depth", "page__locale_id")
    if any(depth == 1 for depth, _locale in rows):
        return None
    return {locale_id for _depth, locale_id in rows}


def editable_locale_ids(user):
    """Locale ids whose content ``user`` may edit (None: every locale)."""
    return _page_permission_locales(user, "change_page")


def can_edit_locale(user, locale_id):
    locale_ids = editable_locale_ids(user)
    return locale_ids is None or locale_id in locale_ids


def can_publish_locale(user, locale_id):
    locale_ids = _page_permission_locales(user, "publish_page")
    return locale_ids is None or locale_id in locale_ids


# --- The admin's language ------------------------------------------------------------------

# Editors and translators work in their group's language unless they chose another one.
GROUP_LANGUAGES = {EDITORS: SOURCE_LANGUAGE, **{group: code for code, group in TRANSLATORS.items()}}


def group_language(user):
    names = set(user.groups.values_list("name", flat=True))
    for group, code in GROUP_LANGUAGES.items():
        if group in names:
            return code
    return None


def default_admin_language(user):
    """Sets the admin language of ``user`` to their group's, unless they chose one."""
    code = group_language(user)
    if code is None:
        return
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = code
        profile.save(update_fields=["preferred_language"])


def on_groups_changed(sender, instance, action, reverse=False, **kwargs):
    if action == "post_add" and not reverse:
        default_admin_language(instance)


def on_login(sender, user, **kwargs):
    default_admin_language(user)


def translate_workflow_names(text):
    """``text`` with the hub's workflow and task names in the active language."""
    for name in WORKFLOW_NAMES:
        text = text.replace(name, gettext(name))
    return text
