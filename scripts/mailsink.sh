#!/usr/bin/env bash
# Local SMTP sink for development and CI: every mail the hub sends is kept, never delivered.
#
#   scripts/mailsink.sh start    start it in the background (idempotent); prints EMAIL_URL last on stdout
#   scripts/mailsink.sh stop     stop the sink started from this checkout
#   scripts/mailsink.sh status   "running"/"not running"; exit 0 if running, 3 if not
#
# What runs: aiosmtpd (the hub's test dependency) on 127.0.0.1 only, storing each mail in a
# Maildir (.mailsink/maildir/new/: one file per mail, readable with any mail client or `cat`).
# Send the queue with `manage.py mail_worker` and EMAIL_URL set to the printed URL.
#
# Environment:
#   MAILSINK_PORT   TCP port on 127.0.0.1   (default 1025)
#   PY              Python with aiosmtpd    (default .venv/bin/python)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.mailsink"
PIDFILE="$STATE/mailsink.pid"
LOG="$STATE/mailsink.log"
HOST="127.0.0.1"
PORT="${MAILSINK_PORT:-1025}"
PY="${PY:-$ROOT/.venv/bin/python}"
URL="smtp://$HOST:$PORT"

say() { printf '%s\n' "$*" >&2; }
die() { say "mailsink.sh: $*"; exit 1; }

read_pid() { [[ -f "$PIDFILE" ]] && cat "$PIDFILE" 2>/dev/null || true; }
is_our_process() {
    [[ -n "$1" && -r "/proc/$1/cmdline" ]] || return 1
    tr '\0' ' ' < "/proc/$1/cmdline" | grep -q "aiosmtpd"
}
listening() { "$PY" -c "import socket,sys; socket.create_connection(('$HOST', $PORT), 1)" 2>/dev/null; }

cmd_start() {
    mkdir -p "$STATE/maildir/tmp" "$STATE/maildir/new" "$STATE/maildir/cur"
    local pid; pid="$(read_pid)"
    if is_our_process "$pid" && listening; then
        say "Mail sink already running (pid $pid)."
        echo "$URL"
        return 0
    fi
    listening && die "port $PORT is taken by another server: set MAILSINK_PORT"
    say "Starting the mail sink on $HOST:$PORT (mails in $STATE/maildir)…"
    nohup "$PY" -m aiosmtpd -n -l "$HOST:$PORT" -c aiosmtpd.handlers.Mailbox "$STATE/maildir" \
        >"$LOG" 2>&1 &
    echo $! >"$PIDFILE"
    local i
    for ((i = 0; i < 100; i++)); do
        if listening; then
            say "Mail sink is up (pid $(read_pid))."
            echo "$URL"
            return 0
        fi
        sleep 0.1
    done
    tail -n 20 "$LOG" >&2 || true
    die "the mail sink did not start within 10 s (see $LOG)"
}

cmd_stop() {
    local pid; pid="$(read_pid)"
    if ! is_our_process "$pid"; then
        say "Mail sink is not running."
        rm -f "$PIDFILE"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    rm -f "$PIDFILE"
    say "Stopped."
}

cmd_status() {
    local pid; pid="$(read_pid)"
    if is_our_process "$pid" && listening; then
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
