from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from . import guards, roles, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", views.dashboard, name="dashboard"),
        path("<int:translation_id>/submit/", views.submit_for_review, name="submit_for_review"),
        path("start/<int:page_id>/<str:locale_code>/", views.start, name="start"),
    ]
    # The guards first: they answer at wagtail-localize's own paths (see guards.py).
    return [*guards.urls(), path("translation-status/", include((urls, "hub_translation")))]


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return MenuItem(
        _("Translation status"), reverse("hub_translation:dashboard"), icon_name="site", order=8990
    )


def refuse_other_locales(request, instances):
    """Snippets are edited in the user's locales only (translators: their language)."""
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not roles.can_edit_locale(
            request.user, instance.locale_id
        ):
            raise PermissionDenied


# Before wagtail-localize's own hook, which answers with its translation editor.
hooks.register(
    "before_edit_snippet",
    lambda request, instance: refuse_other_locales(request, [instance]),
    order=-1,
)
hooks.register("before_delete_snippet", refuse_other_locales, order=-1)


@hooks.register("before_delete_page", order=-1)
def refuse_delete_to_translators(request, page):
    """Only those who may publish a language delete its pages (never translators)."""
    if not roles.can_publish_locale(request.user, page.locale_id):
        raise PermissionDenied


class SubmitMenuItem(SubmitForModerationMenuItem):
    """ "Submit to <workflow>" with the workflow's name translated."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["label"] = roles.translate_workflow_names(str(context["label"]))
        return context


@hooks.register("construct_page_action_menu")
def translate_workflow_names(menu_items, request, context):
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitMenuItem(order=item.order)
