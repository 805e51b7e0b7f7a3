#!/usr/bin/env python
"""``make bench``: how fast the hub answers at 1,000 and at 100,000 pages.

For each size, on its own PostgreSQL database (``hub_bench_1k``, ``hub_bench_100k``):

1. prepare: migrate, demo content, generated pages (``scripts/bench/generate.py``),
   static files;
2. in process, for each page type and locale: SQL queries per request and the median
   time of 100 warm requests through Django's test client (middleware included);
3. gunicorn on 127.0.0.1 under ``wrk``: requests per second, p50 and p99 latency;
4. the same URLs through Varnish (``deploy/varnish/hub.vcl``), a static file through
   Varnish for comparison, and the time a publication takes to reach readers.

Figures go to standard output as JSON lines (progress to standard error), so runs can be
compared: ``make bench > run.jsonl``. See docs/performance.md.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
WORK = Path(os.environ.get("BENCH_WORK_DIR", "/tmp/hub-bench"))
LANGUAGES = ["en", "fr", "es"]
DATABASES = {1_000: "hub_bench_1k", 100_000: "hub_bench_100k"}
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://hub:hub@127.0.0.1:5432")
SECRET_KEY = secrets.token_urlsafe(64)  # this run's; production settings demand one
HOST = "localhost"  # the Site's hostname
# Production settings redirect plain HTTP; the proxy in front says it terminated TLS.
HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https"}


def log(message):
    print(message, file=sys.stderr, flush=True)


def emit(record, out):
    line = json.dumps(record, ensure_ascii=False)
    print(line, flush=True)
    out.write(line + "\n")
    out.flush()


# --- Environment ---------------------------------------------------------------------------
def ensure_tools():
    missing = [tool for tool in ("wrk", "varnishd") if shutil.which(tool) is None]
    if missing:
        packages = {"wrk": "wrk", "varnishd": "varnish"}
        log(f"Installing {', '.join(missing)} with apt-get…")
        subprocess.run(["apt-get", "install", "-y", "-q"] + [packages[m] for m in missing])
    if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode != 0:
        log("Starting PostgreSQL…")
        subprocess.run(["pg_ctlcluster", "15", "main", "start"], check=True)


def django_env(size, varnish_port=None):
    database = DATABASES.get(size, f"hub_bench_{size}")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", SECRET_KEY),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": f"{PG_URL}/{database}",
        "CACHE_URL": f"file://{WORK / 'cache' / database}",
        "STATIC_ROOT": str(WORK / "static"),
        "LOG_LEVEL": "WARNING",
        "RATELIMIT_ENABLE": "0",  # wrk is one client: throughput, not rate limits
        "PYTHONPATH": str(ROOT),
    }
    if env.get("ELASTICSEARCH_URL"):  # each size's content in its own indexes
        env["ELASTICSEARCH_INDEX_PREFIX"] = f"{database}_"
    if varnish_port:
        env["FRONTEND_CACHE_URL"] = f"http://127.0.0.1:{varnish_port}"
    return env, database


def run_step(step, size, args, varnish_port=None):
    """Runs a Django step of this script in a child process; returns its JSON lines."""
    env, _database = django_env(size, varnish_port)
    command = [PY, __file__, "--step", step, "--size", str(size)]
    command += ["--requests", str(args.requests), "--max-seconds", str(args.max_seconds)]
    command += ["--varnish-port", str(args.varnish_port)]
    command += ["--pages", args.pages, "--locales", args.locales]
    result = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"bench step {step} failed for {size} pages")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def create_database(database):
    url = f"{PG_URL}/postgres"
    exists = subprocess.run(
        ["psql", url, "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{database}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", url, "-qc", f'CREATE DATABASE "{database}"'], check=True)


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            fetch(url)
            return
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {timeout}s")


def fetch(url):
    request = urllib.request.Request(url, headers=HEADERS)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), response.read().decode()


def warm(url):
    """Loads ``url`` once; after a slow page's wrk run, the app servers may lag behind."""
    try:
        request = urllib.request.Request(url, headers=HEADERS)
        urllib.request.urlopen(request, timeout=120).read()
    except OSError as error:
        log(f"could not load {url}: {error}")


# --- wrk -------------------------------------------------------------------------------------
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, args):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s"]
    command += ["--latency", "--timeout", "10s"]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(command + [url], capture_output=True, text=True).stdout

    def latency(percentile):
        match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        return round(float(match[1]) * UNITS[match[2]], 2) if match else None

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(rps[1]) if rps else None,
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "non_2xx": int(errors[1]) if errors else 0,
        "socket_errors": socket_errors[1] if socket_errors else None,
    }


# --- Servers ---------------------------------------------------------------------------------
class Gunicorn:
    def __init__(self, size, args):
        self.env, _ = django_env(size, args.varnish_port)
        self.port = args.app_port
        self.args = args

    def __enter__(self):
        command = [str(Path(PY).parent / "gunicorn"), "hub.wsgi:application"]
        command += ["--workers", str(self.args.workers), "--bind", f"127.0.0.1:{self.port}"]
        self.process = subprocess.Popen(command, env=self.env, cwd=ROOT)
        wait_for(f"http://127.0.0.1:{self.port}/en/")
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


class Varnish:
    def __init__(self, args):
        self.args = args
        self.workdir = WORK / "varnish"

    def __enter__(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        # varnishd reads the VCL as its own user: the work directory must let it in (the
        # file cache of the app, in it, makes it private).
        for directory in (WORK, self.workdir):
            directory.chmod(0o755)
        vcl = (ROOT / "deploy" / "varnish" / "hub.vcl").read_text()
        vcl = vcl.replace('.port = "8000";', f'.port = "{self.args.app_port}";')
        vcl_path = self.workdir / "hub.vcl"
        vcl_path.write_text(vcl)
        command = ["varnishd", "-F", "-n", str(self.workdir / "instance")]
        command += ["-a", f"127.0.0.1:{self.args.varnish_port}", "-f", str(vcl_path)]
        command += ["-s", "malloc,256m", "-T", "127.0.0.1:0"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        wait_for(f"http://127.0.0.1:{self.args.varnish_port}/static/hub/hub.css")
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


# --- The run ---------------------------------------------------------------------------------
def bench_size(size, args, out):
    _env, database = django_env(size)
    log(f"== {size} pages ({database})")
    create_database(database)
    for record in run_step("prepare", size, args):
        emit(record, out)
    if args.prepare_only:
        return
    log("In-process: queries and render times…")
    # Search pages last: slow, they would hold the app servers during the next runs.
    pages = sorted(run_step("measure", size, args), key=lambda r: r["page"] == "search")
    for record in pages:
        emit(record, out)
    if args.skip_http:
        return
    with Gunicorn(size, args), Varnish(args):
        app = f"http://127.0.0.1:{args.app_port}"
        cache = f"http://127.0.0.1:{args.varnish_port}"
        for record in pages:
            log(f"wrk {record['locale']} {record['page']}…")
            base = {"kind": "http", "size": size, "locale": record["locale"]}
            base |= {"page": record["page"]}
            emit({**base, "path": "gunicorn", **wrk(app + record["url"], args)}, out)
            warm(app + "/static/hub/hub.css")  # waits for the requests wrk left queued
            warm(cache + record["url"])  # into the cache
            emit({**base, "path": "varnish", **wrk(cache + record["url"], args)}, out)
        static = {"kind": "http", "size": size, "page": "static_file", "path": "varnish"}
        warm(cache + "/static/hub/hub.css")
        emit({**static, **wrk(cache + "/static/hub/hub.css", args)}, out)
        for record in run_step("publish", size, args, varnish_port=args.varnish_port):
            emit(record, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,100000", help="comma-separated page counts")
    parser.add_argument("--requests", type=int, default=100, help="in-process requests per page")
    parser.add_argument(
        "--max-seconds", type=float, default=20, help="in-process time cap per page"
    )
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per URL")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--app-port", type=int, default=8931)
    parser.add_argument("--varnish-port", type=int, default=6931)
    parser.add_argument("--skip-http", action="store_true", help="in-process figures only")
    parser.add_argument(
        "--pages", default="", help="comma-separated page types to measure (default: all)"
    )
    parser.add_argument("--locales", default="en,fr,es", help="comma-separated locales")
    parser.add_argument(
        "--prepare-only", action="store_true", help="create the content, measure nothing"
    )
    parser.add_argument(
        "--skip-bakerydemo", action="store_true", help="no side-by-side run with bakerydemo"
    )
    parser.add_argument(
        "--bakerydemo-only", action="store_true", help="only the side-by-side run (SQLite)"
    )
    parser.add_argument(
        "--publish-requests",
        type=int,
        default=40,
        help="side-by-side requests per page right after a publication",
    )
    parser.add_argument(
        "--chunk", type=int, default=10, help="side-by-side requests per turn of each project"
    )
    parser.add_argument("--out", type=Path, default=WORK / "results.jsonl")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        from bench import steps

        return steps.run(args.step, args.size, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not args.skip_bakerydemo:
        from bench import compare

        args.work = str(WORK)
        with args.out.open("a") as out:
            compare.compare(args, out, emit)
    if args.bakerydemo_only:
        return
    ensure_tools()
    with args.out.open("a") as out:
        for size in [int(s) for s in args.sizes.split(",")]:
            bench_size(size, args, out)
    log(f"Figures appended to {args.out}")


if __name__ == "__main__":
    sys.exit(main())
