"""Editors' work is never lost: revisions, locks, stale autosaves, guarded deletion."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, RevisionMixin, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from hub.pages.models import StrategyPage
from hub.stories.models import StoryPage


def test_every_page_and_snippet_keeps_revisions():
    models = [m for m in get_page_models() if m is not Page] + list(get_snippet_models())
    assert {"Theme", "Member", "StoryPage"} <= {m.__name__ for m in models}
    # Submissions record who sent a story (editors only view them); the story's text is
    # the draft page's, which keeps its revisions.
    records = {"Submission"}
    assert [
        m for m in models if not issubclass(m, RevisionMixin) and m.__name__ not in records
    ] == []


@pytest.fixture
def editors(django_user_model):
    def make(name):
        return django_user_model.objects.create_superuser(name, f"{name}@example.org", "pw")

    return make("alice"), make("bob")


def strategy_form(page, title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": page.introduction,
            "vision": page.vision,
            "mission": page.mission,
            "body": rich_text(page.body or "<p>Body</p>"),
            "comments": inline_formset([]),
            **extra,
        }
    )


def edit(client, user, page, data, **headers):
    client.force_login(user)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, **headers)


@pytest.mark.django_db
def test_a_locked_page_cannot_be_overwritten_by_another_editor(client, editors):
    alice, bob = editors
    page = StrategyPage.objects.get(locale__language_code="fr")
    revisions = page.revisions.count()

    # The form is complete: an unlocked save goes through.
    assert edit(client, bob, page, strategy_form(page, "Saved by Bob")).status_code == 302
    assert page.revisions.count() == revisions + 1

    page.locked, page.locked_by, page.locked_at = True, alice, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"])
    response = edit(client, bob, page, strategy_form(page, "Overwritten by Bob"))
    assert response.status_code == 200
    assert "locked" in response.content.decode().lower()
    assert page.revisions.count() == revisions + 1
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Saved by Bob"


@pytest.mark.django_db
def test_a_stale_autosave_is_refused_instead_of_overwriting(client, editors):
    alice, bob = editors
    page = StrategyPage.objects.get(locale__language_code="fr")
    loaded = page.save_revision(user=alice)  # both editors open this revision
    page.save_revision(user=alice)  # alice saves again

    response = edit(
        client,
        bob,
        page,
        strategy_form(
            page,
            "Bob's stale autosave",
            loaded_revision_id=str(loaded.pk),
            loaded_revision_created_at=loaded.created_at.isoformat(),
        ),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title != "Bob's stale autosave"


@pytest.mark.django_db
def test_deleting_a_translated_source_page_is_refused_until_its_translations_go(admin_client):
    source = StoryPage.objects.filter(locale__language_code="fr").first()
    translations = list(source.get_translations())
    assert {t.locale.language_code for t in translations} == {"en", "es"}

    delete_url = reverse("wagtailadmin_pages:delete", args=[source.pk])
    assert admin_client.get(delete_url).status_code == 302
    response = admin_client.post(delete_url, follow=True)
    message = " ".join(str(m) for m in response.context["messages"])
    assert "is the source of translations" in message
    for translation in translations:
        assert translation.title in message
    assert Page.objects.filter(pk__in=[source.pk, *[t.pk for t in translations]]).count() == 3

    # Translations are deleted one by one, on purpose; then the source may go.
    for translation in translations:
        admin_client.post(reverse("wagtailadmin_pages:delete", args=[translation.pk]))
    assert not Page.objects.filter(pk__in=[t.pk for t in translations]).exists()
    admin_client.post(delete_url)
    assert not Page.objects.filter(pk=source.pk).exists()
