"""The language switcher never leads to a 404."""

import re

import pytest
from wagtail.models import Locale

from hub.stories.models import StoryIndexPage, StoryPage
from hub.taxonomy.models import Member

pytestmark = pytest.mark.django_db


def switcher_links(html):
    nav = html[html.index('class="languages"') :]
    nav = nav[: nav.index("</nav>")]
    return dict((lang, url) for url, lang in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav))


def test_switcher_links_to_each_translation(client):
    story = StoryPage.objects.live().filter(locale__language_code="en").first()
    links = switcher_links(client.get(story.get_url()).content.decode())
    assert set(links) == {"fr", "es"}
    for language, url in links.items():
        assert url == story.get_translation(Locale.objects.get(language_code=language)).get_url()
        assert client.get(url).status_code == 200


def test_untranslated_page_falls_back_to_its_source_with_a_notice(client):
    french = Locale.objects.get(language_code="fr")
    index = StoryIndexPage.objects.get(locale=french)
    story = StoryPage(
        title="Une histoire pas encore traduite",
        slug="pas-encore-traduite",
        date="2025-01-01",
        member=Member.objects.filter(locale=french).first(),
        locale=french,
    )
    index.add_child(instance=story)
    story.save_revision().publish()

    links = switcher_links(client.get(story.get_url()).content.decode())
    assert set(links) == {"en", "es"}
    for language, url in links.items():
        assert url == f"{story.get_url()}?unavailable={language}"
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="status"' in html
        assert '<html lang="fr">' in html
