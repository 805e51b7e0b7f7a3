"""A preview shows the related items being edited (held in memory by modelcluster), not
those in the database: ``BasePage.prefetch_relations`` leaves them alone."""

import pytest

from hub.awards.models import AwardPage, AwardWinner


@pytest.mark.django_db
def test_preview_keeps_the_winners_being_edited():
    page = AwardPage.objects.filter(winners__isnull=False).distinct().first()
    saved = [winner.name for winner in page.winners.all()]
    category = page.winners.first().category
    page.winners = [AwardWinner(name="Zz edited winner", category=category)]
    names = [w.name for group in page.winners_by_category() for w in group["winners"]]
    assert names == ["Zz edited winner"]
    assert saved and "Zz edited winner" not in saved


@pytest.mark.django_db
def test_a_saved_page_fetches_its_winners_once(django_assert_num_queries):
    page = AwardPage.objects.filter(winners__isnull=False).distinct().first()
    with django_assert_num_queries(2):  # the winners, then their members
        groups = page.winners_by_category()
        [w.member for group in groups for w in group["winners"]]
    assert groups
