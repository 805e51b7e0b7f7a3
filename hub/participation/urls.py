"""Public forms, under the language prefix (``i18n_patterns``) with paths in the reader's
language: /en/openstories/submit/, /fr/openstories/proposer/, /es/openstories/proponer/."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

i18n_urlpatterns = [
    path(_("openstories/submit/"), views.submit_story, name="participation_submit_story"),
    path(_("openstories/submit/thanks/"), views.story_thanks, name="participation_story_thanks"),
]
