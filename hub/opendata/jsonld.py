"""schema.org descriptions (JSON-LD) of stories, commitments, awards and organisations."""

from hub.awards.models import AwardPage
from hub.commitments.models import CommitmentPage
from hub.stories.models import StoryPage
from hub.workinggroups.models import WorkingGroupPage

from .datasets import LICENCE_URL

PUBLISHER = {
    "@type": "Organization",
    "name": "Open Government Partnership",
    "url": "https://www.opengovpartnership.org/",
}


def organisation(member):
    return {
        "@type": "GovernmentOrganization",
        "name": member.name,
        "identifier": member.slug,
        "address": {"@type": "PostalAddress", "addressCountry": member.country},
    }


def _common(page, request):
    data = {
        "@context": "https://schema.org",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "license": LICENCE_URL,
        "publisher": PUBLISHER,
        "identifier": str(page.translation_key),
    }
    if getattr(page, "introduction", ""):
        data["description"] = page.introduction
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    themes = page.theme_list() if hasattr(page, "theme_list") else []
    if themes:
        data["keywords"] = [theme.name for theme in themes]
    return data


def page_jsonld(page, request):
    """The JSON-LD object of ``page``, or None for pages without a schema.org type."""
    if isinstance(page, StoryPage):
        data = {"@type": "Article", "headline": page.title, **_common(page, request)}
        data["datePublished"] = page.date.isoformat()
        if page.member_id:
            data["about"] = organisation(page.member)
            data["spatialCoverage"] = page.member.name
        return data
    if isinstance(page, CommitmentPage):
        data = {"@type": "CreativeWork", "genre": "Open government commitment"}
        data.update(_common(page, request))
        data["creator"] = organisation(page.member)
        data["temporalCoverage"] = f"{page.plan_start_year}/{page.plan_end_year}"
        data["creativeWorkStatus"] = page.status
        data["hasPart"] = [
            {
                "@type": "CreativeWork",
                "name": milestone.description,
                "temporalCoverage": f"{milestone.start_date}/{milestone.end_date}",
                "creativeWorkStatus": milestone.status,
            }
            for milestone in page.milestones.all()
        ]
        return data
    if isinstance(page, AwardPage):
        page.prefetch_relations()  # with the winners' members, as the page shows them
        data = {"@type": "WebPage", **_common(page, request)}
        data["about"] = [
            {
                **(organisation(w.member) if w.member_id else {"@type": "Organization"}),
                "name": w.name,
                "award": f"{page.title} – {w.get_category_display()}",
            }
            for w in page.winners.all()
        ]
        return data
    if isinstance(page, WorkingGroupPage):
        page.prefetch_relations()
        data = {"@type": "Organization", **_common(page, request)}
        data["member"] = [
            {
                "@type": "OrganizationRole",
                "roleName": str(lead.get_kind_display()),
                "member": organisation(lead.member)
                if lead.member_id
                else {"@type": "Organization", "name": lead.organisation},
            }
            for lead in page.co_leads.all()
        ]
        return data
    return None
