import csv

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from . import review, roles
from . import status as translation_status
from .roles import SOURCE_LANGUAGE


@require_POST
def submit_for_review(request, translation_id):
    """Saves the translation as a draft of its page and submits it to the page's workflow.

    The live page is left untouched (wagtail-localize's own ``save_target(publish=False)``
    writes the translated text to the page's row, which is what readers see).
    """
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = review.target_page(translation)
    if page is None or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no review workflow."))
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already awaiting review."))
        return redirect(edit_url)
    try:
        with transaction.atomic():
            review.save_draft(translation, page, request.user)
            workflow.start(page, request.user)
    except ValidationError as error:
        messages.error(
            request, _("The translation cannot be submitted: {errors}").format(errors=error)
        )
        return redirect(edit_url)
    messages.success(
        request,
        _("'{title}' was submitted to {workflow}.").format(
            title=page.get_admin_display_title(), workflow=workflow.name
        ),
    )
    return redirect(edit_url)


def start_translation(user, page, locale):
    """Creates (or re-enables) the translation of ``page`` into ``locale`` and its draft."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not created and not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    target = review.target_page(translation)
    if target is None:
        # A new page: not live (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off).
        translation.save_target(user=user, publish=False)
    elif not target.live:
        translation.save_target(user=user, publish=False)
    else:
        review.save_draft(translation, target, user)
    return translation


@require_POST
def start(request, page_id, locale_code):
    """One click: a translator starts translating a live source page into their language."""
    page = get_object_or_404(Page.objects.live().specific(), pk=page_id)
    locale = get_object_or_404(Locale, language_code=locale_code)
    user = request.user
    if (
        page.locale.language_code != SOURCE_LANGUAGE
        or locale.pk == page.locale_id
        or not user.has_perm(roles.SUBMIT_TRANSLATION)
        or not roles.can_edit_locale(user, locale.pk)
    ):
        raise PermissionDenied
    try:
        with transaction.atomic():
            translation = start_translation(user, page, locale)
    except ValidationError as error:
        messages.error(
            request, _("The translation cannot be started: {errors}").format(errors=error)
        )
        return redirect("hub_translation:dashboard")
    target = review.target_page(translation)
    return redirect("wagtailadmin_pages:edit", target.pk)


def start_on_publish(sender, instance, **kwargs):
    """``HUB_TRANSLATION_AUTO_START``: a published source page gets its translations."""
    if not getattr(settings, "HUB_TRANSLATION_AUTO_START", False):
        return
    page = instance.specific
    if page.locale.language_code != SOURCE_LANGUAGE or page.depth < 2:
        return
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if not page.has_translation(locale):
            start_translation(None, page, locale)


def default_locale(user):
    """The translator's own language (their only editable target locale), else all."""
    locale_ids = roles.editable_locale_ids(user)
    if locale_ids is None:
        return ""
    codes = list(
        Locale.objects.filter(pk__in=locale_ids)
        .exclude(language_code=SOURCE_LANGUAGE)
        .values_list("language_code", flat=True)
    )
    return codes[0] if len(codes) == 1 else ""


class DashboardFilters(forms.Form):
    locale = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    section = forms.ChoiceField(label=gettext_lazy("Section"), required=False)
    state = forms.ChoiceField(
        label=gettext_lazy("State"),
        required=False,
        choices=[("", gettext_lazy("All"))] + list(translation_status.STATES.items()),
    )

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [("", _("All"))] + [
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.exclude(language_code=SOURCE_LANGUAGE)
        ]
        self.fields["section"].choices = [("", _("All"))] + [
            (str(page.pk), page.title) for page in sections
        ]


CSV_HEADINGS = [
    gettext_lazy("Page"),
    gettext_lazy("Page type"),
    gettext_lazy("Section"),
    gettext_lazy("Locale"),
    gettext_lazy("Translated %"),
    gettext_lazy("Out-of-date segments"),
    gettext_lazy("Segments"),
    gettext_lazy("State"),
    gettext_lazy("Last sync"),
    gettext_lazy("Last publish"),
]


def dashboard(request):
    """Every live source page in each target language, with where its translation stands."""
    home = Page.objects.filter(depth=2, locale__language_code=SOURCE_LANGUAGE).first()
    sections = list(home.get_children()) if home else []
    data = request.GET.copy()
    if "locale" not in data:
        data["locale"] = default_locale(request.user)
    form = DashboardFilters(data, sections=sections)
    if not form.is_valid():
        return TemplateResponse(
            request, "translation/dashboard.html", {"form": form, "rows": []}, status=400
        )
    filters = form.cleaned_data

    locales = Locale.objects.exclude(language_code=SOURCE_LANGUAGE).order_by("language_code")
    if filters.get("locale"):
        locales = locales.filter(language_code=filters["locale"])
    pages = translation_status.live_source_pages(SOURCE_LANGUAGE)
    section = next((p for p in sections if str(p.pk) == filters.get("section")), None)
    if section is not None:
        pages = pages.filter(path__startswith=section.path)
    section_by_path = {page.path: page for page in sections}
    editable = roles.editable_locale_ids(request.user)
    can_start = request.user.has_perm(roles.SUBMIT_TRANSLATION)
    rows = []
    for row in translation_status.journey(pages, list(locales)):
        if filters.get("state") and row.state != filters["state"]:
            continue
        row.section = section_by_path.get(row.source_page.path[: Page.steplen * 3])
        row.can_start = can_start and (editable is None or row.locale.pk in editable)
        rows.append(row)

    if request.GET.get("format") == "csv":
        return dashboard_csv(rows)
    query = data.copy()
    query["format"] = "csv"
    return TemplateResponse(
        request,
        "translation/dashboard.html",
        {"form": form, "rows": rows, "csv_query": query.urlencode()},
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A cell spreadsheets will not run as a formula (OWASP's CSV injection advice)."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def dashboard_csv(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
    writer = csv.writer(response)
    writer.writerow([csv_cell(heading) for heading in CSV_HEADINGS])
    for row in rows:
        item = row.status
        page = item.page if item else row.source_page
        writer.writerow(
            [
                csv_cell(value)
                for value in (
                    page.title,
                    page.specific_class._meta.verbose_name,
                    row.section.title if row.section else "",
                    row.locale.language_code,
                    item.translated_percent if item else 0,
                    len(item.out_of_date) if item else "",
                    item.total if item else "",
                    row.state_label,
                    item.last_sync.isoformat() if item else "",
                    item.last_publish.isoformat() if item and item.last_publish else "",
                )
            ]
        )
    return response
