#!/usr/bin/env python
"""Profiles warm in-process requests of one page of a bench database (cProfile).

    .venv/bin/python scripts/bench/profile_page.py --size 1000 --page story --locale en
    .venv/bin/python scripts/bench/profile_page.py --size 1000 --url /en/ --sort tottime

Uses the database ``make bench`` prepared (``hub_bench_1k``…) with production settings,
as the bench's ``measure`` step does; prints the median time and the top functions.
"""

import argparse
import cProfile
import importlib.util
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--page", default="home", help="a page type of scripts/bench/pages.py")
    parser.add_argument("--locale", default="en")
    parser.add_argument("--url", help="profile this URL instead of --page")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--callers", help="also print the callers of functions matching this")
    args = parser.parse_args()

    # scripts/bench.py (the package scripts/bench/ shadows its name): the bench's environment.
    spec = importlib.util.spec_from_file_location("bench_main", ROOT / "scripts" / "bench.py")
    bench_main = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_main)
    env, _database = bench_main.django_env(args.size)
    os.environ.update(env)
    import django

    django.setup()
    from django.test import Client

    from bench.pages import page_urls

    url = args.url or page_urls(args.locale)[args.page]
    client = Client(HTTP_HOST="localhost", HTTP_X_FORWARDED_PROTO="https")
    for _ in range(5):
        response = client.get(url)
    print(f"{url}: {response.status_code}, {len(response.content)} bytes", file=sys.stderr)
    times = []
    for _ in range(args.requests):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    print(f"median {statistics.median(times):.2f} ms unprofiled", file=sys.stderr)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.requests):
        client.get(url)
    profile.disable()
    stats = pstats.Stats(profile).strip_dirs().sort_stats(args.sort)
    stats.print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)


if __name__ == "__main__":
    main()
