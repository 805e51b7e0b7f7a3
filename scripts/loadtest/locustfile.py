"""Locust users of ``scripts/load.py``: 70% page views, 25% searches with facets, 5% API.

Requests carry ``X-Forwarded-Proto: https`` as the TLS proxy in front of gunicorn would, and
each user its own ``X-Forwarded-For`` as Varnish would: the rate limits (hub/ops/limits.py)
count each reader apart, not all of them as one client on 127.0.0.1.
"""

import json
import os
import random

from locust import HttpUser, between, task

with open(os.environ["LOAD_TARGETS"]) as f:
    TARGETS = json.load(f)
PAGES = [(kind, url) for kind, urls in TARGETS["pages"].items() for url in urls]
LANGUAGES = list(TARGETS["words"])
HEADERS = {"X-Forwarded-Proto": "https"}


class Reader(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        address = f"198.18.{random.randrange(256)}.{random.randrange(1, 255)}"
        self.client.headers.update({"X-Forwarded-For": address})

    @task(70)
    def page(self):
        kind, url = random.choice(PAGES)
        self.client.get(url, headers=HEADERS, name=f"page {kind}")

    @task(25)
    def search(self):
        language = random.choice(LANGUAGES)
        params = {"q": random.choice(TARGETS["words"][language])}
        if random.random() < 0.5 and TARGETS["themes"]:
            params["theme"] = random.choice(TARGETS["themes"])
        if random.random() < 0.2:
            params["type"] = random.choice(["story", "guide-chapter", "commitment", "award"])
        if random.random() < 0.2:
            params["sort"] = "date"
        self.client.get(f"/{language}/search/", params=params, headers=HEADERS, name="search")

    @task(4)
    def api_search(self):
        language = random.choice(LANGUAGES)
        params = {"q": random.choice(TARGETS["words"][language]), "locale": language}
        if random.random() < 0.5 and TARGETS["members"]:
            params["member"] = random.choice(TARGETS["members"])
        self.client.get("/api/search/", params=params, headers=HEADERS, name="api search")

    @task(1)
    def api_autocomplete(self):
        language = random.choice(LANGUAGES)
        word = random.choice(TARGETS["words"][language])[:4]
        self.client.get(
            "/api/search/autocomplete/",
            params={"q": word, "locale": language},
            headers=HEADERS,
            name="api autocomplete",
        )
