"""Per-locale rights inside wagtail-localize 1.14's views.

wagtail-localize checks page permissions (which Wagtail grants per tree, so per locale)
but not the locale of snippets, nor the locales a user may translate into: anyone with
``submit_translation`` may create translations in every locale and publish them all from
"Sync translated pages". These patches add the hub's rule (``roles.can_edit_locale``).

Remove each patch when wagtail-localize checks locale permissions itself (still missing
in 1.14.5); tests/translation/test_permissions.py says whether the behaviour holds.

``segments_for_translation`` is the one call of a private wagtail-localize method: the
review step (``review.save_draft``) builds a draft from the segments exactly as
``Translation.save_target`` does, and wagtail-localize has no public method for that
(``save_target`` always saves the page row, which on a live page is what readers see).
Remove it when wagtail-localize offers a draft-only ``save_target``;
tests/translation/test_localize_patches.py fails when the pinned version changes.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from wagtail.models import Locale, Page
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from . import roles

_user_can_edit_instance = edit_translation.user_can_edit_instance
_submit_get_form = submit_translations.SubmitTranslationView.get_form
_update_get_form = update_translations.UpdateTranslationsView.get_form


def user_can_edit_instance(user, instance):
    """Snippets too are edited only in the user's locales (pages already are)."""
    if not _user_can_edit_instance(user, instance):
        return False
    return isinstance(instance, Page) or roles.can_edit_locale(user, instance.locale_id)


def submit_get_form(self):
    """Offer only the locales the user may edit; refuse the view when there are none."""
    form = _submit_get_form(self)
    locale_ids = roles.editable_locale_ids(self.request.user)
    if locale_ids is not None:
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(id__in=locale_ids)
        if not Locale.objects.filter(id__in=locale_ids).exclude(id=self.object.locale_id).exists():
            raise PermissionDenied
    return form


def update_get_form(self):
    """ "Publish immediately" only for users who may publish in every target locale; others
    do not see it (the server ignores it for them: the field is disabled)."""
    form = _update_get_form(self)
    user = self.request.user
    targets = self.object.translations.filter(enabled=True).values_list(
        "target_locale_id", flat=True
    )
    if not all(roles.can_publish_locale(user, locale_id) for locale_id in targets):
        field = form.fields["publish_translations"]
        field.disabled = True
        field.initial = False
        field.widget = forms.HiddenInput()
    return form


#: The wagtail-localize release these patches were written and tested against.
WRITTEN_FOR = "1.14.5"


def segments_for_translation(source, locale):
    """The segments ``ingest_segments`` needs to translate ``source`` into ``locale``."""
    return source._get_segments_for_translation(locale, fallback=True)


def apply():
    edit_translation.user_can_edit_instance = user_can_edit_instance
    submit_translations.SubmitTranslationView.get_form = submit_get_form
    update_translations.UpdateTranslationsView.get_form = update_get_form
