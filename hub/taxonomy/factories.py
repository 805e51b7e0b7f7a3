import factory
from wagtail.models import Locale

from .models import Member, Theme


class LocaleDefault(factory.LazyFunction):
    def __init__(self, code="en"):
        super().__init__(lambda: Locale.objects.get(language_code=code))


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "A theme of open government reform."
    locale = LocaleDefault()

    class Meta:
        model = Theme


class MemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Member {n}")
    slug = factory.Sequence(lambda n: f"member-{n}")
    kind = "national"
    country = "CL"
    region = "americas"
    locale = LocaleDefault()

    class Meta:
        model = Member
