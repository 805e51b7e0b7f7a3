import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from wagtail.users.models import UserProfile


@pytest.fixture(autouse=True)
def clear_caches():
    """Cached site root paths and menus would outlive the rolled-back changes of a test
    (translating the home pages' slugs, for one)."""
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def login(db, client, django_user_model):
    """``login(*groups)``: a client logged in as a new member of ``groups``."""

    count = iter(range(1000))

    def login(*groups, superuser=False, language="en"):
        """``language``: the admin's language (English, so tests read English; None keeps
        the group's default)."""
        name = f"{'-'.join(groups) or 'admin'}-{next(count)}"
        if superuser:
            user = django_user_model.objects.create_superuser(name, f"{len(name)}@example.org", "x")
        else:
            user = django_user_model.objects.create_user(name, f"{len(name)}@example.org", "x")
            user.groups.add(*Group.objects.filter(name__in=groups))
        if language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        client.force_login(user)
        client.user = user
        return client

    return login
