import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from hub.translation import roles
from tests.search.conftest import es, search_index  # noqa: F401 - the search tests' node

TERM_URL = "/admin/snippets/taxonomy/term/add/"
LOBBYING = {"en": "lobbying", "fr": "lobbyisme, lobbying", "es": "cabildeo"}


@pytest.fixture
def login(db, client, django_user_model):
    """``login(group)``: the client logged in as a new member of ``group``, admin in English."""

    def login(group):
        user = django_user_model.objects.create_user(f"user-{group}", "u@example.org", "x")
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        client.force_login(user)
        return client

    return login


@pytest.fixture
def editor(login):
    return login(roles.EDITORS)


def add_term(client, **fields):
    """Adds a term as the Secretariat does: a POST to the vocabulary's create form."""
    data = {"en": "", "fr": "", "es": "", "notes": "", **fields}
    response = client.post(TERM_URL, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response
