"""The translation status dashboard: its figures against the database, filters, CSV."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from hub.pages.models import StrategyPage
from hub.translation import roles
from hub.translation import status as translation_status

from .helpers import source_page, translation_record
from .helpers import translated as translated_page

pytestmark = pytest.mark.django_db
URL = reverse("hub_translation:dashboard")


def csv_rows(client, query=""):
    response = client.get(f"{URL}?format=csv&{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_every_live_source_page_is_listed_in_the_translators_language(login):
    client = login(roles.TRANSLATORS["es"])
    rows = csv_rows(client)
    live_sources = translation_status.live_source_pages(roles.SOURCE_LANGUAGE)
    assert len(rows) == live_sources.count() > 0
    assert {row["Locale"] for row in rows} == {"es"}
    # The demo content is fully translated and published.
    assert {row["State"] for row in rows} == {"Up to date"}
    assert {row["Translated %"] for row in rows} == {"100"}

    # Change a source: the figures follow the database.
    page = source_page(StrategyPage)
    page.vision = "Une vision nouvelle"
    page.mission = "Une mission nouvelle"
    page.save_revision().publish()
    translation = translation_record(page, "es")
    (row,) = [r for r in csv_rows(client) if r["Page"] == translated_page(page, "es").title]
    assert row["State"] == "Source changed"
    translation.source.update_from_db()
    total, translated = translation.get_progress()
    assert total - translated == 2
    (row,) = [
        r
        for r in csv_rows(client, "locale=es")
        if r["Page"] == page.get_translation(translation.target_locale).title
    ]
    assert row["Out-of-date segments"] == "2"
    assert row["Segments"] == str(StringSegment.objects.filter(source=translation.source).count())
    assert row["Translated %"] == str(round(100 * translated / total))
    assert row["State"] == "In progress"
    assert row["Last sync"] == translation.source.last_updated_at.isoformat()
    target = page.get_translation(translation.target_locale)
    assert row["Last publish"] == target.last_published_at.isoformat()
    assert (
        StringTranslation.objects.filter(
            context__object_id=page.translation_key, locale=translation.target_locale
        ).count()
        >= translated
    )


def test_filters(login):
    client = login(roles.MODERATORS)
    assert {r["Locale"] for r in csv_rows(client, "locale=en")} == {"en"}
    strategy = source_page(StrategyPage)
    rows = csv_rows(client, f"section={strategy.pk}")
    assert rows and {r["Section"] for r in rows} == {strategy.title}
    assert csv_rows(client, "state=source-changed") == []
    assert (
        len(csv_rows(client, "state=up-to-date"))
        == Translation.objects.filter(pk__in=translation_status.page_translations()).count()
    )


def test_html_page_and_bad_filters(login):
    client = login(roles.TRANSLATORS["en"])
    response = client.get(URL)
    assert response.status_code == 200
    assert "Translation status" in response.content.decode()
    response = client.get(URL, {"locale": "xx"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert client.get(URL, {"state": "nope"}).status_code == 400
