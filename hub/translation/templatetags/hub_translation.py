import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext
from wagtail.models import Page

from hub.taxonomy import vocabulary

from .. import notice, review, roles, status

register = template.Library()


@register.inclusion_tag("translation/outdated_notice.html")
def outdated_translation_notice(page):
    """Tells readers when this translation lags behind the page it was translated from."""
    outdated = (
        isinstance(page, Page) and page.last_published_at is not None and notice.is_outdated(page)
    )
    return {"outdated": outdated}


@register.simple_tag(takes_context=True)
def translator_controls(context, translation):
    """Whether the editor is a translator's: someone who may edit but not publish here."""
    page_perms = context.get("page_perms")
    is_translator = page_perms is not None and not page_perms.can_publish()
    if page_perms is None:  # snippets
        is_translator = not roles.can_publish_locale(
            context["request"].user, translation.target_locale_id
        )
    return {"is_translator": is_translator}


@register.filter
def editor_props(props, is_translator):
    """The translation editor's props, with block labels read as labels (capitalised,
    as wagtail-localize already does for fields) and, for translators, without the
    actions they may not take: Delete, Convert to alias page, Stop synced translation,
    Publish, Unpublish."""
    data = json.loads(props)
    for segment in data.get("segments", []):
        location = segment.get("location") or {}
        if location.get("subField"):
            location["subField"] = capfirst(location["subField"])
    if is_translator:
        data["perms"].update(canPublish=False, canUnpublish=False, canDelete=False)
        data["links"].update(deleteUrl=None, convertToAliasUrl=None, stopTranslationUrl=None)
    return json.dumps(data, cls=DjangoJSONEncoder)


@register.inclusion_tag("translation/editor_panel.html", takes_context=True)
def translation_review_panel(context, translation):
    """Where the translation stands, and the translator's action bar: Submit for review,
    Sync (without publishing), Preview."""
    request = context["request"]
    item = status.status_of(translation)
    page = review.target_page(translation)
    page_perms = context.get("page_perms")
    state = review.in_review(page) if page is not None else None
    is_translator = bool(page_perms and page_perms.can_edit() and not page_perms.can_publish())
    return {
        "translation": translation,
        "status": item,
        "review": state,
        "is_translator": is_translator,
        "can_submit": is_translator and state is None,
        "can_sync": request.user.has_perm(roles.SUBMIT_TRANSLATION),
        "sync_url": reverse("wagtail_localize:update_translations", args=[translation.source_id])
        + "?next="
        + request.path,
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }


def _segment_label(location):
    label = str(location.get("field") or "")
    if location.get("subField"):
        label = f"{label} › {capfirst(location['subField'])}"
    return label


@register.inclusion_tag("translation/vocabulary_panel.html")
def vocabulary_panel(translation, props):
    """The vocabulary's terms found in the source's segments, with their approved
    equivalents in the target language and the fields where they occur (the editor's
    React app offers no place per segment without patching it)."""
    source_code = translation.source.locale.language_code
    target_code = translation.target_locale.language_code
    texts = [
        (_segment_label(segment.get("location") or {}), strip_tags(segment.get("source") or ""))
        for segment in json.loads(props).get("segments", [])
        if segment.get("type") == "string"
    ]
    return {
        "terms": vocabulary.terms_in(texts, source_code, target_code),
        "source_code": source_code,
        "target_code": target_code,
        "target_language": translation.target_locale.get_display_name(),
    }


@register.inclusion_tag("translation/unavailable_notice.html", takes_context=True)
def unavailable_notice(context):
    """ "Not yet available in <language>", in the language the reader asked for (the page
    itself is in its source language), naming that language in it."""
    request = context.get("request")
    code = request.GET.get("unavailable", "") if request is not None else ""
    if code not in dict(settings.LANGUAGES):
        return {"message": None}
    with translation.override(code):
        name = str(get_language_info(code)["name_translated"])
        if code != "en":  # language names are not capitalised in French and Spanish
            name = name.lower()
        message = gettext(
            "This page is not yet available in %(language)s: you are reading it in its "
            "original language."
        ) % {"language": name}
    return {"message": message, "language": code}
