"""Load test: a realistic mix of readers against gunicorn + PostgreSQL (+ Elasticsearch).

    make load                       # 32 users for 5 minutes
    .venv/bin/python scripts/load.py --users 32 --duration 5m [--no-setup]

Prepares a separate database (``LOAD_DATABASE_URL``, default
``postgres://hub:hub@127.0.0.1:5432/hub_load``) with the demo content, indexes it in
Elasticsearch when ``ELASTICSEARCH_URL`` is set (index prefix ``hub_load_``), starts
gunicorn with the production settings on 127.0.0.1, and runs Locust headless with
``scripts/loadtest/locustfile.py``: 70% page views across page types and languages, 25%
searches with facets, 5% API calls. Prints throughput, p50/p95/p99 and the error count;
exits 1 if any request failed. See docs/operations.md.
"""

import argparse
import csv
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def environment(args):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=args.database_url,
        ELASTICSEARCH_INDEX_PREFIX="hub_load_",
        LOG_LEVEL="WARNING",
    )
    return env


def create_database(url):
    """Creates the load database if it does not exist (the role needs CREATEDB)."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def manage(env, *command):
    subprocess.run([str(BIN / "python"), "manage.py", *command], cwd=ROOT, env=env, check=True)


def setup(env, urls_file):
    print("Preparing the load database and static files…", flush=True)
    create_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_hub_content", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    if env.get("ELASTICSEARCH_URL"):
        manage(env, "update_index", "-v0")
    code = f"from scripts.loadtest.targets import dump; dump({str(urls_file)!r})"
    manage(env, "shell", "-c", code)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(server, url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped: see its log in the output folder")
        try:
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
            urllib.request.urlopen(request, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer on {url}")


def summary(csv_prefix):
    with open(f"{csv_prefix}_stats.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    print(
        "\n{:<28} {:>8} {:>7} {:>8} {:>8} {:>8} {:>8}".format(
            "request", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms"
        )
    )
    for row in rows:
        print(
            "{:<28} {:>8} {:>7} {:>8.1f} {:>8} {:>8} {:>8}".format(
                (row["Type"] + " " + row["Name"])[:28] if row["Name"] != "Aggregated" else "TOTAL",
                row["Request Count"],
                row["Failure Count"],
                float(row["Requests/s"]),
                row["50%"],
                row["95%"],
                row["99%"],
            )
        )
    return int(total["Failure Count"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--spawn-rate", type=float, default=4)
    parser.add_argument("--duration", default="5m", help="Locust run time, e.g. 90s, 5m")
    parser.add_argument("--port", type=int, help="default: a free port")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--no-setup", action="store_true", help="Reuse the prepared database")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("LOAD_DATABASE_URL", "postgres://hub:hub@127.0.0.1:5432/hub_load"),
    )
    parser.add_argument("--output", default=str(ROOT / "load-results"))
    args = parser.parse_args()

    output = Path(args.output)
    output.mkdir(exist_ok=True)
    urls_file = output / "targets.json"
    env = environment(args)
    env["STATIC_ROOT"] = str(output / "static")
    if not args.no_setup:
        setup(env, urls_file)

    port = args.port or free_port()
    host = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "hub.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--access-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=open(output / "gunicorn.log", "w"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(server, host + "/en/")
        print(f"Locust: {args.users} users for {args.duration} against {host}…", flush=True)
        csv_prefix = str(output / "load")
        subprocess.run(
            [
                str(BIN / "locust"),
                "-f",
                str(ROOT / "scripts/loadtest/locustfile.py"),
                "--headless",
                "--users",
                str(args.users),
                "--spawn-rate",
                str(args.spawn_rate),
                "--run-time",
                args.duration,
                "--host",
                host,
                "--csv",
                csv_prefix,
                "--only-summary",
                "--stop-timeout",
                "10",
            ],
            cwd=ROOT,
            env={**env, "LOAD_TARGETS": str(urls_file)},
            check=False,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = summary(csv_prefix)
    print(f"\nErrors: {errors}. Server log: {output / 'gunicorn.log'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
