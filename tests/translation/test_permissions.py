"""Each group's allowed and refused actions, in its own locale's tree and elsewhere."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow

from hub.pages.models import StandardPage, StrategyPage
from hub.taxonomy.models import Theme
from hub.translation import roles

from .helpers import (
    edit_url,
    locale,
    put_string,
    refused,
    source_page,
    translated,
    translation_record,
)

pytestmark = pytest.mark.django_db

TRANSLATOR_ES = roles.TRANSLATORS["es"]


def test_groups_and_workflows_exist():
    names = {roles.EDITORS, roles.MODERATORS, *roles.TRANSLATORS.values()}
    assert names <= set(Group.objects.values_list("name", flat=True))
    homes = {p.locale.language_code: p for p in Page.objects.filter(depth=2)}
    assert homes["fr"].get_workflow().name == roles.SOURCE_WORKFLOW
    assert homes["en"].get_workflow().name == roles.TRANSLATION_WORKFLOW
    assert homes["es"].get_workflow().name == roles.TRANSLATION_WORKFLOW
    task = GroupApprovalTask.objects.get(name=roles.APPROVAL_TASK)
    assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]
    assert set(
        Workflow.objects.filter(workflow_tasks__task=task).values_list("name", flat=True)
    ) == {
        roles.SOURCE_WORKFLOW,
        roles.TRANSLATION_WORKFLOW,
    }


def test_ensure_roles_is_idempotent():
    before = GroupPagePermission.objects.count()
    roles.ensure_roles()
    assert GroupPagePermission.objects.count() == before


def test_translator_edits_only_their_locale(login):
    client = login(TRANSLATOR_ES)
    page = source_page(StrategyPage)
    assert client.get(edit_url(translated(page, "es"))).status_code == 200
    assert refused(client.get(edit_url(translated(page, "en"))))
    assert refused(client.get(edit_url(page)))
    # Not even through wagtail-localize's string API.
    translation = translation_record(page, "en")
    assert put_string(client, translation, "title", "x").status_code == 403


def test_translator_cannot_publish(login, django_capture_on_commit_callbacks):
    client = login(TRANSLATOR_ES)
    page = translated(source_page(StrategyPage), "es")
    perms = page.permissions_for_user(client.user)
    assert perms.can_edit() and not perms.can_publish()
    with django_capture_on_commit_callbacks(execute=True):
        assert refused(client.post(edit_url(page), {"action": "publish"}))
    assert Page.objects.get(pk=page.pk).live_revision_id == page.live_revision_id
    source = source_page(StrategyPage)
    assert not source.permissions_for_user(client.user).can_publish()
    assert not source.permissions_for_user(client.user).can_edit()


def test_secretariat_editor_edits_source_pages_only(login):
    client = login(roles.EDITORS)
    page = source_page(StrategyPage)
    perms = page.permissions_for_user(client.user)
    assert perms.can_edit() and perms.can_add_subpage() and not perms.can_publish()
    assert client.get(edit_url(page)).status_code == 200
    assert refused(client.get(edit_url(translated(page, "en"))))


def test_moderator_publishes_everywhere(login):
    client = login(roles.MODERATORS)
    page = source_page(StrategyPage)
    for candidate in (page, translated(page, "en"), translated(page, "es")):
        assert candidate.permissions_for_user(client.user).can_publish()
        assert client.get(edit_url(candidate)).status_code == 200


def snippet_edit_url(theme):
    return reverse("wagtailsnippets_taxonomy_theme:edit", args=[theme.pk])


def test_snippets_follow_the_locale_rule(login):
    client = login(TRANSLATOR_ES)
    theme = Theme.objects.filter(locale=locale("fr")).first()
    assert client.get(snippet_edit_url(theme.get_translation(locale("es")))).status_code == 200
    assert refused(client.get(snippet_edit_url(theme.get_translation(locale("en")))))
    assert refused(client.get(snippet_edit_url(theme)))
    delete = reverse("wagtailsnippets_taxonomy_theme:delete", args=[theme.pk])
    assert refused(client.get(delete))
    # The string API of the English translation is refused too.
    assert put_string(client, translation_record(theme, "en"), "name", "x").status_code == 403
    assert put_string(client, translation_record(theme, "es"), "name", "x").ok


def test_translator_creates_translations_only_into_their_locale(login):
    about = source_page(StandardPage)
    new = StandardPage(title="Nouvelle page", slug="nouvelle-page", locale=about.locale)
    about.add_child(instance=new)
    new.save_revision().publish()
    client = login(TRANSLATOR_ES)
    url = reverse("wagtail_localize:submit_page_translation", args=[new.pk])
    response = client.get(url)
    assert response.status_code == 200
    offered = {loc.language_code for loc in response.context["form"].fields["locales"].queryset}
    assert offered == {"es"}
    client.post(url, {"locales": [locale("en").pk]})
    assert new.get_translation_or_none(locale("en")) is None
    client.post(url, {"locales": [locale("es").pk]})
    assert new.get_translation_or_none(locale("es")) is not None


def test_secretariat_editor_cannot_submit_translations(login):
    client = login(roles.EDITORS)
    page = source_page(StrategyPage)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert refused(client.get(url))


def test_translators_sync_but_do_not_publish_all_translations(login):
    client = login(TRANSLATOR_ES)
    source = translation_record(source_page(StrategyPage), "es").source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = client.get(url).context["form"]
    assert form.fields["publish_translations"].disabled
    client = login(roles.MODERATORS)
    assert not client.get(url).context["form"].fields["publish_translations"].disabled
