"""Many pages, made cheaply: plain ``Page`` rows written with ``bulk_create`` under a
locale's home page (treebeard paths computed here), for scale tests of search and exports."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from hub.pages.models import HomePage

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node.alphabet


def _step(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(Page.steplen, "0")


def make_pages(count, word, language="en"):
    """``count`` live pages titled "<word> <n>" under the home page of ``language``."""
    locale = Locale.objects.get(language_code=language)
    home = HomePage.objects.get(locale=locale)
    last = home.get_last_child()
    first = int(last.path[-Page.steplen :], len(ALPHABET)) + 1 if last else 1
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(Page)
    pages = []
    for n in range(count):
        slug = f"{word}-{n}"
        pages.append(
            Page(
                title=f"{word.capitalize()} {n}",
                draft_title=f"{word.capitalize()} {n}",
                slug=slug,
                path=home.path + _step(first + n),
                depth=home.depth + 1,
                numchild=0,
                url_path=f"{home.url_path}{slug}/",
                live=True,
                first_published_at=now,
                last_published_at=now,
                locale=locale,
                translation_key=uuid.uuid4(),
                content_type=content_type,
            )
        )
    created = Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=home.pk).update(numchild=F("numchild") + count)
    return created
