"""Moderation: source pages go through "Secretariat review", translations through a
review step; neither goes live before a moderator approves."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from hub.pages.models import StrategyPage
from hub.translation import roles

from .helpers import (
    edit_url,
    put_string,
    refused,
    source_page,
    translated,
    translation_record,
)

pytestmark = pytest.mark.django_db


def approve(client, page, capture):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    with capture(execute=True):
        return client.post(url, {"comment": ""})


def test_source_page_goes_through_secretariat_review(login, django_capture_on_commit_callbacks):
    page = source_page(StrategyPage)
    editor = login(roles.EDITORS).user
    page.vision = "Vision révisée"
    page.save_revision(user=editor)
    workflow = page.get_workflow()
    assert workflow.name == roles.SOURCE_WORKFLOW
    workflow.start(page, editor)
    assert Page.objects.get(pk=page.pk).specific.vision != "Vision révisée"

    # The editor cannot approve their own submission; a moderator can.
    approve(login(roles.EDITORS), page, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=page.pk).specific.vision != "Vision révisée"
    approve(login(roles.MODERATORS), page, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=page.pk).specific.vision == "Vision révisée"


def test_translation_goes_through_review(login, django_capture_on_commit_callbacks):
    source = source_page(StrategyPage)
    page = translated(source, "es")
    translation = translation_record(source, "es")
    client = login(roles.TRANSLATORS["es"])
    assert put_string(client, translation, "vision", "Visión revisada").ok
    # Editing strings changes nothing readers see.
    assert Page.objects.get(pk=page.pk).specific.vision != "Visión revisada"

    url = reverse("hub_translation:submit_for_review", args=[translation.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == edit_url(page)
    page = Page.objects.get(pk=page.pk).specific
    assert page.vision != "Visión revisada", "submitted translations must not go live"
    assert page.workflow_in_progress
    assert page.get_latest_revision_as_object().vision == "Visión revisada"
    assert page.current_workflow_state.workflow.name == roles.TRANSLATION_WORKFLOW

    approve(login(roles.MODERATORS), page, django_capture_on_commit_callbacks)
    page = Page.objects.get(pk=page.pk).specific
    assert page.vision == "Visión revisada" and not page.workflow_in_progress
    assert "Visión revisada" in client.get(page.url).content.decode()


def test_translators_cannot_submit_other_locales(login):
    translation = translation_record(source_page(StrategyPage), "en")
    client = login(roles.TRANSLATORS["es"])
    url = reverse("hub_translation:submit_for_review", args=[translation.pk])
    assert refused(client.post(url))
    missing = reverse("hub_translation:submit_for_review", args=[999999])
    assert client.post(missing, follow=True).status_code == 404
