"""schema.org JSON-LD and citations (plain text, BibTeX, RIS)."""

import json
import re

import pytest

from hub.awards.models import AwardPage
from hub.commitments.models import CommitmentPage
from hub.guide.models import GuideChapterPage
from hub.stories.models import StoryPage
from hub.workinggroups.models import WorkingGroupPage

pytestmark = pytest.mark.django_db

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    found = JSONLD.findall(response.content.decode())
    assert len(found) == 1
    return json.loads(found[0])


def first(model, language="en"):
    return model.objects.live().filter(locale__language_code=language).first()


def test_story_is_an_article(client):
    story = first(StoryPage)
    data = jsonld(client, story)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Article"
    assert data["headline"] == story.title
    assert data["datePublished"] == story.date.isoformat()
    assert data["inLanguage"] == "en"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_commitment_names_its_government_and_milestones(client):
    commitment = first(CommitmentPage, "es")
    data = jsonld(client, commitment)
    assert data["creator"]["@type"] == "GovernmentOrganization"
    assert data["creator"]["name"] == commitment.member.name
    assert len(data["hasPart"]) == commitment.milestones.count()


def test_awards_and_working_groups_describe_organisations(client):
    award = first(AwardPage)
    data = jsonld(client, award)
    assert [o["name"] for o in data["about"]] == [w.name for w in award.winners.all()]
    assert all(o["award"] for o in data["about"])
    group = first(WorkingGroupPage)
    data = jsonld(client, group)
    assert data["@type"] == "Organization"
    assert len(data["member"]) == group.co_leads.count()


def test_jsonld_cannot_break_out_of_its_script(client):
    story = first(StoryPage)
    story.introduction = "</script><script>alert(1)</script>"
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)" not in html
    assert jsonld(client, story)["description"] == story.introduction


@pytest.mark.parametrize("model", [StoryPage, CommitmentPage, GuideChapterPage])
def test_citable_pages_offer_a_citation(client, model):
    page = first(model, "fr")
    html = client.get(page.url).content.decode()
    assert 'class="citation"' in html and page.get_full_url() in html
    assert f"/cite/{page.pk}.bib" in html and f"/cite/{page.pk}.ris" in html

    bib = client.get(f"/cite/{page.pk}.bib")
    assert bib.status_code == 200 and "attachment" in bib["Content-Disposition"]
    text = bib.content.decode()
    assert text.startswith(f"@misc{{ogp-hub-{page.pk},")
    assert page.get_full_url() in text and "language = {fr}" in text

    ris = client.get(f"/cite/{page.pk}.ris").content.decode()
    lines = ris.strip().split("\r\n")
    assert lines[0].startswith("TY  - ") and lines[-1].startswith("ER  -")
    assert f"TI  - {page.title}" in lines


def test_commitment_citation_names_the_government(client):
    commitment = first(CommitmentPage)
    ris = client.get(f"/cite/{commitment.pk}.ris").content.decode()
    assert f"AU  - {commitment.member.name}" in ris


def test_citations_only_for_public_citable_pages(client, hidden_pages):
    award = first(AwardPage)
    assert client.get(f"/cite/{award.pk}.bib").status_code == 404
    for page in hidden_pages:
        assert client.get(f"/cite/{page.pk}.ris").status_code == 404
    assert 'class="citation"' not in client.get(award.url).content.decode()
