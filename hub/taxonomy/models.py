"""Shared vocabularies: themes, members, regions, OGP values, statuses.

Reader-visible labels of fixed choices live in gettext (wagtail-localize copies choice
values untranslated); themes and members are translatable snippets.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Region(models.TextChoices):
    AFRICA_MIDDLE_EAST = "africa-middle-east", _("Africa and the Middle East")
    AMERICAS = "americas", _("Americas")
    ASIA_PACIFIC = "asia-pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")


class MemberKind(models.TextChoices):
    NATIONAL = "national", _("National government")
    LOCAL = "local", _("Local government")


class Level(models.TextChoices):
    NATIONAL = "national", _("National")
    LOCAL = "local", _("Local")


class Progress(models.TextChoices):
    """Completion levels, as the Independent Reporting Mechanism assesses them."""

    NOT_STARTED = "not-started", _("Not started")
    LIMITED = "limited", _("Limited")
    SUBSTANTIAL = "substantial", _("Substantial")
    COMPLETE = "complete", _("Complete")


PROGRESS_PERCENT = {"not-started": 0, "limited": 33, "substantial": 66, "complete": 100}


class AmbitionLevel(models.TextChoices):
    INITIAL = "initial", _("Initial")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")
    INNOVATIVE = "innovative", _("Innovative")


class ValueKey(models.TextChoices):
    ACCESS_TO_INFORMATION = "access-to-information", _("Access to information")
    CIVIC_PARTICIPATION = "civic-participation", _("Civic participation")
    PUBLIC_ACCOUNTABILITY = "public-accountability", _("Public accountability")
    TECHNOLOGY_INNOVATION = (
        "technology-innovation",
        _("Technology and innovation for transparency and accountability"),
    )


class OGPValue(models.Model):
    """One of the four OGP values; rows are created by a migration, labels come from gettext."""

    key = models.CharField(max_length=40, unique=True, choices=ValueKey.choices)

    class Meta:
        ordering = ["id"]
        verbose_name = _("OGP value")
        verbose_name_plural = _("OGP values")

    def __str__(self):
        return str(self.get_key_display())


class LocalizedSnippet(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    """A translatable vocabulary entry with a slug that stays the same in every locale."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Stable identifier, the same in every language; used in URLs and filters."),
    )

    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("slug"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def names_by_slug(cls, locale=None):
        """Slug → name in ``locale`` (active by default), falling back to any locale."""
        locale = locale or Locale.get_active()
        names = {}
        for slug, name, locale_id in cls.objects.values_list("slug", "name", "locale_id"):
            if locale_id == locale.pk or slug not in names:
                names[slug] = name
        return names


class Theme(LocalizedSnippet):
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = LocalizedSnippet.search_fields + [index.SearchField("description")]

    class Meta(LocalizedSnippet.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]


class Member(LocalizedSnippet):
    """A national or local government taking part in OGP."""

    kind = models.CharField(_("kind"), max_length=20, choices=MemberKind.choices)
    country = models.CharField(
        _("country code"), max_length=2, help_text=_("ISO 3166-1 alpha-2 code, e.g. CL.")
    )
    region = models.CharField(_("region"), max_length=30, choices=Region.choices)

    override_translatable_fields = LocalizedSnippet.override_translatable_fields + [
        SynchronizedField("country")
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("region"),
    ]
    search_fields = LocalizedSnippet.search_fields + [
        index.FilterField("kind"),
        index.FilterField("region"),
    ]

    class Meta(LocalizedSnippet.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_member_slug_per_locale")
        ]

    def save(self, *args, **kwargs):
        self.country = self.country.upper()
        super().save(*args, **kwargs)


TERM_LANGUAGES = ("en", "fr", "es")
MAX_VARIANTS = 20


def split_variants(text):
    """The variants of a comma-separated field, stripped, without empty or repeated ones."""
    variants = [" ".join(part.split()) for part in (text or "").split(",")]
    return list(dict.fromkeys(variant for variant in variants if variant))


def fold(text):
    """Lower case without accents: how variants are compared with queries and texts."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


class Term(RevisionMixin, models.Model):
    """One entry of the shared trilingual vocabulary: the approved equivalents of a term
    in English, French and Spanish (each field may list comma-separated variants). Translators
    see them in the translation editor; search treats every variant as a synonym of the others."""

    en = models.CharField(
        _("English"), max_length=255, help_text=_("Comma-separated variants, preferred first.")
    )
    fr = models.CharField(
        _("French"), max_length=255, help_text=_("Comma-separated variants, preferred first.")
    )
    es = models.CharField(
        _("Spanish"), max_length=255, help_text=_("Comma-separated variants, preferred first.")
    )
    notes = models.TextField(_("notes"), blank=True)
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("Keep the term as it is written in the source (a name, an acronym)."),
    )

    panels = [
        FieldPanel("en"),
        FieldPanel("fr"),
        FieldPanel("es"),
        FieldPanel("notes"),
        FieldPanel("do_not_translate"),
    ]

    class Meta:
        ordering = ["en"]
        verbose_name = _("vocabulary term")
        verbose_name_plural = _("vocabulary")

    def __str__(self):
        return " / ".join(self.preferred(code) for code in TERM_LANGUAGES)

    def variants(self, language):
        return split_variants(getattr(self, language, ""))

    def preferred(self, language):
        variants = self.variants(language)
        return variants[0] if variants else ""

    def all_variants(self):
        return list(dict.fromkeys(v for code in TERM_LANGUAGES for v in self.variants(code)))

    def clean(self):
        errors = {}
        for code in TERM_LANGUAGES:
            text = getattr(self, code) or ""
            variants = split_variants(text)
            if not variants:
                errors[code] = _("Give at least one word or phrase.")
            elif len(variants) > MAX_VARIANTS:
                errors[code] = _("Give at most %(count)s variants.") % {"count": MAX_VARIANTS}
            elif any(not ch.isprintable() for ch in text):
                errors[code] = _("Remove the control characters.")
            else:
                setattr(self, code, ", ".join(variants))
        if errors:
            raise ValidationError(errors)
