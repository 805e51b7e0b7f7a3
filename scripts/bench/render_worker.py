"""Renders pages in process for ``scripts/bench/compare.py``, inside any Wagtail project.

Runs with the project's own Python and settings (the hub's or bakerydemo's), so it imports
nothing but Django and Wagtail. Reads one JSON command a line on standard input and answers
each with one JSON line on standard output:

- ``{"op": "page", "model": "blog.BlogPage", "language": "en", "last": false}``: the first
  (or last) live page of exactly that type in that locale, in tree order: its id and URL;
- ``{"op": "render", "url": ..., "n": 10, "publish": null}``: ``n`` requests through
  Django's test client, middleware included, each timed in milliseconds; with a page id in
  ``publish``, that page is published (not timed) before each request, so each one is
  the first after a publication. ``queries`` counts the SQL queries of one more such request.
"""

import json
import sys
import time


def main():
    import django

    django.setup()
    from django.apps import apps
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page

    headers = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    client = Client(**headers)

    def page(command):
        model = apps.get_model(command["model"])
        pages = Page.objects.live().exact_type(model).order_by("path")
        if command.get("language"):
            pages = pages.filter(locale__language_code=command["language"])
        found = (pages.last() if command.get("last") else pages.first()).specific
        return {"id": found.pk, "url": found.url}

    def publish(page_id):
        Page.objects.get(pk=page_id).specific.save_revision().publish()

    def render(command):
        url, times, queries = command["url"], [], []

        def count(execute, sql, params, many, context):
            queries.append(sql)
            return execute(sql, params, many, context)

        for _ in range(command["n"]):
            if command.get("publish"):
                publish(command["publish"])
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        if command.get("publish"):
            publish(command["publish"])
        with connection.execute_wrapper(count):
            response = client.get(url)
        return {
            "times": times,
            "status": response.status_code,
            "bytes": len(response.content),
            "queries": len(queries),
        }

    operations = {"page": page, "render": render}
    for line in sys.stdin:
        command = json.loads(line)
        try:
            answer = operations[command["op"]](command)
        except Exception as error:  # reported to the orchestrator, which stops
            answer = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
