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
NAME="Mail sink"
PROCESS="aiosmtpd"

# shellcheck source=daemon.sh
source "$ROOT/scripts/daemon.sh"

ready() { "$PY" -c "import socket,sys; socket.create_connection(('$HOST', $PORT), 1)" 2>/dev/null; }

cmd_start() {
    mkdir -p "$STATE/maildir/tmp" "$STATE/maildir/new" "$STATE/maildir/cur"
    already_running && return 0
    ready && die "port $PORT is taken by another server: set MAILSINK_PORT"
    say "Starting the mail sink on $HOST:$PORT (mails in $STATE/maildir)…"
    nohup "$PY" -m aiosmtpd -n -l "$HOST:$PORT" -c aiosmtpd.handlers.Mailbox "$STATE/maildir" \
        >"$LOG" 2>&1 &
    echo $! >"$PIDFILE"
    wait_until_ready 10
}

daemon_main "$@"
