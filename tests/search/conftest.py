import os

import pytest
from django.conf import settings
from django.core.management import call_command

HUB_BACKEND = "search.backend"


def es_url():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.fail(os.environ.get("HUB_ELASTICSEARCH_ERROR") or "ELASTICSEARCH_URL is not set")
    return url


@pytest.fixture(scope="session")
def search_index(django_db_setup, django_db_blocker):
    """The page index rebuilt once with the hub's backend from the demo content."""
    es_url()
    default = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert default["BACKEND"] == HUB_BACKEND
    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0)
    return default


@pytest.fixture
def es(search_index, db):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    yield backend


def refresh():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    backend.es.indices.refresh(index=backend.page_index_name())
