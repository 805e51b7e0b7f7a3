"""Several gunicorn workers sharing one Redis cache: once an editor's change is committed,
no worker serves the old state, whatever it cached before (docs/performance.md).

The hub runs under gunicorn (3 workers) on the test database (a file copy on SQLite), with
``CACHE_URL`` if it names a Redis server, else a private ``redis-server``. Every page type
is warmed on every worker; then another process (as the admin would) unpublishes a story,
sets a password on a commitment and publishes a new title for a Guide chapter. Of the next
100 requests spread over the workers, none may serve the old state. The same through
Varnish with the shipped VCL, where ``varnishd`` is installed.
"""

import http.client
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
VCL = ROOT / "deploy" / "varnish" / "hub.vcl"
WORKERS = 3
REQUESTS = 100
NEW_TITLE = "A chapter renamed while cached"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path):
    """``(status, headers, body)``, on a new connection each time (the workers take
    turns accepting them)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        conn.close()


def wait_until_up(port, process, path="/en/", seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args[0]} stopped with code {process.returncode}")
        try:
            get(port, path)
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"nothing answered on port {port} within {seconds}s")


def stop(process):
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def redis_url():
    url = os.environ.get("CACHE_URL", "")
    if url.startswith("redis://"):
        yield url
        return
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("needs a shared cache: set CACHE_URL=redis://… or apt-get install redis-server")
    port = free_port()
    process = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(process)


@pytest.fixture(scope="module")
def database_url(django_db_setup, django_db_blocker, tmp_path_factory):
    """A database URL gunicorn's workers can open, holding the demo content."""
    with django_db_blocker.unblock():
        connection.ensure_connection()
        settings = connection.settings_dict
        if connection.vendor == "sqlite":
            # The test database may live in this process's memory only: a file copy.
            path = tmp_path_factory.mktemp("workers") / "hub.sqlite3"
            target = sqlite3.connect(path)
            connection.connection.backup(target)
            target.close()
            yield f"sqlite:///{path}"
        elif connection.vendor == "postgresql":
            # Shared with the other tests: each test undoes its changes.
            yield (
                f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:"
                f"{settings['PORT'] or 5432}/{settings['NAME']}"
            )
        else:
            pytest.skip(f"no live server for {connection.vendor}")


def environment(database, redis, frontend_cache=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": database,
        "CACHE_URL": redis,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("FRONTEND_CACHE_URL", None)
    if frontend_cache:
        env["FRONTEND_CACHE_URL"] = frontend_cache
    return env


def change(env, action, pk, *args):
    subprocess.run(
        [sys.executable, "-m", "tests.performance.change_state", action, str(pk), *args],
        cwd=ROOT,
        env=env,
        check=True,
    )


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    from hub.commitments.models import CommitmentPage
    from hub.guide.models import GuideChapterPage
    from hub.stories.models import StoryPage
    from scripts.bench.pages import page_urls

    with django_db_blocker.unblock():
        urls = page_urls("en")
        urls.pop("search")
        first = {"locale__language_code": "en"}
        story = StoryPage.objects.live().filter(**first).order_by("path").first()
        listing = story.get_parent()
        return {
            "urls": urls,
            "story": story,
            "listing": listing,
            # Counted once per publication in the application cache: stale on a worker
            # that keeps its own cache.
            "listing_count": StoryPage.objects.child_of(listing).live().count(),
            "commitment": CommitmentPage.objects.live().filter(**first).order_by("path").first(),
            "chapter": GuideChapterPage.objects.live().filter(**first).order_by("path").first(),
        }


@pytest.fixture
def gunicorn(database_url, redis_url):
    port = free_port()
    env = environment(database_url, redis_url)
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "tests.performance.worker_wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(port, process)
        yield port
    finally:
        stop(process)


def warm_every_worker(port, urls):
    """Each URL served (and so cached) by every worker."""
    for name, url in urls.items():
        served_by = set()
        for _ in range(60 * WORKERS):
            status, headers, _body = get(port, url)
            assert status == 200, (name, url, status)
            served_by.add(headers["X-Hub-Worker"])
            if len(served_by) == WORKERS:
                break
        assert len(served_by) == WORKERS, f"{name}: served by {len(served_by)} workers only"


def old_states(port, checks):
    """How many of ``REQUESTS`` requests over ``checks`` ({url: is_new_state}) served the
    old state, and which workers answered."""
    old, workers = [], set()
    urls = list(checks)
    for i in range(REQUESTS):
        url = urls[i % len(urls)]
        status, headers, body = get(port, url)
        workers.add(headers.get("X-Hub-Worker"))
        if not checks[url](status, headers, body):
            old.append((url, status))
    return old, workers


def is_private(headers):
    words = {w.strip() for w in headers.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= words


def changed_states(pages):
    story, commitment, chapter = pages["story"], pages["commitment"], pages["chapter"]
    remaining = f"{pages['listing_count'] - 1} items"
    return {
        story.url: lambda status, headers, body: status == 404,
        pages["listing"].url: lambda status, headers, body: status == 200 and remaining in body,
        commitment.url: lambda status, headers, body: (
            status == 200
            and 'name="password"' in body
            and commitment.title not in body
            and is_private(headers)
        ),
        chapter.url: lambda status, headers, body: status == 200 and NEW_TITLE in body,
    }


def make_changes(env, pages):
    change(env, "unpublish", pages["story"].pk)
    change(env, "restrict", pages["commitment"].pk)
    change(env, "retitle", pages["chapter"].pk, NEW_TITLE)


def undo_changes(env, pages):
    change(env, "republish", pages["story"].pk)
    change(env, "unrestrict", pages["commitment"].pk)
    change(env, "retitle", pages["chapter"].pk, pages["chapter"].title)


def test_no_worker_serves_the_old_state(gunicorn, pages, database_url, redis_url):
    env = environment(database_url, redis_url)
    urls = {
        **pages["urls"],
        **{k: pages[k].url for k in ("story", "listing", "commitment", "chapter")},
    }
    warm_every_worker(gunicorn, urls)
    try:
        make_changes(env, pages)
        old, workers = old_states(gunicorn, changed_states(pages))
    finally:
        undo_changes(env, pages)  # the next test (and, on PostgreSQL, the others) reuse it
    assert len(workers) == WORKERS, f"requests reached {len(workers)} workers only"
    assert old == [], f"{len(old)} of {REQUESTS} requests served the old state: {old[:5]}"


@pytest.fixture
def varnish(gunicorn, tmp_path):
    varnishd = shutil.which("varnishd")
    if not varnishd:
        pytest.skip("varnishd is not installed: the same test through Varnish is skipped")
    port = free_port()
    vcl = tmp_path / "hub.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{gunicorn}";'))
    process = subprocess.Popen(
        [
            varnishd,
            "-F",
            # No privilege separation: run as this user (as root, varnishd would switch to
            # its own user, which cannot read pytest's private temporary directory).
            "-j",
            "none",
            "-f",
            str(vcl),
            "-a",
            f"127.0.0.1:{port}",
            "-n",
            tempfile.mkdtemp(dir=tmp_path),
            "-s",
            "malloc,64m",
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_until_up(port, process)
        yield port
    finally:
        stop(process)


def test_varnish_serves_no_old_state(varnish, pages, database_url, redis_url):
    env = environment(database_url, redis_url, frontend_cache=f"http://127.0.0.1:{varnish}")
    urls = {
        **pages["urls"],
        **{k: pages[k].url for k in ("story", "listing", "commitment", "chapter")},
    }
    for url in urls.values():
        get(varnish, url)
        status, headers, _body = get(varnish, url)
        assert status == 200 and headers.get("X-Cache") == "HIT", (url, headers)
    try:
        make_changes(env, pages)
        old, _workers = old_states(varnish, changed_states(pages))
    finally:
        undo_changes(env, pages)  # the next test (and, on PostgreSQL, the others) reuse it
    assert old == [], f"{len(old)} of {REQUESTS} requests served the old state: {old[:5]}"
