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

say() { printf '%s\n' "$*" >&2; }
die() { say "redis.sh: $*"; exit 1; }

SERVER="$(command -v redis-server || true)"
CLI="$(command -v redis-cli || true)"

read_pid() { [[ -f "$PIDFILE" ]] && cat "$PIDFILE" 2>/dev/null || true; }

is_our_process() { # pid: a redis-server started from this checkout
    [[ -n "$1" && -r "/proc/$1/cmdline" ]] || return 1
    tr '\0' ' ' < "/proc/$1/cmdline" | grep -q "redis-server"
}

ping() { "$CLI" -h "$HOST" -p "$PORT" ping 2>/dev/null | grep -q PONG; }

cmd_start() {
    [[ -n "$SERVER" && -n "$CLI" ]] || die "redis-server not found: apt-get install redis-server"
    mkdir -p "$STATE"
    local pid; pid="$(read_pid)"
    if is_our_process "$pid" && ping; then
        say "Redis already running (pid $pid)."
        echo "$URL"
        return 0
    fi
    if ping; then
        die "port $PORT is taken by another server: set REDIS_PORT"
    fi
    say "Starting Redis on $HOST:$PORT…"
    "$SERVER" --bind "$HOST" --port "$PORT" --save '' --appendonly no \
        --maxmemory "$MAXMEMORY" --maxmemory-policy allkeys-lru \
        --dir "$STATE" --logfile "$LOG" --pidfile "$PIDFILE" --daemonize yes
    local i
    for ((i = 0; i < TIMEOUT * 10; i++)); do
        if ping; then
            say "Redis is up (pid $(read_pid))."
            echo "$URL"
            return 0
        fi
        sleep 0.1
    done
    tail -n 20 "$LOG" >&2 || true
    die "Redis did not answer within ${TIMEOUT}s (see $LOG)"
}

cmd_stop() {
    local pid; pid="$(read_pid)"
    if ! is_our_process "$pid"; then
        say "Redis is not running."
        rm -f "$PIDFILE"
        return 0
    fi
    say "Stopping Redis (pid $pid)…"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "Still running after 10 s: sending SIGKILL to pid $pid."
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PIDFILE"
    say "Stopped."
}

cmd_status() {
    local pid; pid="$(read_pid)"
    if is_our_process "$pid" && ping; then
        echo "running (pid $pid) at $URL"
        return 0
    fi
    echo "not running"
    return 3
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) say "usage: $0 start|stop|status"; exit 2 ;;
esac
