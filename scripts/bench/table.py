#!/usr/bin/env python
"""The figures of a ``make bench`` run as the Markdown table of docs/performance.md.

make bench > run.jsonl
.venv/bin/python scripts/bench/table.py run.jsonl
"""

import json
import sys
from collections import defaultdict


def number(value, digits=0):
    if value is None:
        return "—"
    return f"{value:,.{digits}f}" if digits else f"{round(value):,}"


def main(path):
    records = [json.loads(line) for line in open(path) if line.startswith("{")]
    sizes = sorted({r["size"] for r in records if "size" in r})
    rows = defaultdict(dict)  # (page, locale) → {size: {column: value}}
    order = []
    for r in records:
        if r.get("kind") not in ("in_process", "http") or "locale" not in r:
            continue
        key = (r["page"], r["locale"])
        if key not in order:
            order.append(key)
        cell = rows[key].setdefault(r["size"], {})
        if r["kind"] == "in_process":
            cell["queries"] = f"{r['queries']} / {r['queries_cached']}"
            cell["render"] = number(r["render_ms_median"], 1)
        elif r["path"] == "gunicorn":
            cell["rps"] = number(r["rps"], 1)
            cell["latency"] = f"{number(r['p50_ms'], 1)} / {number(r['p99_ms'], 1)}"
        else:
            cell["cached"] = number(r["rps"])
    columns = [
        ("queries", "Queries"),
        ("render", "Render ms"),
        ("rps", "req/s"),
        ("latency", "p50 / p99 ms"),
        ("cached", "cached req/s"),
    ]
    head = ["Page", "Locale"] + [f"{title} {size:,}" for size in sizes for _, title in columns]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for page, locale in order:
        cells = [page, locale]
        for size in sizes:
            cell = rows[(page, locale)].get(size, {})
            cells += [cell.get(name, "—") for name, _ in columns]
        print("| " + " | ".join(cells) + " |")
    print()
    for r in records:
        if r.get("kind") == "http" and r.get("page") == "static_file":
            print(f"- static file through Varnish, {r['size']:,} pages: {number(r['rps'])} req/s")
        elif r.get("kind") in ("publish", "content"):
            fields = {k: v for k, v in r.items() if k != "kind"}
            print(f"- {r['kind']}: {fields}")


if __name__ == "__main__":
    main(sys.argv[1])
