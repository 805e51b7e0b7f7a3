from captcha.fields import CaptchaField, CaptchaTextInput
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hub.taxonomy.models import Member, Theme

from .antispam import AntiSpamMixin
from .uploads import clean_document, clean_image


class Captcha(CaptchaTextInput):
    """django-simple-captcha's widget, its image described in the reader's language."""

    template_name = "participation/captcha.html"


class StoryForm(AntiSpamMixin, forms.Form):
    title = forms.CharField(label=_("Title of your story"), max_length=200)
    story = forms.CharField(
        label=_("Your story"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("What changed, for whom, and how. Separate paragraphs with a blank line."),
    )
    member = forms.ModelChoiceField(
        label=_("OGP member"),
        queryset=Member.objects.none(),
        required=False,
        empty_label=_("— Not about one member —"),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Only the Secretariat sees it, to contact you about your story."),
    )
    show_name = forms.BooleanField(label=_("Show my name with the story"), required=False)
    image = forms.FileField(
        label=_("Image (optional)"),
        required=False,
        help_text=_("JPEG, PNG or WebP, 5 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    document = forms.FileField(
        label=_("Document (optional)"),
        required=False,
        help_text=_("PDF, 10 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the OGP publishes my story, edited if needed, under the Creative "
            "Commons Attribution 4.0 licence (CC BY 4.0)."
        )
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = Member.objects.filter(locale=locale).order_by("name")
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by("name")
        if settings.HUB_FORM_CAPTCHA:  # no third-party service: images made by the hub
            self.fields["captcha"] = CaptchaField(
                label=_("Type the letters shown in the image"), widget=Captcha
            )

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        return clean_image(upload) if upload else None

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        return clean_document(upload) if upload else None
