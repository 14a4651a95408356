#!/usr/bin/env bash
# Run the payment gateway locally against the local PostgreSQL (no Docker needed).
#
# Usage:
#   scripts/run.sh                      gateway on http://127.0.0.1:5080
#   PORT=6000 GATEWAY_OCID=201 scripts/run.sh
#
# First run creates the gateway signing key in .local/gateway.key (keep it; it is the gateway's identity).
# Ctrl-C stops the gateway; PostgreSQL keeps running for the next start (stop it: scripts/postgres.sh stop).
#
# Environment: PORT (default 5080), GATEWAY_OCID (default 200), PG_PORT (default 55432).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-5080}"
GATEWAY_OCID="${GATEWAY_OCID:-200}"
GATEWAY_URL="http://127.0.0.1:$PORT"
KEY_FILE="$REPO_ROOT/.local/gateway.key"
CHILD_PIDS=()

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { echo "run.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

start_postgres() {
    "$REPO_ROOT/scripts/postgres.sh" start
    "$REPO_ROOT/scripts/postgres.sh" createdb payment_gateway
}

# A secp256k1 private key is 32 random bytes (hex); one outside the curve order is ~2^-128 likely.
ensure_gateway_key() {
    [[ -s "$KEY_FILE" ]] && return 0
    mkdir -p "$(dirname "$KEY_FILE")"
    (
        umask 077
        if command -v openssl >/dev/null; then
            openssl rand -hex 32 >"$KEY_FILE"
        else
            od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$KEY_FILE"
            echo >>"$KEY_FILE"
        fi
    )
    chmod 600 "$KEY_FILE"
    log "created a new gateway signing key in $KEY_FILE"
}

# Each process runs in its own process group (set -m below) so stopping it also stops what it spawned
# (dotnet run starts the built app as a child process).
start_gateway() {
    ConnectionStrings__PaymentGateway="$("$REPO_ROOT/scripts/postgres.sh" url payment_gateway)" \
    Opencharge__Ocid="$GATEWAY_OCID" \
    Opencharge__PrivateKeyFile="$KEY_FILE" \
    Opencharge__BaseUrl="$GATEWAY_URL" \
    Opencharge__AllowInsecureMetadata=true \
    ASPNETCORE_ENVIRONMENT=Development \
        dotnet run --project "$REPO_ROOT/src/Host" -c Release --urls "$GATEWAY_URL" &
    CHILD_PIDS+=("$!")
}

stop_children() {
    local pid
    trap - EXIT INT TERM
    for pid in "${CHILD_PIDS[@]}"; do
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    log "stopped. PostgreSQL is still running; stop it with: scripts/postgres.sh stop"
}

main() {
    command -v dotnet >/dev/null || die "the .NET SDK is not installed (need 10.0): see https://dotnet.microsoft.com/download"
    cd "$REPO_ROOT"
    start_postgres
    ensure_gateway_key

    set -m # job control: every background process gets its own process group
    trap stop_children EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    log "starting the gateway on $GATEWAY_URL (OCID $GATEWAY_OCID); press Ctrl-C to stop"
    log "metadata: $GATEWAY_URL/opencharge/metadata.json"
    start_gateway
    # Later: start_sandbox_merchant (same pattern) goes here.

    # Return when any process ends; the EXIT trap then stops the others.
    wait -n || exit $?
}

main "$@"
