"""RSS 2.0 and Atom 1.0 feeds of pages (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from search.indexing import page_themes

FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
FEED_SIZE = 30


class PageFeed(Feed):
    """A feed of the pages given to the view: ``PageFeed("atom")(request, title=…,
    link=…, description=…, language=…, pages=…)``."""

    def __init__(self, kind):
        super().__init__()
        self.feed_type = FEED_TYPES[kind]

    def get_object(self, request, **spec):
        spec["feed_url"] = request.build_absolute_uri()
        spec["items"] = [
            {
                "title": page.title,
                "link": page.get_full_url(request),
                "description": getattr(page, "introduction", ""),
                "pubdate": page.first_published_at,
                "updateddate": page.last_published_at,
                "categories": page_themes(page),
                "guid": page.get_full_url(request),
            }
            for page in spec.pop("pages")
        ]
        return spec

    def title(self, spec):
        return spec["title"]

    def link(self, spec):
        return spec["link"]

    def feed_url(self, spec):
        return spec["feed_url"]

    def description(self, spec):
        return spec["description"]

    def subtitle(self, spec):
        return spec["description"]

    def feed_copyright(self, spec):
        return "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"

    def items(self, spec):
        return spec["items"]

    def item_title(self, item):
        return item["title"]

    def item_link(self, item):
        return item["link"]

    def item_description(self, item):
        return item["description"]

    def item_pubdate(self, item):
        return item["pubdate"]

    def item_updateddate(self, item):
        return item["updateddate"]

    def item_categories(self, item):
        return item["categories"]

    def item_guid(self, item):
        return item["guid"]

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj["language"]
        return feed


def feed_response(kind, request, **spec):
    return PageFeed(kind)(request, **spec)
