"""The demo content: built from the source documents, live in three languages."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from hub.awards.models import AwardPage, AwardWinner
from hub.commitments.models import CommitmentPage
from hub.demo.content import declaration
from hub.guide.models import GuideChapterPage
from hub.pages.models import DeclarationPage, StrategicObjectivePage
from hub.stories.models import StoryPage
from hub.taxonomy.models import Member, Theme
from hub.workinggroups.models import WorkingGroupPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "themes": Theme.objects.count(),
        "members": Member.objects.count(),
        "winners": AwardWinner.objects.count(),
        "string translations": StringTranslation.objects.count(),
    }


def test_second_run_changes_nothing(capsys):
    before = counts()
    call_command("load_hub_content")
    assert counts() == before
    assert "already there" in capsys.readouterr().out


def test_every_page_is_live_in_the_three_locales():
    french = Page.objects.filter(locale__language_code="fr", depth__gt=1)
    assert french.count() > 50
    for language in ["en", "es"]:
        locale = Locale.objects.get(language_code=language)
        for page in french:
            translation = page.get_translation_or_none(locale)
            assert translation is not None, (page.title, language)
            assert translation.live, (page.title, language)
            assert translation.alias_of_id is None, (page.title, language)


def test_declaration_holds_the_four_commitment_sections_in_each_language():
    for language in ["fr", "en", "es"]:
        page = DeclarationPage.objects.get(locale__language_code=language)
        anchors = [block.value["anchor"] for block in page.sections]
        assert anchors == [s["anchor"] for s in declaration.DECLARATION["sections"]]
        assert len(anchors) == 4
        headings = [block.value["heading"] for block in page.sections]
        assert headings == [s["heading"][language] for s in declaration.DECLARATION["sections"]]


def test_declaration_page_has_anchored_table_of_contents(client):
    page = DeclarationPage.objects.get(locale__language_code="en")
    html = client.get(page.get_url()).content.decode()
    for section in declaration.DECLARATION["sections"]:
        assert f'href="#{section["anchor"]}"' in html
        assert f'id="{section["anchor"]}"' in html


def test_translated_pages_show_their_own_language(client):
    for language in ["fr", "en", "es"]:
        page = DeclarationPage.objects.get(locale__language_code=language)
        html = client.get(page.get_url()).content.decode()
        first_paragraph = declaration.DECLARATION["preamble"][0][language]
        assert first_paragraph.split()[0] in html
        assert page.title == declaration.DECLARATION["title"][language]


def test_translated_pages_have_translated_slugs():
    french = DeclarationPage.objects.get(locale__language_code="fr")
    english = DeclarationPage.objects.get(locale__language_code="en")
    assert french.slug != english.slug
    assert english.url_path.count("/") == french.url_path.count("/")


def test_working_groups_with_their_co_leads():
    groups = WorkingGroupPage.objects.filter(locale__language_code="fr")
    assert groups.count() == 6
    for group in groups:
        kinds = {lead.kind for lead in group.co_leads.all()}
        assert "government" in kinds, group.title
        assert kinds & {"civil-society", "multilateral"}, group.title
    # Inline items are translated, not copied.
    open_data_fr = groups.get(theme__slug="open-data")
    open_data_en = open_data_fr.get_translation(Locale.objects.get(language_code="en"))
    leads_en = list(open_data_en.co_leads.all())
    assert {lead.locale.language_code for lead in leads_en} == {"en"}
    assert "Government of Canada" in [lead.organisation for lead in leads_en]
    assert "Gouvernement du Canada" in [lead.organisation for lead in open_data_fr.co_leads.all()]


def test_award_editions_and_winners():
    years = sorted(
        AwardPage.objects.filter(locale__language_code="fr").values_list("year", flat=True)
    )
    assert years == [2014, 2015, 2016]
    edition_2015 = AwardPage.objects.get(locale__language_code="fr", year=2015)
    champions = edition_2015.winners.filter(category="regional-champion")
    assert champions.count() == 4
    assert AwardPage.objects.get(locale__language_code="fr", year=2014).winners.exists()


def test_flagship_commitments_named_by_the_documents():
    flagships = CommitmentPage.objects.filter(locale__language_code="fr", is_flagship=True)
    countries = set(flagships.values_list("member__country", flat=True))
    assert {"CL", "UA", "MN", "IT", "PY", "IE"} <= countries
    for commitment in flagships:
        assert commitment.milestones.exists(), commitment.title
        assert commitment.ogp_values.exists(), commitment.title


def test_strategic_objectives_with_priorities():
    objectives = StrategicObjectivePage.objects.filter(locale__language_code="fr")
    assert sorted(objectives.values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    for objective in objectives:
        assert len(objective.priorities) >= 1, objective.title


def test_guide_chapters_and_stories():
    chapters = GuideChapterPage.objects.filter(locale__language_code="fr")
    assert chapters.count() >= 8
    levels = set()
    for chapter in chapters:
        assert len(chapter.recommendations) >= 3, chapter.title
        levels |= {block.value["level"] for block in chapter.recommendations}
    assert levels == {"initial", "intermediate", "advanced", "innovative"}
    assert StoryPage.objects.filter(locale__language_code="fr").count() >= 8


def test_themes_and_members_exist_in_every_language():
    for model in (Theme, Member):
        french = model.objects.filter(locale__language_code="fr")
        for language in ["en", "es"]:
            assert model.objects.filter(locale__language_code=language).count() == french.count()


def test_translated_story_points_at_translated_themes_and_member():
    story = StoryPage.objects.filter(locale__language_code="es").first()
    assert story.member.locale.language_code == "es"
    assert story.themes.exists()
    assert {theme.locale.language_code for theme in story.themes.all()} == {"es"}


def test_guide_recommendations_link_to_examples_in_the_readers_language(client):
    chapter = next(
        c
        for c in GuideChapterPage.objects.filter(locale__language_code="es")
        if any(b.value["commitments"] for b in c.recommendations)
    )
    html = client.get(chapter.get_url()).content.decode()
    links = re.findall(r'href="(/es/[^"]+)"', html)
    commitment_urls = {
        c.get_url() for c in CommitmentPage.objects.filter(locale__language_code="es")
    }
    assert commitment_urls & set(links)
