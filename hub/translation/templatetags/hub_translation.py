from django import template
from wagtail.models import Page

from .. import notice, status

register = template.Library()


@register.inclusion_tag("translation/outdated_notice.html")
def outdated_translation_notice(page):
    """Tells readers when this translation lags behind the page it was translated from."""
    outdated = (
        isinstance(page, Page) and page.last_published_at is not None and notice.is_outdated(page)
    )
    return {"outdated": outdated}


@register.inclusion_tag("translation/editor_panel.html", takes_context=True)
def translation_review_panel(context, translation):
    """Out-of-date segments and "Submit for review", under wagtail-localize's editor."""
    request = context["request"]
    item = status.status_of(translation)
    page_perms = context.get("page_perms")
    return {
        "translation": translation,
        "status": item,
        "can_submit": page_perms is not None
        and page_perms.can_edit()
        and not page_perms.can_publish(),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
