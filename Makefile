# The hub's two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install messages lint check bench elasticsearch-start elasticsearch-stop

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
test: install
	PY=$(PY) scripts/test.sh $(ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py makemigrations --check --dry-run

elasticsearch-start:
	scripts/elasticsearch.sh start

elasticsearch-stop:
	scripts/elasticsearch.sh stop
