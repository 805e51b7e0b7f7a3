import os

import pytest
from django.core.cache import caches
from django.core.management import call_command


def pytest_collection_modifyitems(config, items):
    """``HUB_TESTS`` (set by scripts/test.sh) splits the suite between its two runs: the
    embedded default (database search) runs all but the ``search`` tests, which then run
    against Elasticsearch. Unset: every selected test runs."""
    phase = os.environ.get("HUB_TESTS")
    if phase not in ("embedded", "search"):
        return
    wanted = phase == "search"
    kept, dropped = [], []
    for item in items:
        (kept if (item.get_closest_marker("search") is not None) == wanted else dropped).append(
            item
        )
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup, django_db_blocker, django_db_keepdb, django_db_createdb, request
):
    """The demo content, built once for the whole run; each test rolls back its changes."""
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.fixtures import _get_databases_for_setup

    own = None
    with django_db_blocker.unblock():
        if "default" not in _get_databases_for_setup(request.session.items)[0]:
            # pytest-django makes test databases only for tests marked or using ``db``;
            # the browser tests alone use neither, and would fill the developer's database.
            own = setup_databases(
                verbosity=0,
                interactive=False,
                aliases={"default"},
                keepdb=django_db_keepdb and not django_db_createdb,
            )
        call_command("load_hub_content", "--strict", verbosity=0)
    yield
    if own and not django_db_keepdb:
        with django_db_blocker.unblock():
            try:
                teardown_databases(own, verbosity=0)
            except Exception as error:  # as pytest-django: a warning, not a failed run
                request.node.warn(pytest.PytestWarning(f"Test database not removed: {error!r}"))


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
