"""What each page type shows readers: evidence links, progress, winners, co-leads, table
of contents, breadcrumbs, related content, link previews; no third-party requests."""

import re

import pytest
from wagtail.models import Locale

from hub.awards.models import AwardPage
from hub.commitments.models import CommitmentPage
from hub.guide.models import GuideChapterPage
from hub.pages.models import DeclarationPage, HomePage
from hub.stories.models import StoryPage
from hub.workinggroups.models import WorkingGroupPage
from tests.pages.test_page_types import PAGE_TYPES


def first(model, language="en", **filters):
    locale = Locale.objects.get(language_code=language)
    return model.objects.live().filter(locale=locale, **filters).order_by("path").first()


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_guide_recommendation_links_to_its_examples_in_the_readers_language(client, language):
    chapters = GuideChapterPage.objects.live().filter(locale__language_code=language)
    chapter = next(c for c in chapters if any(b.value["commitments"] for b in c.recommendations))
    html = html_of(client, chapter)
    groups = chapter.recommendations_by_level
    for group in groups:
        assert f'id="level-{group["level"]}"' in html
    item = next(i for g in groups for i in g["items"] if i["commitments"])
    example = item["commitments"][0]
    assert example.locale.language_code == language
    section = html.split(f'id="recommendation-{item["id"]}"', 1)[1].split('class="recommendation"')[
        0
    ]
    assert f'href="{example.url}"' in section


@pytest.mark.django_db
def test_guide_examples_take_a_query_per_type_and_skip_unpublished_pages(django_assert_num_queries):
    chapter = next(
        c
        for c in GuideChapterPage.objects.live().filter(locale__language_code="fr")
        if any(b.value["commitments"] for b in c.recommendations)
    )
    examples = [
        page
        for group in chapter.recommendations_by_level
        for item in group["items"]
        for page in item["commitments"] + item["stories"]
    ]
    assert examples and all(page.locale.language_code == "fr" for page in examples)
    # A fresh copy: the examples in one query per page type (no chooser conversion).
    chapter = GuideChapterPage.objects.get(pk=chapter.pk)
    with django_assert_num_queries(2):
        assert chapter.recommendations_by_level
    gone = examples[0]
    gone.unpublish()
    chapter = GuideChapterPage.objects.get(pk=chapter.pk)
    shown = [
        page.pk
        for group in chapter.recommendations_by_level
        for item in group["items"]
        for page in item["commitments"] + item["stories"]
    ]
    assert gone.pk not in shown and shown


@pytest.mark.django_db
def test_commitment_shows_progress_milestones_evidence_and_stories(client):
    commitment = next(
        c
        for c in CommitmentPage.objects.live().filter(locale__language_code="en")
        if c.milestones.exists() and c.evidence
    )
    html = html_of(client, commitment)
    assert f'<progress id="progress-bar" max="100" value="{commitment.progress_percent()}">' in html
    assert '<label for="progress-bar">' in html
    for milestone in commitment.milestones.all():
        assert milestone.description in html
        assert f"status-{milestone.status}" in html
    assert commitment.evidence[0].value["url"] in html
    story = (
        StoryPage.objects.live()
        .filter(
            locale__language_code="en",
            related_commitments__translation_key=commitment.translation_key,
        )
        .first()
    )
    if story:
        assert f'href="{story.url}"' in html


@pytest.mark.django_db
def test_award_edition_lists_winners_by_category(client):
    award = first(AwardPage)
    html = html_of(client, award)
    for group in award.winners_by_category():
        assert f'id="category-{group["category"]}"' in html
        for winner in group["winners"]:
            assert winner.name in html


@pytest.mark.django_db
def test_working_group_lists_its_co_leads(client):
    group = first(WorkingGroupPage, "es")
    html = html_of(client, group)
    for lead in group.co_leads.all():
        assert lead.organisation in html
        assert str(lead.get_kind_display()) in html


@pytest.mark.django_db
def test_declaration_table_of_contents_links_to_each_commitment(client):
    declaration = first(DeclarationPage)
    html = html_of(client, declaration)
    assert len(declaration.sections) >= 4
    for block in declaration.sections:
        anchor = block.value["anchor"]
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html


@pytest.mark.django_db
def test_breadcrumbs_and_related_content_by_shared_theme(client):
    story = first(StoryPage)
    html = html_of(client, story)
    crumbs = html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>")[0]
    assert f'href="{story.get_parent().url}"' in crumbs
    assert f'<li aria-current="page">{story.title}</li>' in crumbs
    related = html.split('id="related-heading"', 1)[1].split("</aside>")[0]
    slugs = story.theme_slugs()
    linked = re.findall(r'href="([^"]+)"', related)
    assert linked
    for url in linked:
        other = next(
            p.specific
            for p in (StoryPage, CommitmentPage)
            for p in p.objects.live().filter(locale__language_code="en")
            if p.url == url
        )
        assert other.pk != story.pk
        assert set(other.theme_slugs()) & set(slugs)


@pytest.mark.django_db
def test_home_page_sections(client):
    home = first(HomePage)
    html = html_of(client, home)
    for heading in ("featured-stories", "guide-themes", "latest-commitments", "award-winners"):
        assert f'id="{heading}"' in html
    assert '<label for="hero-search">' in html
    assert (
        first(StoryPage).title in html or StoryPage.objects.filter(locale=home.locale).count() > 3
    )


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_social_tags_favicon_bundle_and_no_third_party_requests(client, page_type):
    page = first(page_type, "fr")
    html = html_of(client, page)
    head = html.split("</head>", 1)[0]
    assert f'<meta property="og:title" content="{page.seo_title or page.title}">' in head
    assert f'<meta property="og:url" content="http://testserver{page.url}">' in head
    assert '<meta property="og:locale" content="fr">' in head
    assert '<link rel="canonical"' in head
    assert 'rel="icon" href="/static/hub/favicon.svg"' in head
    assert '<script src="/static/hub/hub.js" defer></script>' in head
    # Fonts, scripts, styles and images come from the hub itself.
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', head)
    assert all(url.startswith("http://testserver/") for url in external), external
    assert not re.findall(r'<(?:script|img|link)[^>]+(?:src|href)="//', html)
