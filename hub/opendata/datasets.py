"""What the hub exports: the columns of each dataset (their single description, used by
the CSV header, the JSON Schema and the open data page) and the rows, built chunk by
chunk so that any number of them streams in bounded memory."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.commitments.models import CommitmentPage, Milestone
from search.indexing import page_document

LICENCE = "CC-BY-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CHUNK_SIZE = 500
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # JSON Schema type: string, integer, boolean, array
    description: str
    nullable: bool = False
    csv: bool = True  # nested lists of objects exist in JSON only


def _url_columns(what):
    return [
        Column(
            f"url_{code}",
            "string",
            _("Address of the %(what)s in %(language)s, empty when not translated.")
            % {"what": what, "language": code},
            nullable=True,
        )
        for code in LANGUAGE_CODES
    ]


PAGE_COLUMNS = [
    Column("id", "integer", _("Page id: stable identifier of this language version.")),
    Column(
        "translation_key",
        "string",
        _("Stable identifier shared by the versions of a page in every language."),
    ),
    Column("type", "string", _("Content type: story, commitment, guide-chapter, award…")),
    Column("locale", "string", _("Language of this version: en, fr or es.")),
    Column("title", "string", _("Title.")),
    Column("introduction", "string", _("Introduction, in one or two sentences.")),
    Column("url", "string", _("Address of this version.")),
    *_url_columns(_("page")),
    Column(
        "date",
        "string",
        _("Date a reader gives the page (ISO 8601): story date, award year, action plan start."),
        nullable=True,
    ),
    Column("year", "integer", _("Year of that date."), nullable=True),
    Column("themes", "array", _("Theme slugs (semicolon-separated in CSV).")),
    Column("members", "array", _("OGP member slugs (semicolon-separated in CSV).")),
    Column("region", "string", _("Region key."), nullable=True),
    Column("ogp_values", "array", _("OGP value keys (semicolon-separated in CSV).")),
    Column("level", "string", _("Commitments: national or local."), nullable=True),
    Column("plan_start_year", "integer", _("Commitments: action plan start."), nullable=True),
    Column("plan_end_year", "integer", _("Commitments: action plan end."), nullable=True),
    Column("status", "string", _("Commitments: completion (IRM scale)."), nullable=True),
    Column("is_flagship", "boolean", _("Commitments: flagship commitment."), nullable=True),
    Column("first_published_at", "string", _("First publication (ISO 8601)."), nullable=True),
    Column("last_published_at", "string", _("Last publication (ISO 8601)."), nullable=True),
    Column("licence", "string", _("Licence of the content: CC-BY-4.0.")),
    Column(
        "milestones",
        "array",
        _("Commitments: milestones (JSON only; in CSV, export dataset=milestones)."),
        csv=False,
    ),
    Column("winners", "array", _("Awards: winners and their category (JSON only)."), csv=False),
    Column("co_leads", "array", _("Working groups: co-leads (JSON only)."), csv=False),
    Column(
        "recommendations",
        "array",
        _("Guide chapters: recommendations and their ambition level (JSON only)."),
        csv=False,
    ),
]

MILESTONE_COLUMNS = [
    Column("commitment_id", "integer", _("Page id of the commitment.")),
    Column("commitment_translation_key", "string", _("Translation key of the commitment.")),
    Column("commitment_title", "string", _("Title of the commitment.")),
    Column("commitment_url", "string", _("Address of the commitment.")),
    Column("locale", "string", _("Language: en, fr or es.")),
    Column("id", "integer", _("Milestone id.")),
    Column(
        "translation_key",
        "string",
        _("Stable identifier shared by the milestone's versions in every language."),
    ),
    Column("description", "string", _("Description.")),
    Column("start_date", "string", _("Start (ISO 8601).")),
    Column("end_date", "string", _("End (ISO 8601).")),
    Column("status", "string", _("Completion (IRM scale).")),
    Column("licence", "string", _("Licence of the content: CC-BY-4.0.")),
]

DATASETS = {
    "pages": {"title": _("Pages"), "columns": PAGE_COLUMNS},
    "milestones": {"title": _("Commitment milestones"), "columns": MILESTONE_COLUMNS},
}

#: Related data each page model needs for its row, fetched once per chunk.
PREFETCH = {
    "themes": ["themes"],
    "theme": [],
    "ogp_values": ["ogp_values"],
    "milestones": ["milestones"],
    "winners": ["winners__member"],
    "co_leads": ["co_leads__member"],
}


def json_schema(name, url):
    """The JSON Schema of an export of dataset ``name`` (draft 2020-12)."""
    dataset = DATASETS[name]
    properties = {}
    for column in dataset["columns"]:
        kind = [column.type, "null"] if column.nullable else column.type
        properties[column.name] = {"type": kind, "description": str(column.description)}
        if column.type == "array":
            properties[column.name]["items"] = {"type": "object" if not column.csv else "string"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": url,
        "title": str(dataset["title"]),
        "type": "object",
        "required": ["licence", "results"],
        "properties": {
            "licence": {"type": "string", "const": LICENCE_URL},
            "results": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": [c.name for c in dataset["columns"] if c.csv],
                    "properties": properties,
                },
            },
        },
    }


def chunked(iterable, size=CHUNK_SIZE):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepare(queryset):
    """``queryset`` of one page model with what its rows need, for ``iterator()``."""
    model = queryset.model
    related = [
        lookup for field, lookups in PREFETCH.items() if hasattr(model, field) for lookup in lookups
    ]
    select = [name for name in ("member", "theme") if hasattr(model, f"{name}_id")]
    return queryset.select_related("locale", *select).prefetch_related(*related)


def locale_urls(pages, request):
    """translation key → {language: full URL} of the live, public versions of ``pages``."""
    urls = defaultdict(dict)
    translations = (
        Page.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in pages})
        .select_related("locale")
    )
    for other in translations:
        urls[other.translation_key][other.locale.language_code] = other.get_full_url(request)
    return urls


def _iso(value):
    return value.isoformat() if value else None


def page_row(page, urls):
    """One page as an export row (nested lists included)."""
    document = page_document(page)
    own = urls.get(page.translation_key, {})
    row = {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "type": document["hub_type"],
        "locale": document["hub_locale"],
        "title": page.title,
        "introduction": getattr(page, "introduction", ""),
        "url": own.get(document["hub_locale"], ""),
        **{f"url_{code}": own.get(code) for code in LANGUAGE_CODES},
        "date": document["hub_date"],
        "year": document["hub_year"],
        "themes": document["hub_themes"],
        "members": document["hub_members"],
        "region": document["hub_region"],
        "ogp_values": document["hub_values"],
        "level": getattr(page, "level", None),
        "plan_start_year": getattr(page, "plan_start_year", None),
        "plan_end_year": getattr(page, "plan_end_year", None),
        "status": getattr(page, "status", None),
        "is_flagship": getattr(page, "is_flagship", None),
        "first_published_at": _iso(page.first_published_at),
        "last_published_at": _iso(page.last_published_at),
        "licence": LICENCE_URL,
        "milestones": [],
        "winners": [],
        "co_leads": [],
        "recommendations": [],
    }
    if hasattr(page, "milestones"):
        row["milestones"] = [
            {
                "id": m.pk,
                "translation_key": str(m.translation_key),
                "description": m.description,
                "start_date": _iso(m.start_date),
                "end_date": _iso(m.end_date),
                "status": m.status,
            }
            for m in page.milestones.all()
        ]
    if hasattr(page, "winners"):
        row["winners"] = [
            {
                "name": w.name,
                "member": w.member.slug if w.member_id else None,
                "category": w.category,
                "citation": w.citation,
            }
            for w in page.winners.all()
        ]
    if hasattr(page, "co_leads"):
        row["co_leads"] = [
            {
                "organisation": c.organisation,
                "kind": c.kind,
                "member": c.member.slug if c.member_id else None,
            }
            for c in page.co_leads.all()
        ]
    if hasattr(page, "recommendations"):
        row["recommendations"] = [
            {"id": block.id, "level": block.value["level"], "title": block.value["title"]}
            for block in page.recommendations
        ]
    return row


def page_rows(pages, request):
    """Rows of an iterable of specific pages, chunk by chunk."""
    return batch_rows(chunked(pages), request)


def batch_rows(batches, request):
    """Rows of an iterable of lists of specific pages: one query per list for the
    addresses of their translations."""
    for batch in batches:
        urls = locale_urls(batch, request)
        for page in batch:
            yield page_row(page, urls)


def milestone_rows(commitments, request):
    """One row per milestone of the commitments in the queryset ``commitments``."""
    milestones = (
        Milestone.objects.filter(page__in=commitments.order_by().values("pk"))
        .order_by("page_id", "sort_order", "pk")
        .values_list(
            "page_id",
            "pk",
            "translation_key",
            "description",
            "start_date",
            "end_date",
            "status",
            "locale__language_code",
        )
    )
    for chunk in chunked(milestones.iterator(chunk_size=CHUNK_SIZE * 4), CHUNK_SIZE * 4):
        pages = CommitmentPage.objects.filter(pk__in={item[0] for item in chunk})
        pages = {page.pk: page for page in pages.select_related("locale")}
        urls = {pk: page.get_full_url(request) for pk, page in pages.items()}
        for page_id, pk, key, description, start, end, status, language in chunk:
            yield {
                "commitment_id": page_id,
                "commitment_translation_key": str(pages[page_id].translation_key),
                "commitment_title": pages[page_id].title,
                "commitment_url": urls[page_id],
                "locale": language,
                "id": pk,
                "translation_key": str(key),
                "description": description,
                "start_date": _iso(start),
                "end_date": _iso(end),
                "status": status,
                "licence": LICENCE_URL,
            }
