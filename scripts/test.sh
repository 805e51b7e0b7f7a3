#!/usr/bin/env bash
# Runs the hub's checks and test suite.
#
# With ELASTICSEARCH_URL set: one pytest run, every test on that node and on DATABASE_URL
# (CI's second configuration: PostgreSQL + Elasticsearch + Redis, see .ci/run).
# Without it (a fresh clone, nothing set): the embedded default that `make run` uses, SQLite
# (or DATABASE_URL) with Wagtail's database search backend, for every test but those marked
# `search`; then those, against the project's own Elasticsearch node
# (scripts/elasticsearch.sh), started for the run and stopped afterwards: they never skip.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export DJANGO_SETTINGS_MODULE=hub.settings.test

set -e
"$PY" -m ruff check .
"$PY" -m ruff format --check .
# The layers only point down (pyproject.toml [tool.importlinter], docs/architecture.md).
"$(dirname "$PY")/lint-imports"
"$PY" manage.py check --fail-level WARNING
"$PY" manage.py makemigrations --check --dry-run
set +e

if [ -n "${ELASTICSEARCH_URL:-}" ]; then
  echo "Elasticsearch: $ELASTICSEARCH_URL; database: ${DATABASE_URL:-SQLite}; cache: ${CACHE_URL:-per process}"
  exec "$PY" -m pytest "$@"
fi

echo "Embedded default: database search; database: ${DATABASE_URL:-SQLite}; cache: ${CACHE_URL:-per process}"
HUB_TESTS=embedded "$PY" -m pytest "$@"
embedded=$?
# 5: the arguments selected no test here (e.g. `-k` naming search tests only).
[ "$embedded" = 5 ] && embedded=0

if url=$(scripts/elasticsearch.sh start | tail -n 1) && [ -n "$url" ]; then
  trap 'scripts/elasticsearch.sh stop >/dev/null 2>&1 || true' EXIT
  echo "Search tests: Elasticsearch $url"
  HUB_TESTS=search ELASTICSEARCH_URL=$url "$PY" -m pytest "$@"
  searched=$?
else
  # The search tests then fail and carry this message: they never skip.
  echo "WARNING: scripts/elasticsearch.sh start failed; see .elasticsearch/node.log" >&2
  HUB_ELASTICSEARCH_ERROR="scripts/elasticsearch.sh start failed; see .elasticsearch/node.log" \
    HUB_TESTS=search "$PY" -m pytest "$@"
  searched=$?
fi
[ "$searched" = 5 ] && searched=0
[ "$embedded" = 0 ] && [ "$searched" = 0 ]
