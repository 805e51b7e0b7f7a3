# The hub's two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install messages lint check bench bench-bakerydemo bench-search bench-export load elasticsearch-start elasticsearch-stop screenshots

$(VENV)/.installed: pyproject.toml
	@echo "Installing the hub's Python dependencies into $(VENV)…"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed messages

# Compiled catalogues are built here, never committed.
messages: $(VENV)/.installed
	$(PY) scripts/compile_messages.py

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_hub_content
	@echo "The hub is at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# Starts a local Elasticsearch node when ELASTICSEARCH_URL is unset, so that search
# tests always run against a real server; stops it afterwards.
test: install node_modules/.package-lock.json
	PY=$(PY) scripts/test.sh $(ARGS)

# axe-core for the browser tests (tests/browser); they drive /usr/bin/chromium
# (Debian's `chromium` package: .ci/run installs it).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# Screenshots of every page type in en/fr/es at 1280 and 390 px (tests/browser/test_design.py),
# into $(SCREENSHOTS) (git-ignored). Uses ELASTICSEARCH_URL when set, else the database backend.
SCREENSHOTS ?= screenshots
screenshots: install node_modules/.package-lock.json
	HUB_SCREENSHOTS=$(abspath $(SCREENSHOTS)) $(PY) -m pytest tests/browser/test_design.py -k test_screenshots -q $(ARGS)
	@echo "Screenshots in $(SCREENSHOTS)/"

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

check: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py makemigrations --check --dry-run

# First each page type's median render side by side with wagtail/bakerydemo (SQLite; needs
# its source: BAKERYDEMO=/path/to/bakerydemo, see docs/performance.md), then queries, render
# times and throughput per page type and locale at 1,000 and 100,000 pages, with and
# without Varnish, as JSON lines.
bench: install
	$(PY) scripts/bench.py $(ARGS)

# Only the side-by-side run with bakerydemo.
bench-bakerydemo: install
	$(PY) scripts/bench.py --bakerydemo-only $(ARGS)

bench-export: install
	$(PY) scripts/bench_export.py

# Search at scale: reindex time, search latency (Elasticsearch and database), time from
# publication to search results, as JSON lines. Needs Elasticsearch (ELASTICSEARCH_URL,
# default http://127.0.0.1:9201); uses hub_bench_* indexes and a temporary SQLite database
# (docs/performance.md's figures: ARGS="--database-url postgres://…/<empty database>").
PAGES ?= 10000
bench-search: install
	$(PY) scripts/bench_search.py --pages $(PAGES) $(ARGS)

elasticsearch-start:
	scripts/elasticsearch.sh start

elasticsearch-stop:
	scripts/elasticsearch.sh stop

# Load test (docs/operations.md): gunicorn + PostgreSQL (+ Elasticsearch when
# ELASTICSEARCH_URL is set), 32 users for 5 minutes; fails on any error.
load: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[load]"
	$(PY) scripts/load.py $(ARGS)
