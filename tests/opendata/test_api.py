"""Wagtail API v2 at /api/v2/: filters, type-specific fields, published content only."""

import json

import pytest
from django.test import override_settings
from wagtail.models import Page

from hub.awards.models import AwardPage
from hub.commitments.models import CommitmentPage
from hub.stories.models import StoryPage

from .conftest import HIDDEN

pytestmark = pytest.mark.django_db


def items(client, query):
    response = client.get(f"/api/v2/pages/?limit=100&{query}")
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_type_and_locale_filters(client):
    found = items(client, "type=stories.StoryPage&locale=es")
    expected = StoryPage.objects.live().public().filter(locale__language_code="es")
    assert {item["id"] for item in found} == set(expected.values_list("pk", flat=True))
    assert {item["meta"]["locale"] for item in found} == {"es"}


def test_theme_member_region_year_filters_match_the_orm(client):
    found = items(client, "type=commitments.CommitmentPage&locale=en&theme=civic-space")
    expected = CommitmentPage.objects.live().filter(
        locale__language_code="en", themes__slug="civic-space"
    )
    assert found and {i["id"] for i in found} == set(expected.values_list("pk", flat=True))

    # Across page types: stories and commitments of Chile, awards Chile won.
    found = {i["id"] for i in items(client, "locale=en&member=cl")}
    stories = StoryPage.objects.live().filter(locale__language_code="en", member__slug="cl")
    awards = AwardPage.objects.live().filter(locale__language_code="en", winners__member__slug="cl")
    assert set(stories.values_list("pk", flat=True)) <= found
    assert set(awards.values_list("pk", flat=True)) <= found
    assert all(Page.objects.get(pk=pk).locale.language_code == "en" for pk in found)

    europe = {i["id"] for i in items(client, "type=stories.StoryPage&region=europe")}
    assert europe == set(
        StoryPage.objects.live().filter(region="europe").values_list("pk", flat=True)
    )
    years = items(client, "type=awards.AwardPage&year=2014&fields=year")
    assert years and {i["year"] for i in years} == {2014}


def test_several_values_match_any(client):
    both = {i["id"] for i in items(client, "locale=en&theme=open-data,civic-space")}
    one = {i["id"] for i in items(client, "locale=en&theme=open-data")}
    other = {i["id"] for i in items(client, "locale=en&theme=civic-space")}
    assert both == one | other


def test_type_specific_fields(client):
    commitment = items(client, "type=commitments.CommitmentPage&locale=en&fields=*&limit=1")[0]
    page = CommitmentPage.objects.get(pk=commitment["id"])
    assert commitment["member"]["slug"] == page.member.slug
    assert [m["description"] for m in commitment["milestones"]] == [
        m.description for m in page.milestones.all()
    ]
    assert {t["slug"] for t in commitment["themes"]} == set(page.theme_slugs())

    award = items(client, "type=awards.AwardPage&locale=en&fields=winners,year&limit=1")[0]
    assert award["winners"] and {"name", "category", "member"} <= set(award["winners"][0])

    group = items(client, "type=workinggroups.WorkingGroupPage&fields=co_leads,theme&limit=1")[0]
    assert group["co_leads"] and group["theme"]["slug"]

    chapter = items(client, "type=guide.GuideChapterPage&fields=recommendations&limit=1")[0]
    levels = {r["level"] for r in chapter["recommendations"]}
    assert levels and levels <= {"initial", "intermediate", "advanced", "innovative"}


def test_bad_filters_answer_400(client):
    for query in ("theme=Not%20a%20slug", "region=atlantis", "year=20", "type=nope.Page"):
        response = client.get(f"/api/v2/pages/?{query}")
        assert response.status_code == 400, query
        assert response.json()["message"]


def test_drafts_and_private_pages_never_appear(client, hidden_pages):
    listed = items(client, "locale=en&member=cl&fields=title")
    assert listed, "the filters match published content"
    assert not [i for i in listed if HIDDEN in i["title"]]
    assert not [i for i in items(client, f"search={HIDDEN}") if HIDDEN in i["title"]]
    for page in hidden_pages:
        # LocaleMiddleware may redirect an unprefixed 404 to /en/…, which is a 404 too.
        response = client.get(f"/api/v2/pages/{page.pk}/", follow=True)
        assert response.status_code == 404
        assert HIDDEN not in response.content.decode()


def test_read_only_and_anonymous(client, admin_client, hidden_pages):
    assert client.post("/api/v2/pages/", {}).status_code == 405
    # Logged-in editors see what everyone sees.
    response = admin_client.get(f"/api/v2/pages/{hidden_pages[3].pk}/", follow=True)
    assert response.status_code == 404


def test_images_and_documents_endpoints(client):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


@override_settings(HUB_RATE_LIMITS={"api": "3/d", "feed": "1/d"})  # one window: see test_limits
def test_rate_limit(client):
    # hub.ops.limits (tests/reliability/test_limits.py covers every endpoint)
    codes = [client.get("/api/v2/pages/?limit=1").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert json.loads(client.get("/api/v2/pages/").content)["error"]
    codes = [client.get("/en/openstories/?format=rss").status_code for _ in range(2)]
    assert codes == [200, 429]
