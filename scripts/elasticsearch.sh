#!/usr/bin/env bash
# Local Elasticsearch 8 node for development and tests, with no Docker and no download outside Maven Central.
#
#   scripts/elasticsearch.sh start    start the node in the background (idempotent); prints its URL last on stdout
#   scripts/elasticsearch.sh stop     stop the node started from this checkout
#   scripts/elasticsearch.sh status   "running"/"not running" + cluster health; exit 0 if running, 3 if not
#
# What runs: the genuine Elasticsearch server jar (org.elasticsearch:elasticsearch, version pinned in
# scripts/elasticsearch/pom.xml) and its genuine transport-netty4 (HTTP) module, resolved with Maven into
# ~/.m2, in one JVM started by scripts/elasticsearch/launcher (compiled with javac on first start).
# The distribution's analysis-common and rest-root modules are not published on Maven Central; the small
# module in scripts/elasticsearch/plugin provides what a Wagtail site needs of them (language analyzers
# such as french/english/spanish, asciifolding, elision, ngram/edge_ngram, stemmers..., and GET /).
# No x-pack: security is off, plain http, no auth.
#
# Environment:
#   ES_PORT            HTTP port on 127.0.0.1                 (default 9201)
#   ES_JAVA_OPTS       JVM options                            (default "-Xms512m -Xmx1g")
#   ES_START_TIMEOUT   seconds to wait for yellow health      (default 180)
#   ES_CLUSTER_NAME    cluster name                           (default local-dev)
#   JAVA_HOME          Java 17+ to use (else `java` on PATH); Maven (`mvn`) must be on PATH
#
# State (git-ignored): .elasticsearch/{data,home,cache,tmp,node.log,node.pid}
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/scripts/elasticsearch"
STATE="$ROOT/.elasticsearch"
CACHE="$STATE/cache"
ES_HOME="$STATE/home"
DATA="$STATE/data"
LOG="$STATE/node.log"
PIDFILE="$STATE/node.pid"
HOST="127.0.0.1"
PORT="${ES_PORT:-9201}"
URL="http://$HOST:$PORT"
TIMEOUT="${ES_START_TIMEOUT:-180}"
CLUSTER_NAME="${ES_CLUSTER_NAME:-local-dev}"
MAIN_CLASS="localdev.node.LocalElasticsearchNode"

say() { printf '%s\n' "$*" >&2; }
die() { say "elasticsearch.sh: $*"; exit 1; }

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"; JAVAC="$JAVA_HOME/bin/javac"; JAR="$JAVA_HOME/bin/jar"
else
    JAVA="$(command -v java || true)"; JAVAC="$(command -v javac || true)"; JAR="$(command -v jar || true)"
fi

es_version() { sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$SRC/pom.xml" | head -n1; }

check_tools() {
    [[ -n "$JAVA" && -x "$JAVA" ]] || die "java not found (need a JDK 17+; set JAVA_HOME or put java on PATH)"
    [[ -n "$JAVAC" && -x "$JAVAC" && -n "$JAR" && -x "$JAR" ]] || die "javac/jar not found: a full JDK 17+ is needed, not only a JRE"
    local v
    v="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    [[ "${v%%.*}" =~ ^[0-9]+$ && "${v%%.*}" -ge 17 ]] || die "Java 17+ required, found '${v:-unknown}' at $JAVA"
}

# Hash of everything the cached build depends on.
build_stamp() {
    {
        cat "$SRC/pom.xml" "$SRC/log4j2.properties"
        find "$SRC/launcher" "$SRC/plugin" -name '*.java' -type f | LC_ALL=C sort | xargs cat
        "$JAVA" -XshowSettings:properties -version 2>&1 | grep -E '^ *java\.(home|version) ='
    } | cksum | cut -d' ' -f1
}

cache_is_valid() {
    [[ -f "$CACHE/stamp" && "$(cat "$CACHE/stamp")" == "$(build_stamp)" ]] || return 1
    [[ -s "$CACHE/server.classpath" && -f "$CACHE/launcher/localdev/node/LocalElasticsearchNode.class" ]] || return 1
    [[ -f "$ES_HOME/modules/local-dev/local-dev.jar" && -f "$ES_HOME/modules/transport-netty4/plugin-descriptor.properties" ]] || return 1
    local jar
    while IFS= read -r jar; do [[ -f "$jar" ]] || return 1; done < <(tr ':' '\n' < "$CACHE/server.classpath")
    return 0
}

write_descriptor() { # dir name classname description
    local version; version="$(es_version)"
    cat > "$1/plugin-descriptor.properties" <<EOF
description=$4
version=$version
name=$2
classname=$3
java.version=17
elasticsearch.version=$version
extended.plugins=
has.native.controller=false
EOF
}

# Resolve jars with Maven (cached in ~/.m2), compile launcher + module, lay out $ES_HOME.
resolve() {
    check_tools
    command -v mvn >/dev/null || die "mvn (Maven 3) not found on PATH"
    if cache_is_valid; then return 0; fi
    local t0=$SECONDS
    say "Resolving Elasticsearch $(es_version) from Maven Central… (the first run downloads ~60 MB into ~/.m2)"
    mkdir -p "$CACHE"
    rm -f "$CACHE/stamp" "$CACHE/all.classpath" "$CACHE/server.classpath"
    if ! mvn -B -q -Dstyle.color=never -f "$SRC/pom.xml" generate-resources -Des.cache.dir="$CACHE" >"$CACHE/mvn.log" 2>&1; then
        tail -n 40 "$CACHE/mvn.log" >&2
        die "Maven could not resolve the Elasticsearch artifacts (full log: $CACHE/mvn.log)"
    fi
    [[ -s "$CACHE/all.classpath" && -s "$CACHE/server.classpath" ]] || die "Maven wrote no class path (see $CACHE/mvn.log)"
    local server_cp; server_cp="$(cat "$CACHE/server.classpath")"

    say "Compiling the launcher and the local-dev module…"
    rm -rf "$CACHE/launcher" "$CACHE/plugin-classes"
    mkdir -p "$CACHE/launcher" "$CACHE/plugin-classes"
    local sources=()
    mapfile -t sources < <(find "$SRC/launcher" -name '*.java' -type f)
    "$JAVAC" -nowarn -encoding UTF-8 -d "$CACHE/launcher" -cp "$server_cp" "${sources[@]}" >"$CACHE/javac.log" 2>&1 \
        || { cat "$CACHE/javac.log" >&2; die "compiling $SRC/launcher failed"; }
    mapfile -t sources < <(find "$SRC/plugin" -name '*.java' -type f)
    "$JAVAC" -nowarn -encoding UTF-8 -d "$CACHE/plugin-classes" -cp "$server_cp" "${sources[@]}" >"$CACHE/javac.log" 2>&1 \
        || { cat "$CACHE/javac.log" >&2; die "compiling $SRC/plugin failed"; }

    # $ES_HOME/modules/<module>/ = plugin-descriptor.properties + jars (what the distribution ships)
    rm -rf "$ES_HOME/modules"
    mkdir -p "$ES_HOME/modules/transport-netty4" "$ES_HOME/modules/local-dev" "$ES_HOME/config" "$ES_HOME/plugins"
    local jar
    while IFS= read -r jar; do
        [[ -n "$jar" ]] || continue
        tr ':' '\n' < "$CACHE/server.classpath" | grep -qxF -- "$jar" || cp "$jar" "$ES_HOME/modules/transport-netty4/"
    done < <(tr ':' '\n' < "$CACHE/all.classpath")
    ls "$ES_HOME/modules/transport-netty4/"transport-netty4-*.jar >/dev/null 2>&1 || die "transport-netty4 jar missing after resolution"
    write_descriptor "$ES_HOME/modules/transport-netty4" transport-netty4 \
        org.elasticsearch.transport.netty4.Netty4Plugin "Netty 4 based transport implementation"
    "$JAR" cf "$ES_HOME/modules/local-dev/local-dev.jar" -C "$CACHE/plugin-classes" .
    write_descriptor "$ES_HOME/modules/local-dev" local-dev localdev.plugin.LocalDevPlugin \
        "Local development shims: analysis-common subset and GET / (see scripts/elasticsearch/plugin)"
    cp "$SRC/log4j2.properties" "$ES_HOME/config/log4j2.properties"
    build_stamp > "$CACHE/stamp"
    say "Resolved and compiled in $((SECONDS - t0)) s."
}

read_pid() {
    if [[ -f "$PIDFILE" ]]; then tr -dc '0-9' < "$PIDFILE"; fi
    return 0
}

# True if $1 is alive and is our launcher (guards against a recycled pid).
is_our_process() {
    local pid="$1"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    if [[ -r "/proc/$pid/cmdline" ]]; then
        tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF "$MAIN_CLASS"
    else
        ps -ww -p "$pid" -o args= 2>/dev/null | grep -qF "$MAIN_CLASS"
    fi
}

# Serialise concurrent start/stop calls from this checkout (flock is in util-linux; skipped where missing).
lock_state() {
    mkdir -p "$STATE"
    if command -v flock >/dev/null; then
        exec 9>"$STATE/.lock"
        flock -w 300 9 || die "another elasticsearch.sh start/stop is still running (lock $STATE/.lock)"
    fi
}

health() { # prints health JSON, fails if not reachable
    curl -fsS --max-time "${2:-5}" "$URL/_cluster/health${1:-}" 2>/dev/null
}

print_log_tail() {
    if [[ -f "$LOG" ]]; then
        say "----- last 40 lines of $LOG -----"
        tail -n 40 "$LOG" >&2
        say "-----"
    fi
}

cmd_start() {
    command -v curl >/dev/null || die "curl not found on PATH"
    lock_state
    local pid; pid="$(read_pid)"
    if is_our_process "$pid"; then
        if health "?wait_for_status=yellow&timeout=1s" >/dev/null; then
            say "Elasticsearch is already running (pid $pid)."
            echo "$URL"
            return 0
        fi
        say "Elasticsearch process $pid exists but is not healthy yet; waiting…"
    else
        [[ -f "$PIDFILE" ]] && rm -f "$PIDFILE"
        if curl -fsS --max-time 3 -o /dev/null "$URL/" 2>/dev/null || (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
            die "port $PORT on $HOST is already in use by another process (not started by this script); stop it or set ES_PORT"
        fi
        resolve
        local java_opts="${ES_JAVA_OPTS:--Xms512m -Xmx1g}"
        mkdir -p "$DATA" "$STATE/tmp" "$ES_HOME/logs"
        if [[ -f "$LOG" ]] && (( $(wc -c < "$LOG") > 20000000 )); then mv -f "$LOG" "$LOG.1"; fi
        {
            echo "===== $(date '+%Y-%m-%d %H:%M:%S') starting Elasticsearch $(es_version) on $URL ====="
        } >> "$LOG"
        # shellcheck disable=SC2086
        nohup "$JAVA" $java_opts \
            -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow \
            -Dfile.encoding=UTF-8 -Djava.awt.headless=true -Djava.io.tmpdir="$STATE/tmp" \
            -Dlog4j2.formatMsgNoLookups=true -Dlog4j2.disable.jmx=true -Dlog4j.shutdownHookEnabled=false \
            -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0 \
            -Djna.nosys=true \
            -Des.path.home="$ES_HOME" -Des.path.data="$DATA" -Des.path.logs="$ES_HOME/logs" \
            -Des.http.host="$HOST" -Des.http.port="$PORT" -Des.cluster.name="$CLUSTER_NAME" \
            -cp "$CACHE/launcher:$(cat "$CACHE/server.classpath")" \
            "$MAIN_CLASS" >> "$LOG" 2>&1 < /dev/null 9>&- &
        pid=$!
        echo "$pid" > "$PIDFILE"
        say "Starting Elasticsearch (pid $pid, log $LOG)…"
    fi

    local t0=$SECONDS
    printf 'Waiting for %s ' "$URL" >&2
    while :; do
        if ! kill -0 "$pid" 2>/dev/null; then
            printf '\n' >&2
            rm -f "$PIDFILE"
            print_log_tail
            die "Elasticsearch process $pid exited during startup (see $LOG)"
        fi
        if health "?wait_for_status=yellow&timeout=1s" 3 >/dev/null; then
            break
        fi
        if (( SECONDS - t0 >= TIMEOUT )); then
            printf '\n' >&2
            print_log_tail
            die "Elasticsearch did not reach yellow health on $URL within ${TIMEOUT}s (pid $pid still running; run '$0 stop' to stop it)"
        fi
        printf '.' >&2
        sleep 1
    done
    printf ' up after %d s.\n' "$((SECONDS - t0))" >&2
    echo "$URL"
}

cmd_stop() {
    lock_state
    local pid; pid="$(read_pid)"
    if [[ -z "$pid" ]]; then
        say "Elasticsearch is not running (no $PIDFILE)."
        return 0
    fi
    if ! is_our_process "$pid"; then
        say "Elasticsearch is not running (stale pid file for pid $pid removed)."
        rm -f "$PIDFILE"
        return 0
    fi
    say "Stopping Elasticsearch (pid $pid)…"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 30; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "Still running after 30 s: sending SIGKILL to pid $pid."
        kill -KILL "$pid" 2>/dev/null || true
        for ((i = 0; i < 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$PIDFILE"
    say "Stopped."
}

cmd_status() {
    local pid; pid="$(read_pid)"
    if ! is_our_process "$pid"; then
        echo "not running"
        return 3
    fi
    local h
    if h="$(health "" 5)"; then
        echo "running (pid $pid) at $URL"
        echo "$h"
        return 0
    fi
    echo "not running: process $pid exists but $URL does not answer (starting up or hung; see $LOG)"
    return 3
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) say "usage: $0 start|stop|status"; exit 2 ;;
esac
