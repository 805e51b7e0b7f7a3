"""Deleting a source page never silently touches its translations.

Wagtail (with wagtail-localize, without simple_translation) deletes only the page asked
for; wagtail-localize then discards the translation records of its translations, which
become unsynchronised orphans. So the admin refuses to delete a page that other locales
translate from, names those translations, and asks to delete them first.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail_localize.models import TranslationSource


def translations_of_source(page):
    """The translations made from ``page`` (none when it is not a translation source)."""
    is_source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).exists()
    if not is_source:
        return []
    return list(page.get_translations().filter(alias_of__isnull=True).select_related("locale"))


@hooks.register("before_delete_page")
def refuse_deleting_translated_source(request, page):
    translations = translations_of_source(page)
    if not translations:
        return None
    names = get_text_list(
        [f"{t.get_admin_display_title()} ({t.locale.get_display_name()})" for t in translations],
        _("and"),
    )
    messages.error(
        request,
        _(
            "“%(title)s” is the source of translations: %(translations)s. Delete those "
            "translations first, then this page."
        )
        % {"title": page.get_admin_display_title(), "translations": names},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
