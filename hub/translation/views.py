import csv

from django import forms
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
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments

from . import status as translation_status
from .roles import SOURCE_LANGUAGE


@require_POST
def submit_for_review(request, translation_id):
    """Saves the translation as a draft of its page and submits it to the page's workflow.

    The live page is left untouched (wagtail-localize's own ``save_target(publish=False)``
    writes the translated text to the page's row, which is what readers see).
    """
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    source = translation.source
    page = source.get_translated_instance(translation.target_locale)
    if not isinstance(page, Page):
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    page = page.specific
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
            # What Translation.save_target() does, without saving the page's row.
            original = source.as_instance()
            copy_synchronised_fields(original, page)
            segments = source._get_segments_for_translation(
                translation.target_locale, fallback=True
            )
            ingest_segments(original, page, source.locale, translation.target_locale, segments)
            page.save_revision(user=request.user, log_action=True)
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


class DashboardFilters(forms.Form):
    locale = forms.ChoiceField(label=gettext_lazy("Locale"), required=False)
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
    """Every page translation: translated %, out-of-date segments, last sync and publish."""
    home = Page.objects.filter(depth=2, locale__language_code=SOURCE_LANGUAGE).first()
    sections = list(home.get_children()) if home else []
    form = DashboardFilters(request.GET or None, sections=sections)
    if request.GET and not form.is_valid():
        return TemplateResponse(
            request, "translation/dashboard.html", {"form": form, "rows": []}, status=400
        )
    filters = form.cleaned_data if form.is_bound else {}

    translations = translation_status.page_translations()
    if filters.get("locale"):
        translations = translations.filter(target_locale__language_code=filters["locale"])
    section_by_path = {page.path: page for page in sections}
    rows = []
    for item in translation_status.page_translation_statuses(translations):
        section = section_by_path.get(item.source_page.path[: Page.steplen * 3])
        if filters.get("section") and (section is None or str(section.pk) != filters["section"]):
            continue
        if filters.get("state") and item.state != filters["state"]:
            continue
        item.section = section
        rows.append(item)
    rows.sort(key=lambda row: (row.source_page.path, row.translation.target_locale.language_code))

    if request.GET.get("format") == "csv":
        return dashboard_csv(rows)
    query = request.GET.copy()
    query["format"] = "csv"
    return TemplateResponse(
        request,
        "translation/dashboard.html",
        {"form": form, "rows": rows, "csv_query": query.urlencode()},
    )


def dashboard_csv(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
    writer = csv.writer(response)
    writer.writerow([str(heading) for heading in CSV_HEADINGS])
    for row in rows:
        writer.writerow(
            [
                row.page.title,
                str(row.page.specific_class._meta.verbose_name),
                row.section.title if row.section else "",
                row.translation.target_locale.language_code,
                row.translated_percent,
                len(row.out_of_date),
                row.total,
                str(row.state_label),
                row.last_sync.isoformat(),
                row.last_publish.isoformat() if row.last_publish else "",
            ]
        )
    return response
