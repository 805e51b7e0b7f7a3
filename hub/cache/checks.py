"""``manage.py check --deploy``: production needs one cache shared by every worker.

With a per-process cache, a publication clears only the worker that handled it: the
others keep serving what it replaced (docs/performance.md). Set ``CACHE_URL`` to a Redis
server.
"""

from django.conf import settings
from django.core import checks

PER_PROCESS = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
ONE_MACHINE = {"django.core.cache.backends.filebased.FileBasedCache"}


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS:
        return [
            checks.Error(
                f"The default cache ({backend}) is not shared between workers: a "
                "publication would reach only the worker that handled it.",
                hint="Set CACHE_URL to a Redis server, e.g. redis://127.0.0.1:6379/0.",
                id="hub.E001",
            )
        ]
    if backend in ONE_MACHINE:
        return [
            checks.Warning(
                "The default cache is a file cache: shared by the workers of one machine "
                "only, not by several app servers.",
                hint="Set CACHE_URL to a Redis server, e.g. redis://127.0.0.1:6379/0.",
                id="hub.W001",
            )
        ]
    return []
