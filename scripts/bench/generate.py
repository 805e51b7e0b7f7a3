"""Generated content for the benchmark: thousands of pages in seconds.

Wagtail's ``add_child`` + ``save_revision().publish()`` costs tens of milliseconds and
dozens of queries a page; 100,000 pages would take hours. Here each page is written with
a few bulk INSERTs instead:

- ``wagtailcore_page`` rows through ``bulk_create``, with the treebeard ``path``,
  ``depth`` and ``numchild`` and the ``url_path`` computed here, live, in each locale,
  the three translations of an item sharing one ``translation_key``;
- the page type's own table through ``QuerySet._insert`` (Django refuses ``bulk_create``
  for multi-table inheritance; ``_insert`` is what ``bulk_create`` uses underneath);
- related rows (milestones, winners, co-leads, themes, related commitments, the Guide's
  recommendations) through ``bulk_create``; the parents' ``numchild`` updated at the end.

Generated pages have no revisions and no wagtail-localize sources: they are published
content for readers, not drafts for editors. Their slugs start with ``bench-``.
"""

import random
import uuid
from datetime import date, timedelta
from itertools import cycle

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from hub.awards.models import AwardIndexPage, AwardPage, AwardWinner
from hub.commitments.models import CommitmentIndexPage, CommitmentPage, Milestone
from hub.guide.models import GuideChapterPage, GuideIndexPage
from hub.stories.models import StoryIndexPage, StoryPage
from hub.taxonomy.models import Member, OGPValue, Theme
from hub.workinggroups.models import CoLead, WorkingGroupIndexPage, WorkingGroupPage

SLUG_PREFIX = "bench-"
# Share of the generated items per page type; commitments first, as stories and the
# Guide's recommendations link to them.
KINDS = [
    ("commitment", CommitmentIndexPage, CommitmentPage, 0.4),
    ("story", StoryIndexPage, StoryPage, 0.4),
    ("guide", GuideIndexPage, GuideChapterPage, 0.1),
    ("award", AwardIndexPage, AwardPage, 0.05),
    ("workinggroup", WorkingGroupIndexPage, WorkingGroupPage, 0.05),
]
BATCH = 2000
TEXT = (
    "Open government reforms make public institutions more transparent, participatory "
    "and accountable; this generated page stands for one of the many the hub will hold."
)


def generated_count():
    return Page.objects.filter(slug__startswith=SLUG_PREFIX).count()


def generate(pages=0, related=5, seed=1, per_kind=None):
    """Adds about ``pages`` live pages (a third per locale; or ``per_kind`` items of each
    page type), each with ``related`` related items.

    Returns ``{kind: [the new pages of that kind in the default locale]}``.
    """
    rng = random.Random(seed)
    locales = list(Locale.objects.order_by("pk"))
    items = max(1, pages // len(locales))
    created = {}
    with transaction.atomic():
        context = _Context(locales, rng)
        for name, index_model, model, share in KINDS:
            count = per_kind or max(1, round(items * share))
            created[name] = _generate_kind(context, name, index_model, model, count, related)
    return created


class _Context:
    def __init__(self, locales, rng):
        self.locales = locales
        self.rng = rng
        self.now = timezone.now()
        self.members = {loc.pk: list(Member.objects.filter(locale=loc)) for loc in locales}
        self.themes = {loc.pk: list(Theme.objects.filter(locale=loc)) for loc in locales}
        self.values = list(OGPValue.objects.all())
        self.commitments = {}  # locale pk → generated (or demo) commitment pks
        self.stories = {}


def _generate_kind(ctx, name, index_model, model, count, related):
    content_type = ContentType.objects.get_for_model(model)
    keys = [uuid.uuid4() for _ in range(count)]
    by_locale = {}
    for locale in ctx.locales:
        parent = index_model.objects.filter(locale=locale).first()
        if parent is None:
            continue
        last = parent.get_last_child()
        start = last._get_lastpos_in_path() if last else 0
        code = locale.language_code
        rows = []
        for i, key in enumerate(keys):
            slug = f"{SLUG_PREFIX}{name}-{key.hex[:12]}"
            title = f"{name.capitalize()} {start + i + 1} ({code}) {key.hex[:6]}"
            rows.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(parent.path, parent.depth + 1, start + i + 1),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    locale=locale,
                    translation_key=key,
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=ctx.now,
                    last_published_at=ctx.now,
                )
            )
        for offset in range(0, len(rows), BATCH):
            Page.objects.bulk_create(rows[offset : offset + BATCH])
        specific = [
            model(page_ptr_id=row.pk, **_fields(ctx, name, locale, row, related)) for row in rows
        ]
        fields = model._meta.local_concrete_fields
        for offset in range(0, len(specific), BATCH):
            model._base_manager._insert(specific[offset : offset + BATCH], fields=fields)
        _related(ctx, name, model, locale, [row.pk for row in rows], related)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(rows))
        by_locale[locale.pk] = [row.pk for row in rows]
        if name == "commitment":
            ctx.commitments[locale.pk] = by_locale[locale.pk]
        elif name == "story":
            ctx.stories[locale.pk] = by_locale[locale.pk]
    default = Locale.get_default().pk
    return list(model.objects.filter(pk__in=by_locale.get(default, [])).order_by("path"))


def _paragraph(text=TEXT):
    return f"<p>{text}</p>"


def _fields(ctx, name, locale, row, related):
    rng = ctx.rng
    member = rng.choice(ctx.members[locale.pk])
    theme = rng.choice(ctx.themes[locale.pk])
    common = {"introduction": TEXT}
    if name == "commitment":
        year = rng.randrange(2012, 2025)
        return common | {
            "member_id": member.pk,
            "level": member.kind if member.kind in ("national", "local") else "national",
            "plan_start_year": year,
            "plan_end_year": year + 2,
            "problem": _paragraph(),
            "status_quo": _paragraph(),
            "action": _paragraph(),
            "status": rng.choice(["not-started", "limited", "substantial", "complete"]),
            "is_flagship": False,
            "evidence": [],
        }
    if name == "story":
        return common | {
            "member_id": member.pk,
            "region": member.region,
            "date": date(2015, 1, 1) + timedelta(days=rng.randrange(3650)),
            "body": [{"type": "paragraph", "value": _paragraph(), "id": str(uuid.uuid4())}],
        }
    if name == "guide":
        commitments = ctx.commitments.get(locale.pk, [])
        stories = ctx.stories.get(locale.pk, [])
        recommendations = [
            {
                "type": "recommendation",
                "id": str(uuid.uuid4()),
                "value": {
                    "level": rng.choice(["initial", "intermediate", "advanced"]),
                    "title": f"Recommendation {n}",
                    "text": _paragraph(),
                    "commitments": rng.sample(commitments, min(1, len(commitments))),
                    "stories": rng.sample(stories, min(1, len(stories))),
                },
            }
            for n in range(related)
        ]
        return common | {
            "theme_id": theme.pk,
            "body": _paragraph(),
            "recommendations": recommendations,
        }
    if name == "award":
        year = rng.randrange(2014, 2025)
        return common | {"year": year, "edition_theme": TEXT[:80], "body": _paragraph()}
    if name == "workinggroup":
        return common | {"theme_id": theme.pk, "description": _paragraph()}
    raise ValueError(name)


def _related(ctx, name, model, locale, pks, related):
    """``related`` milestones, winners, co-leads or related commitments per page."""
    rng = ctx.rng
    if name == "commitment":
        Milestone.objects.bulk_create(
            [
                Milestone(
                    page_id=pk,
                    locale=locale,
                    sort_order=n,
                    description=TEXT,
                    start_date=date(2020, 1, 1),
                    end_date=date(2021, 1, 1),
                    status="limited",
                )
                for pk in pks
                for n in range(related)
            ],
            batch_size=BATCH,
        )
    elif name == "award":
        members = cycle(ctx.members[locale.pk])
        AwardWinner.objects.bulk_create(
            [
                AwardWinner(
                    page_id=pk,
                    locale=locale,
                    sort_order=n,
                    name=f"Winner {n}",
                    member=next(members),
                    category="winner",
                    citation=TEXT,
                )
                for pk in pks
                for n in range(related)
            ],
            batch_size=BATCH,
        )
    elif name == "workinggroup":
        CoLead.objects.bulk_create(
            [
                CoLead(
                    page_id=pk,
                    locale=locale,
                    sort_order=n,
                    organisation=f"Co-lead {n}",
                    kind="government",
                )
                for pk in pks
                for n in range(related)
            ],
            batch_size=BATCH,
        )
    elif name == "story":
        commitments = ctx.commitments.get(locale.pk) or list(
            CommitmentPage.objects.filter(locale=locale).values_list("pk", flat=True)
        )
        through = StoryPage.related_commitments.through
        through.objects.bulk_create(
            [
                through(storypage_id=pk, commitmentpage_id=c)
                for pk in pks
                for c in rng.sample(commitments, min(related, len(commitments)))
            ],
            batch_size=BATCH,
        )
    if hasattr(model, "themes"):
        through = model.themes.through
        fk = model._meta.model_name + "_id"
        themes = ctx.themes[locale.pk]
        through.objects.bulk_create(
            [
                through(**{fk: pk, "theme_id": t.pk})
                for pk in pks
                for t in rng.sample(themes, min(2, len(themes)))
            ],
            batch_size=BATCH,
        )
