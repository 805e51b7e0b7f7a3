"""A honeypot and a time-trap for the public forms, in a few lines (django-honeypot
1.2 refuses Django 5.2; 1.3 needs Python 3.12).

- ``website``: a field hidden from people (CSS, ``aria-hidden``, out of the tab order)
  that robots filling every input fill in.
- ``started``: when the form was shown, signed; a form sent back sooner than
  ``HUB_FORM_MIN_SECONDS`` or later than a day, or with the stamp altered, was not
  filled in by a person reading it.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

SALT = "hub.participation.started"
MAX_AGE = 24 * 3600


def stamp():
    return signing.dumps(int(time.time()), salt=SALT)


def seconds_since(value):
    """Seconds since the signed stamp ``value``; ``None`` if altered or too old."""
    try:
        started = signing.loads(value or "", salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(started, int):
        return None
    return time.time() - started


class AntiSpamMixin(forms.Form):
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each rendering restarts the clock: a form sent back with errors is read again.
        self.initial["started"] = stamp()
        if self.is_bound:
            self.data = self.data.copy()
            self.sent_started = self.data.get("started")
            self.data["started"] = self.initial["started"]

    def looks_automated(self):
        if self.data.get("website"):
            return True
        elapsed = seconds_since(getattr(self, "sent_started", None))
        return elapsed is None or elapsed < settings.HUB_FORM_MIN_SECONDS

    def clean(self):
        cleaned = super().clean()
        if self.looks_automated():
            raise forms.ValidationError(
                _(
                    "Your form could not be accepted: it was sent too quickly or looked "
                    "automated. Please check it and send it again."
                ),
                code="automated",
            )
        return cleaned
