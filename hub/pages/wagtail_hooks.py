"""Admin extensions of the design system.

- Slug fields transliterate "œ" and dashes as the hub's ``slugify`` does (hub.core.slugs).
- The style guide (``/admin/styleguide/``, "Style guide" in the menu): every component of
  static/hub/hub.css on one page, with the hub's header and footer, for editors and
  developers.
"""

from django.db import models
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem

from hub.core.slugs import TransliteratingSlugInput
from hub.stories.models import StoryPage

# Slug fields of the admin transliterate "œ" and dashes as the hub's slugify does.
register_form_field_override(
    models.SlugField, override={"widget": TransliteratingSlugInput}, exact_class=True
)

COLOURS = [
    ("--c-ink", "#14212f"),
    ("--c-muted", "#4a5666"),
    ("--c-brand", "#0b4f8a"),
    ("--c-brand-dark", "#0a2c4d"),
    ("--c-brand-tint", "#e7f0f9"),
    ("--c-teal", "#0e7065"),
    ("--c-accent", "#f4b400"),
    ("--c-surface", "#f4f7fa"),
    ("--c-line", "#d3dbe5"),
    ("--c-ok", "#1b6b3a"),
    ("--c-warn", "#7a4d00"),
    ("--c-error", "#a4231b"),
]


def styleguide(request):
    stories = list(
        StoryPage.objects.live()
        .filter(locale__language_code=request.LANGUAGE_CODE.split("-")[0])
        .select_related("member")
        .order_by("-date")[:3]
    )
    context = {
        "page_title": _("Style guide"),
        "colours": COLOURS,
        "stories": stories,
        "sizes": ["3xl", "2xl", "xl", "lg", "md", "sm", "xs"],
    }
    return render(request, "styleguide.html", context)


@hooks.register("register_admin_urls")
def styleguide_urls():
    return [path("styleguide/", styleguide, name="hub_styleguide")]


@hooks.register("register_admin_menu_item")
def styleguide_menu_item():
    return MenuItem(_("Style guide"), reverse("hub_styleguide"), icon_name="view", order=10000)
