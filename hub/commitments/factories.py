import factory
import wagtail_factories

from hub.taxonomy.factories import MemberFactory

from .models import CommitmentIndexPage, CommitmentPage, Milestone


class CommitmentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Commitments"

    class Meta:
        model = CommitmentIndexPage


class CommitmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Commitment {n}")
    member = factory.SubFactory(MemberFactory)
    level = "national"
    plan_start_year = 2022
    plan_end_year = 2024
    status = "substantial"

    class Meta:
        model = CommitmentPage


class MilestoneFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CommitmentPageFactory)
    description = factory.Sequence(lambda n: f"Milestone {n}")
    start_date = "2022-01-01"
    end_date = "2022-12-31"
    status = "complete"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = Milestone
