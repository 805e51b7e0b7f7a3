from wagtail.contrib.frontend_cache.backends import BaseBackend


class RecordingBackend(BaseBackend):
    """A front-end cache that writes down what it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)
