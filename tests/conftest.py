import pytest
from django.core.cache import caches
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, built once for the whole run; each test rolls back its changes."""
    with django_db_blocker.unblock():
        call_command("load_hub_content", "--strict", verbosity=0)


@pytest.fixture
def admin_client(db, client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pass")
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with empty caches: a test's rolled-back changes must not linger in
    cached menus, labels or listings."""
    for cache in caches.all():
        cache.clear()
    yield
