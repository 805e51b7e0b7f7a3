"""Wagtail API v2's errors answer in the reader's language (hub/opendata/api_messages.py).

Each request below makes Wagtail raise one of its English messages; if the pinned Wagtail
rewords one, its pattern stops matching and the generic message shows: the test fails.
"""

import pytest
from django.utils import translation

from hub.opendata.api_messages import UNKNOWN

# (query, the message expected, its values)
BAD_REQUESTS = [
    ({"nope": "1"}, "Unknown query parameter: %(names)s.", {"names": "nope"}),
    ({"fields": "title,nope"}, "Unknown fields: %(names)s.", {"names": "nope"}),
    ({"fields": "title(id)"}, "“%(name)s” has no nested fields.", {"name": "title"}),
    ({"fields": "title,("}, "The “fields” parameter is malformed.", {}),
    ({"order": "nope"}, "Cannot order by “%(name)s”.", {"name": "nope"}),
    ({"order": "random,title"}, "Random order cannot be combined with other fields.", {}),
    ({"order": "random", "offset": "1"}, "Random order cannot be used with an offset.", {}),
    ({"type": "nope.Nope"}, "This content type does not exist.", {}),
    ({"child_of": "999999"}, "The page given in %(name)s does not exist.", {"name": "child_of"}),
    (
        {"translation_of": "999999"},
        "The page given in %(name)s does not exist.",
        {"name": "translation_of"},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_wagtail_api_errors_are_translated(client, language):
    for query, msgid, values in BAD_REQUESTS:
        response = client.get("/api/v2/pages/", query, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 400, query
        with translation.override(language):
            expected = translation.gettext(msgid) % values
        assert response.json()["message"] == expected, (query, response.json())
        if language != "en":
            assert expected != msgid % values  # the catalogue has it


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "es"])
def test_wagtail_api_misses_are_translated(client, language):
    for path in ("/api/v2/pages/999999/", "/api/v2/images/999999/", "/api/v2/documents/999999/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 404
        with translation.override(language):
            assert response.json() == {
                "message": translation.gettext("There is nothing at this address.")
            }


def test_an_unknown_wagtail_message_keeps_its_detail():
    from hub.opendata.api_messages import translated

    with translation.override("fr"):
        body = translated("something new in Wagtail")
        assert body == {
            "message": translation.gettext(UNKNOWN),
            "detail": "something new in Wagtail",
        }
