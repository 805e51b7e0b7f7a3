#!/usr/bin/env bash
# Local Redis for development, tests and `make load`: the hub's shared cache (CACHE_URL).
#
#   scripts/redis.sh start    start the server in the background (idempotent); prints its URL last on stdout
#   scripts/redis.sh stop     stop the server started from this checkout
#   scripts/redis.sh status   "running"/"not running"; exit 0 if running, 3 if not
#
# What runs: Debian's redis-server (apt-get install redis-server), on 127.0.0.1 only, with no
# persistence (a cache: nothing to keep across restarts) and a memory limit that evicts the
# least recently used keys.
#
# Environment:
#   REDIS_PORT           TCP port on 127.0.0.1         (default 6380, not the system server's 6379)
#   REDIS_MAXMEMORY      memory limit                  (default 256mb)
#   REDIS_START_TIMEOUT  seconds to wait for PONG      (default 10)
#
# State (git-ignored): .redis/{redis.log,redis.pid}
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.redis"
LOG="$STATE/redis.log"
PIDFILE="$STATE/redis.pid"
HOST="127.0.0.1"
PORT="${REDIS_PORT:-6380}"
URL="redis://$HOST:$PORT/0"
MAXMEMORY="${REDIS_MAXMEMORY:-256mb}"
TIMEOUT="${REDIS_START_TIMEOUT:-10}"
NAME="Redis"
PROCESS="redis-server"

# shellcheck source=daemon.sh
source "$ROOT/scripts/daemon.sh"

SERVER="$(command -v redis-server || true)"
CLI="$(command -v redis-cli || true)"

ready() { "$CLI" -h "$HOST" -p "$PORT" ping 2>/dev/null | grep -q PONG; }

cmd_start() {
    [[ -n "$SERVER" && -n "$CLI" ]] || die "redis-server not found: apt-get install redis-server"
    mkdir -p "$STATE"
    already_running && return 0
    ready && die "port $PORT is taken by another server: set REDIS_PORT"
    say "Starting Redis on $HOST:$PORT…"
    "$SERVER" --bind "$HOST" --port "$PORT" --save '' --appendonly no \
        --maxmemory "$MAXMEMORY" --maxmemory-policy allkeys-lru \
        --dir "$STATE" --logfile "$LOG" --pidfile "$PIDFILE" --daemonize yes
    wait_until_ready "$TIMEOUT"
}

daemon_main "$@"
