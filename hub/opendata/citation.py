"""Citations of stories, commitments and Guide chapters: plain text, BibTeX and RIS."""

from django.utils.translation import gettext as _

from hub.commitments.models import CommitmentPage
from hub.guide.models import GuideChapterPage
from hub.stories.models import StoryPage

PUBLISHER = "Open Government Partnership"
CITABLE = (StoryPage, CommitmentPage, GuideChapterPage)


def is_citable(page):
    return isinstance(page, CITABLE)


def citation_data(page, request):
    member = getattr(page, "member", None)
    date = getattr(page, "date", None) or (
        page.first_published_at or page.latest_revision_created_at
    )
    return {
        "key": f"ogp-hub-{page.pk}",
        # A commitment is its government's; the hub publishes the rest.
        "author": member.name if isinstance(page, CommitmentPage) and member else PUBLISHER,
        "title": page.title,
        "year": date.year if date else "",
        "date": date.strftime("%Y/%m/%d") if date else "",
        "url": page.get_full_url(request),
        "language": page.locale.language_code,
        "site": str(_("Open Government Knowledge Hub")),
        "publisher": PUBLISHER,
        "kind": "NEWS" if isinstance(page, StoryPage) else "ELEC",
    }


def plain_text(data):
    return (
        f"{data['author']} ({data['year']}). {data['title']}. {data['site']}, "
        f"{data['publisher']}. {data['url']}. CC BY 4.0."
    )


def _bibtex_escape(text):
    return "".join("\\" + ch if ch in "{}&%$#_" else ch for ch in str(text))


def bibtex(data):
    fields = {
        "author": "{" + _bibtex_escape(data["author"]) + "}",
        "title": _bibtex_escape(data["title"]),
        "year": data["year"],
        "howpublished": _bibtex_escape(data["site"]),
        "publisher": _bibtex_escape(data["publisher"]),
        "url": data["url"],
        "language": data["language"],
        "note": "CC BY 4.0",
    }
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@misc{{{data['key']},\n{body}\n}}\n"


def ris(data):
    lines = [
        ("TY", data["kind"]),
        ("AU", data["author"]),
        ("TI", data["title"]),
        ("PY", data["year"]),
        ("DA", data["date"]),
        ("T2", data["site"]),
        ("PB", data["publisher"]),
        ("UR", data["url"]),
        ("LA", data["language"]),
        ("N1", "CC BY 4.0"),
        ("ER", ""),
    ]
    return "".join(f"{tag}  - {' '.join(str(value).split())}\r\n" for tag, value in lines)


#: Download formats of ``/cite/<id>.<format>``: a closed set, in the URL pattern too.
FORMATS = {
    "bib": (bibtex, "application/x-bibtex; charset=utf-8"),
    "ris": (ris, "application/x-research-info-systems; charset=utf-8"),
    "txt": (plain_text, "text/plain; charset=utf-8"),
}
