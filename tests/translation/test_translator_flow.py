"""A translator's whole flow: create a translation, edit its segments, have it published,
see it go out of date when the source changes, sync, retranslate, publish again."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from hub.pages.models import StandardPage
from hub.translation import roles
from hub.translation import status as translation_status

from .helpers import locale, publish_in_editor, put_string, source_page, translation_record

pytestmark = pytest.mark.django_db

# The notice element, whatever the reader's language (the "not in" checks must not pass
# merely because the text is translated).
NOTICE = 'class="notice notice-outdated"'
NOTICE_ES = "Es posible que esta traducción esté desactualizada"


def edit_segment(client, translation, path, value):
    assert put_string(client, translation, path, value).ok


def test_full_translator_flow(login, client, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    about = source_page(StandardPage)
    source = StandardPage(
        title="Accès à l'information",
        slug="acces-information",
        introduction="Le droit de savoir.",
        locale=about.locale,
    )
    about.add_child(instance=source)
    source.save_revision().publish()

    # Create the translation.
    translator = login(roles.TRANSLATORS["es"])
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    translator.post(url, {"locales": [locale("es").pk]})
    page = source.get_translation(locale("es")).specific
    assert not page.live
    translation = translation_record(source, "es")

    # Edit its segments and submit it; a moderator approves.
    edit_segment(translator, translation, "title", "Acceso a la información")
    edit_segment(translator, translation, "slug", "acceso-informacion")
    edit_segment(translator, translation, "introduction", "El derecho a saber.")
    assert translation_status.status_of(translation).out_of_date == []
    translator.post(reverse("hub_translation:submit_for_review", args=[translation.pk]))
    moderator = login(roles.MODERATORS)
    page = publish_in_editor(moderator, page, capture)
    assert page.live and page.title == "Acceso a la información"
    response = client.get(page.url)
    assert "El derecho a saber." in response.content.decode()
    assert NOTICE not in response.content.decode()
    assert translation_status.status_of(translation).state == translation_status.UP_TO_DATE

    # The Secretariat changes the source: translators and readers see it out of date.
    source.introduction = "Le droit de savoir, pour tous."
    source.save_revision().publish()
    item = translation_status.status_of(translation)
    assert item.state == translation_status.SOURCE_CHANGED
    assert [s.path for s in item.changed_since_sync] == ["introduction"]
    assert [s.text for s in item.out_of_date] == ["Le droit de savoir, pour tous."]
    response = client.get(page.url).content.decode()
    assert NOTICE in response and NOTICE_ES in response
    translator = login(roles.TRANSLATORS["es"])
    editor_page = translator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Le droit de savoir, pour tous." in editor_page.content.decode()

    # Sync: the changed segment waits for its translation.
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert translator.post(sync, {}).status_code == 302
    item = translation_status.status_of(translation)
    assert item.state == translation_status.IN_PROGRESS
    assert item.changed_since_sync == [] and len(item.out_of_date) == 1
    assert NOTICE in client.get(page.url).content.decode()

    # Retranslate: still out of date for readers until published.
    edit_segment(translator, translation, "introduction", "El derecho a saber, para todos.")
    assert translation_status.status_of(translation).state == translation_status.IN_PROGRESS
    assert NOTICE in client.get(page.url).content.decode()

    page = publish_in_editor(login(roles.MODERATORS), page, capture)
    assert translation_status.status_of(translation).state == translation_status.UP_TO_DATE
    response = client.get(page.url).content.decode()
    assert "El derecho a saber, para todos." in response and NOTICE not in response


def test_source_pages_and_untranslated_pages_show_no_notice(client):
    about = source_page(StandardPage)
    assert NOTICE not in client.get(about.url).content.decode()
    english = about.get_translation(locale("en"))
    assert NOTICE not in client.get(english.url).content.decode()


def test_republishing_an_unchanged_source_is_not_a_change(client):
    about = source_page(StandardPage)
    about.save_revision().publish()
    english = Page.objects.get(translation_key=about.translation_key, locale=locale("en"))
    assert NOTICE not in client.get(english.url).content.decode()


def test_machine_translation_with_the_dummy_translator(
    login, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    about = source_page(StandardPage)
    about.introduction = "Une phrase nouvelle"
    about.save_revision().publish()
    translation = translation_record(about, "es")
    translation.source.update_from_db()
    client = login(roles.TRANSLATORS["es"])
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url).status_code == 302
    assert translation_status.status_of(translation).out_of_date == []


def test_the_notice_is_cached_until_something_changes(client, monkeypatch):
    calls = []
    original = translation_status.is_outdated_for_readers
    monkeypatch.setattr(
        translation_status,
        "is_outdated_for_readers",
        lambda page: calls.append(page.pk) or original(page),
    )
    about = source_page(StandardPage)
    english = Page.objects.get(translation_key=about.translation_key, locale=locale("en"))
    client.get(english.url)
    client.get(english.url)
    assert calls == [english.pk]
    about.introduction = "Une introduction nouvelle"
    about.save_revision().publish()
    assert NOTICE in client.get(english.url).content.decode()
    assert calls == [english.pk, english.pk]
