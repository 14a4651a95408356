#!/usr/bin/env bash
# Local PostgreSQL for development and tests, run from plain binaries (no Docker needed).
#
# Usage:
#   scripts/postgres.sh start            start the server (reuses a running one; installs/initialises when needed)
#   scripts/postgres.sh stop             stop it
#   scripts/postgres.sh status           say whether it runs (exit 0 when running, 3 when not)
#   scripts/postgres.sh url [DB]         print an Npgsql connection string (DB defaults to payment_gateway)
#   scripts/postgres.sh createdb DB      create database DB unless it exists (server must be running)
#
# Environment:
#   PG_DATA   data folder            (default: <repo>/.local/postgres)
#   PG_PORT   TCP port on 127.0.0.1  (default: 55432, so it never clashes with a PostgreSQL on 5432)
#   PG_FAST=1 turn off fsync and friends: faster, but data may be lost on a crash (tests only)
#
# The server listens on 127.0.0.1 only; user postgres has password "postgres" (scram-sha-256 over TCP).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${PG_PORT:-55432}"
PG_USER=postgres
PG_PASSWORD=postgres

log() { echo "postgres.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# PostgreSQL refuses to run as root, so as root every server-side command runs as user postgres.
as_pg() {
    if is_root; then
        # cd / first: postgres may not be allowed into the caller's working directory.
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Debian puts the server binaries (initdb, pg_ctl) outside PATH, one folder per major version.
find_bin_dir() {
    local dir
    if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return 0; fi
    dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
    dir="$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")"
    if [[ -x "$dir/pg_ctl" && -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
    return 1
}

install_binaries() {
    local sudo=()
    if ! is_root; then
        command -v sudo >/dev/null || die "PostgreSQL is not installed. Install it (e.g. 'apt-get install postgresql-15') or set PG_BIN to its bin folder."
        sudo=(sudo -n)
    fi
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is unavailable; install PostgreSQL 15+ and set PG_BIN to its bin folder."
    log "PostgreSQL binaries not found; installing them with apt-get (takes a minute)..."
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null
    # postgresql-15 is Debian 12's version; other releases only know the versionless package.
    "${sudo[@]}" apt-get install -y -qq postgresql-15 >/dev/null 2>&1 \
        || "${sudo[@]}" apt-get install -y -qq postgresql >/dev/null \
        || die "apt-get could not install PostgreSQL."
}

# Decide the data folder. As root the default under the repo may be unreachable for user postgres
# (e.g. a clone inside /root); then a folder under /var/tmp named after the repo path is used instead.
resolve_data_dir() {
    local fallback
    if [[ -n "${PG_DATA:-}" ]]; then
        PG_DATA="$(realpath -m "$PG_DATA")"
        return 0
    fi
    PG_DATA="$REPO_ROOT/.local/postgres"
    fallback="/var/tmp/payment-gateway-postgres-$(echo -n "$REPO_ROOT" | md5sum | cut -c1-8)"
    if [[ -f "$fallback/PG_VERSION" ]]; then PG_DATA="$fallback"; return 0; fi
    # Only 'start' creates folders; the other commands just look.
    if [[ "$1" == start ]] && is_root && id postgres >/dev/null 2>&1; then
        mkdir -p "$PG_DATA"
        chown postgres:postgres "$PG_DATA"
        runuser -u postgres -- test -w "$PG_DATA" || { rmdir "$PG_DATA" 2>/dev/null || true; PG_DATA="$fallback"; }
    fi
    return 0
}

prepare_data_dir() {
    mkdir -p "$PG_DATA"
    if is_root; then
        chown postgres:postgres "$PG_DATA"
        runuser -u postgres -- test -w "$PG_DATA" \
            || die "user postgres cannot write to $PG_DATA (a parent folder is private); set PG_DATA to a folder it can reach."
    fi
    chmod 700 "$PG_DATA"
}

sock_dir() { echo "$PG_DATA/sock"; }

init_cluster() {
    local pwfile
    log "creating a new database cluster in $PG_DATA"
    pwfile="$(mktemp)"
    echo "$PG_PASSWORD" >"$pwfile"
    is_root && chown postgres "$pwfile"
    # trust over the private unix socket (only the owner can reach it), passwords over TCP.
    if ! as_pg "$BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-locale >"$PG_DATA.initdb.log" 2>&1; then
        rm -f "$pwfile"
        cat "$PG_DATA.initdb.log" >&2
        die "initdb failed"
    fi
    rm -f "$pwfile" "$PG_DATA.initdb.log"
    # Our settings live in their own file, rewritten at each start, so PG_PORT/PG_FAST changes apply.
    echo "include_if_exists = 'payment_gateway.conf'" >>"$PG_DATA/postgresql.conf"
}

write_settings() {
    local conf="$PG_DATA/payment_gateway.conf"
    mkdir -p "$(sock_dir)"
    is_root && chown postgres:postgres "$(sock_dir)"
    {
        echo "# Written by scripts/postgres.sh at every start; edit the script, not this file."
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $PG_PORT"
        echo "unix_socket_directories = '$(sock_dir)'"
        echo "max_connections = 300"
        echo "password_encryption = 'scram-sha-256'"
        if [[ "${PG_FAST:-0}" == 1 ]]; then
            # Throwaway test data: skip the disk flushes that make PostgreSQL crash-safe.
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
        fi
    } >"$conf"
    is_root && chown postgres:postgres "$conf"
    return 0
}

is_running() { [[ -f "$PG_DATA/PG_VERSION" ]] && as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

wait_ready() {
    local _
    for _ in $(seq 1 60); do
        if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then return 0; fi
        sleep 0.5
    done
    die "PostgreSQL did not become ready on 127.0.0.1:$PG_PORT; see $PG_DATA/server.log"
}

cmd_start() {
    BIN="$(find_bin_dir)" || { install_binaries; BIN="$(find_bin_dir)" || die "PostgreSQL binaries still not found after installing."; }
    prepare_data_dir
    if is_running; then
        wait_ready
        return 0
    fi
    [[ -f "$PG_DATA/PG_VERSION" ]] || init_cluster
    write_settings
    if ! as_pg "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 start >/dev/null; then
        tail -n 20 "$PG_DATA/server.log" >&2 || true
        die "PostgreSQL failed to start (is port $PG_PORT already taken? try PG_PORT=...)."
    fi
    wait_ready
    log "PostgreSQL is running on 127.0.0.1:$PG_PORT (data: $PG_DATA)"
}

cmd_stop() {
    BIN="$(find_bin_dir)" || { log "PostgreSQL is not installed; nothing to stop."; return 0; }
    if ! is_running; then log "PostgreSQL is not running (data: $PG_DATA)."; return 0; fi
    as_pg "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    log "PostgreSQL stopped."
}

cmd_status() {
    BIN="$(find_bin_dir)" || { echo "PostgreSQL is not installed."; return 3; }
    if is_running; then
        echo "PostgreSQL is running on 127.0.0.1:$PG_PORT (data: $PG_DATA)"
    else
        echo "PostgreSQL is not running (data: $PG_DATA)"
        return 3
    fi
}

cmd_url() {
    echo "Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=${1:-payment_gateway}"
}

cmd_createdb() {
    local db="${1:?usage: scripts/postgres.sh createdb DB}"
    BIN="$(find_bin_dir)" || die "PostgreSQL is not installed; run 'scripts/postgres.sh start' first."
    is_running || die "PostgreSQL is not running; run 'scripts/postgres.sh start' first."
    local psql=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(sock_dir)" -p "$PG_PORT" -U "$PG_USER" -d postgres)
    # Database names cannot be bound as parameters; psql quotes :'db' as a literal and :"db" as a name.
    # (psql only substitutes variables in scripts read from stdin, not in -c.)
    if [[ -z "$(as_pg "${psql[@]}" -tA -v db="$db" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'")" ]]; then
        as_pg "${psql[@]}" -v db="$db" <<<'CREATE DATABASE :"db"'
    fi
}

main() {
    local cmd="${1:-}"
    shift || true
    resolve_data_dir "$cmd"
    case "$cmd" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        url) cmd_url "$@" ;;
        createdb) cmd_createdb "$@" ;;
        *) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
}

main "$@"
