"""The steps of ``scripts/bench.py`` that run inside Django, one child process each.

Each prints its figures as JSON lines on standard output.
"""

import json
import statistics
import sys
import time
import urllib.request


def run(step, size, args):
    import django

    django.setup()
    {"prepare": prepare, "measure": measure, "publish": publish}[step](size, args)


def emit(record):
    print(json.dumps(record, ensure_ascii=False), flush=True)


def log(message):
    print(message, file=sys.stderr, flush=True)


def prepare(size, args):
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.models import Page

    from hub.pages.models import HomePage

    from .generate import generate, generated_count

    call_command("migrate", verbosity=0, interactive=False)
    if not HomePage.objects.exists():
        log("Demo content…")
        call_command("load_hub_content", verbosity=0)
    missing = size - generated_count()
    if missing > 0:
        log(f"Generating {missing} pages…")
        started = time.perf_counter()
        generate(pages=missing)
        log(f"  done in {time.perf_counter() - started:.0f}s")
    if settings.ELASTICSEARCH_URL and (missing > 0 or not search_indexed()):
        log("Indexing for search (about 3.5 minutes at 100,000 pages)…")
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        log(f"  done in {time.perf_counter() - started:.0f}s")
    call_command("collectstatic", verbosity=0, interactive=False)
    emit(
        {
            "kind": "content",
            "size": size,
            "pages": Page.objects.filter(depth__gt=1).count(),
            "generated": generated_count(),
        }
    )


def search_indexed():
    """Whether this database's pages are in Elasticsearch (its own index prefix)."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    return backend.es.indices.exists(index=backend.get_index_for_model(Page).name).body


def recording(queries):
    """A database execute wrapper that notes each query (whatever DEBUG says)."""

    def wrapper(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def measure(size, args):
    from django.db import connection
    from django.test import Client

    from hub.cache import content

    from .pages import page_urls

    client = Client(HTTP_HOST="localhost", HTTP_X_FORWARDED_PROTO="https")
    wanted = set(filter(None, args.pages.split(",")))
    for language in filter(None, args.locales.split(",")):
        for page, url in page_urls(language).items():
            if wanted and page not in wanted:
                continue
            for _ in range(5):  # warm: caches, connections, templates
                response = client.get(url)
            # The first request after a publication, nothing of the content cached; then
            # the next one, served from the cache.
            content.new_generation()
            queries, cached_queries = [], []
            with connection.execute_wrapper(recording(queries)):
                response = client.get(url)
            with connection.execute_wrapper(recording(cached_queries)):
                client.get(url)
            times = []
            deadline = time.perf_counter() + args.max_seconds
            while len(times) < args.requests and time.perf_counter() < deadline:
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            emit(
                {
                    "kind": "in_process",
                    "size": size,
                    "locale": language,
                    "page": page,
                    "url": url,
                    "status": response.status_code,
                    "bytes": len(response.content),
                    "queries": len(queries),
                    "queries_cached": len(cached_queries),
                    "render_ms_median": round(statistics.median(times), 2),
                    "requests": len(times),
                }
            )


def publish(size, args):
    """Seconds from the editor's "Publish" to a reader of the cache seeing the change."""
    from hub.stories.models import StoryIndexPage, StoryPage

    cache = f"http://127.0.0.1:{args.varnish_port}"
    headers = {"Host": "localhost", "X-Forwarded-Proto": "https"}

    def read(url):
        request = urllib.request.Request(cache + url, headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("X-Cache"), response.read().decode()

    listing = StoryIndexPage.objects.get(locale__language_code="en")
    # The newest story: on the listing's first page.
    story = StoryPage.objects.child_of(listing).live().order_by("-date", "title").first()
    original = story.title
    for url in (story.url, listing.url):
        read(url)
        hit, _body = read(url)
        assert hit == "HIT", f"{url} is not cached ({hit})"
    new_title = f"{original} ({time.time_ns()})"
    story.title = new_title
    started = time.perf_counter()
    story.save_revision().publish()
    published = time.perf_counter()
    seen = {}
    while len(seen) < 2 and time.perf_counter() - started < 10:
        for name, url in (("page", story.url), ("listing", listing.url)):
            if name not in seen and new_title in read(url)[1]:
                seen[name] = time.perf_counter() - started
        time.sleep(0.005)
    emit(
        {
            "kind": "publish",
            "size": size,
            "publish_s": round(published - started, 3),
            "page_visible_s": round(seen["page"], 3) if "page" in seen else None,
            "listing_visible_s": round(seen["listing"], 3) if "listing" in seen else None,
            # From the commit (the end of publish()) to the last of the two being visible.
            "after_commit_s": (
                round(max(seen.values()) - (published - started), 3) if len(seen) == 2 else None
            ),
        }
    )
    story.title = original
    story.save_revision().publish()
