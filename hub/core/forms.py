from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class HubPageForm(WagtailAdminPageForm):
    """Offers editors the themes and members of the page's own language only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            model = queryset.model
            if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
                continue
            current = self.initial.get(name)
            if current is None:
                current = []
            elif isinstance(current, str | int) or hasattr(current, "pk"):
                current = [current]
            current = [getattr(value, "pk", value) for value in current]
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=current))
