#!/usr/bin/env bash
# Runs the hub's checks and test suite. Without ELASTICSEARCH_URL, starts the project's
# own Elasticsearch node (scripts/elasticsearch.sh) for the run and stops it afterwards.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export DJANGO_SETTINGS_MODULE=hub.settings.test

if [ -z "${ELASTICSEARCH_URL:-}" ]; then
  if url=$(scripts/elasticsearch.sh start | tail -n 1) && [ -n "$url" ]; then
    export ELASTICSEARCH_URL=$url
    trap 'scripts/elasticsearch.sh stop >/dev/null 2>&1 || true' EXIT
  else
    # The search tests then fail and carry this message: they never skip.
    export HUB_ELASTICSEARCH_ERROR="scripts/elasticsearch.sh start failed; see .elasticsearch/node.log"
    echo "WARNING: $HUB_ELASTICSEARCH_ERROR" >&2
  fi
fi
echo "Elasticsearch: ${ELASTICSEARCH_URL:-none}; database: ${DATABASE_URL:-SQLite}"

set -e
"$PY" -m ruff check .
"$PY" -m ruff format --check .
"$PY" manage.py check --fail-level WARNING
"$PY" manage.py makemigrations --check --dry-run
"$PY" -m pytest "$@"
