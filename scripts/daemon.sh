# Shared by the scripts that run a local service from this checkout (scripts/redis.sh,
# scripts/mailsink.sh): its pid file, start/stop/status. Sourced, not run.
#
# The sourcing script sets NAME (e.g. "Redis"), PROCESS (a word of its command line),
# PIDFILE, LOG and URL, defines `ready` (true when the service answers) and `cmd_start`,
# then calls `daemon_main "$@"`.

say() { printf '%s\n' "$*" >&2; }
die() { say "$(basename "$0"): $*"; exit 1; }

read_pid() { [[ -f "$PIDFILE" ]] && cat "$PIDFILE" 2>/dev/null || true; }

is_our_process() { # pid: the service started from this checkout
    [[ -n "$1" && -r "/proc/$1/cmdline" ]] || return 1
    tr '\0' ' ' < "/proc/$1/cmdline" | grep -q "$PROCESS"
}

already_running() { # prints the URL and succeeds when our service answers already
    local pid; pid="$(read_pid)"
    if is_our_process "$pid" && ready; then
        say "$NAME already running (pid $pid)."
        echo "$URL"
        return 0
    fi
    return 1
}

wait_until_ready() { # seconds: prints the URL once the service answers
    local i
    for ((i = 0; i < $1 * 10; i++)); do
        if ready; then
            say "$NAME is up (pid $(read_pid))."
            echo "$URL"
            return 0
        fi
        sleep 0.1
    done
    tail -n 20 "$LOG" >&2 || true
    die "$NAME did not answer within $1 s (see $LOG)"
}

cmd_stop() {
    local pid; pid="$(read_pid)"
    if ! is_our_process "$pid"; then
        say "$NAME is not running."
        rm -f "$PIDFILE"
        return 0
    fi
    say "Stopping $NAME (pid $pid)…"
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
    if is_our_process "$pid" && ready; then
        echo "running (pid $pid) at $URL"
        return 0
    fi
    echo "not running"
    return 3
}

daemon_main() {
    case "${1:-}" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        *) say "usage: $0 start|stop|status"; exit 2 ;;
    esac
}
