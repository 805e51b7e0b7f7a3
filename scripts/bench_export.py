#!/usr/bin/env python
"""``make bench-export``: exports stream, so their memory does not grow with their size.

In a throwaway SQLite database (a temporary folder, deleted afterwards): one commitment,
then 10,000 and 100,000 milestones (``bulk_create``, the fast path). For each size, the
milestones export (``/en/commitments/?format=csv|json&dataset=milestones``) is read through
Django's test client chunk by chunk, as a download would be, measuring its time, the
Python allocation peak (tracemalloc) and the process's peak resident memory.

One JSON line per measurement on standard output, e.g.
``{"format": "csv", "rows": 100000, "seconds": 4.1, "tracemalloc_peak_mb": 3.2, ...}``:
the tracemalloc peak stays flat from 10,000 to 100,000 rows when exports stream.
"""

import datetime
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = [10_000, 100_000]


def setup_django(folder):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.pop("ELASTICSEARCH_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build_tree():
    from wagtail.models import Locale, Page, Site

    from hub.commitments.models import CommitmentIndexPage, CommitmentPage
    from hub.pages.models import HomePage
    from hub.taxonomy.models import Member

    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Hub", slug="hub", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    index = home.add_child(instance=CommitmentIndexPage(title="Commitments", slug="commitments"))
    member = Member.objects.create(
        name="Chile", slug="cl", kind="national", country="CL", region="americas", locale=locale
    )
    commitment = CommitmentPage(
        title="Open data",
        member=member,
        level="national",
        plan_start_year=2024,
        plan_end_year=2026,
    )
    index.add_child(instance=commitment)
    commitment.save_revision().publish()
    return commitment, locale


def add_milestones(commitment, locale, count, start):
    from hub.commitments.models import Milestone

    day = datetime.date(2024, 1, 1)
    batch = [
        Milestone(
            page_id=commitment.pk,
            locale=locale,
            translation_key=uuid.uuid4(),
            sort_order=start + i,
            description=f"Milestone {start + i}: publish the register of beneficial owners",
            start_date=day,
            end_date=day,
        )
        for i in range(count)
    ]
    Milestone.objects.bulk_create(batch, batch_size=5_000)


def download(fmt):
    from django.test import Client

    response = Client(HTTP_HOST="localhost").get(
        f"/en/commitments/?format={fmt}&dataset=milestones"
    )
    assert response.status_code == 200 and response.streaming, response.status_code
    return response


def measure(fmt, rows):
    """Time without tracemalloc (which slows Python down), then memory with it."""
    started = time.perf_counter()
    for _chunk in download(fmt).streaming_content:
        pass
    seconds = time.perf_counter() - started
    tracemalloc.start()
    size = lines = 0
    for chunk in download(fmt).streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "format": fmt,
        "rows": rows,
        "lines": lines,
        "megabytes_sent": round(size / 1e6, 1),
        "seconds": round(seconds, 2),
        "tracemalloc_peak_mb": round(peak / 1e6, 2),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main():
    with tempfile.TemporaryDirectory(prefix="hub-bench-export-") as folder:
        setup_django(folder)
        from django.core.cache import cache
        from django.test.utils import setup_test_environment

        setup_test_environment()
        commitment, locale = build_tree()
        made = 0
        for size in SIZES:
            add_milestones(commitment, locale, size - made, made)
            made = size
            for fmt in ("csv", "json"):
                cache.clear()  # the rate limit
                print(json.dumps(measure(fmt, size)), flush=True)


if __name__ == "__main__":
    main()
