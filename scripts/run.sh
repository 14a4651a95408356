#!/usr/bin/env bash
# Run the payment gateway and a sandbox shop locally, ready to buy something in a browser (no Docker needed).
#
# Usage:
#   scripts/run.sh                                  shop on http://127.0.0.1:5090, gateway on http://127.0.0.1:5080
#   PORT=6080 SHOP_PORT=6090 scripts/run.sh         other ports (e.g. when a colleague's run holds the defaults)
#
# What it does: starts PostgreSQL (scripts/postgres.sh, installed when missing), builds the gateway (src/Host) and
# the sandbox merchant + merchant gateway + bank (sandbox/PaymentGateway.Sandbox) once in Release, runs both, each
# registered in the other's directory (the bank also as a settlement provider whose proofs the gateway accepts),
# waits until both answer and prints the URLs and the dashboard login.
#
# Kept in .local/ (git-ignored) and reused by the next run: the gateway signing key (.local/gateway.key), the
# sandbox parties' keys and orders (.local/sandbox/), the Hangfire dashboard password (.local/dashboard-password),
# the database (.local/postgres) and the apps' logs (.local/logs/).
# Ctrl-C stops both apps; PostgreSQL keeps running for the next start (stop it: scripts/postgres.sh stop).
#
# Environment: PORT (gateway, default 5080), SHOP_PORT (sandbox, default 5090), GATEWAY_OCID (default 200),
# PG_PORT (default 55432), FORCE_BUILD=1 (build even when nothing changed).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL_DIR="$REPO_ROOT/.local"
PORT="${PORT:-5080}"
SHOP_PORT="${SHOP_PORT:-5090}"
GATEWAY_OCID="${GATEWAY_OCID:-200}"
GATEWAY_URL="http://127.0.0.1:$PORT"
SHOP_URL="http://127.0.0.1:$SHOP_PORT"
KEY_FILE="$LOCAL_DIR/gateway.key"
SANDBOX_DIR="$LOCAL_DIR/sandbox"
PASSWORD_FILE="$LOCAL_DIR/dashboard-password"
LOG_DIR="$LOCAL_DIR/logs"
GATEWAY_DLL="$REPO_ROOT/src/Host/bin/Release/net10.0/PaymentGateway.Host.dll"
SANDBOX_DLL="$REPO_ROOT/sandbox/PaymentGateway.Sandbox/bin/Release/net10.0/PaymentGateway.Sandbox.dll"
BUILD_STAMP="$LOCAL_DIR/run-build.stamp"
READY_TIMEOUT=120
CHILD_PIDS=()

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "run.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

# Something already answering on a port would be mistaken for our app by the readiness check below.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports() {
    port_in_use "$PORT" && die "port $PORT is in use (another run?); choose another with PORT=..."
    port_in_use "$SHOP_PORT" && die "port $SHOP_PORT is in use (another run?); choose another with SHOP_PORT=..."
    return 0
}

start_postgres() {
    "$REPO_ROOT/scripts/postgres.sh" start
    "$REPO_ROOT/scripts/postgres.sh" createdb payment_gateway
}

# Writes a secret made by the given command to a new file only its owner can read; an existing file is kept.
ensure_secret_file() {
    local file="$1"
    shift
    [[ -s "$file" ]] && return 0
    mkdir -p "$(dirname "$file")"
    (umask 077 && "$@" >"$file")
    chmod 600 "$file"
}

# A secp256k1 private key is 32 random bytes (hex); one outside the curve order is ~2^-128 likely.
# shellcheck disable=SC2317 # called through ensure_secret_file
random_hex() {
    if command -v openssl >/dev/null; then
        openssl rand -hex "$1"
    else
        od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'
        echo
    fi
}

ensure_secrets() {
    [[ -s "$KEY_FILE" ]] || log "creating the gateway signing key in $KEY_FILE (keep it: it is the gateway's identity)"
    ensure_secret_file "$KEY_FILE" random_hex 32
    # Hex, so it never needs quoting in a shell or a login form.
    ensure_secret_file "$PASSWORD_FILE" random_hex 12
    DASHBOARD_PASSWORD="$(tr -d '[:space:]' <"$PASSWORD_FILE")"
}

# One build of both apps (scripts/run.slnf) before starting: one MSBuild graph builds the projects they share once,
# where two builds, or two concurrent 'dotnet run's, would redo or race on those projects' obj folders.
build() {
    if [[ "${FORCE_BUILD:-0}" != 1 ]] && up_to_date; then
        log "the gateway and the sandbox are built and no source changed since (FORCE_BUILD=1 rebuilds)"
        return 0
    fi
    log "building the gateway and the sandbox (Release; the first build takes a minute or two)..."
    mkdir -p "$LOG_DIR"
    # Stamped with the build's start time, so a file saved during the build counts as changed next time.
    rm -f "$BUILD_STAMP"
    touch "$BUILD_STAMP.new"
    if ! dotnet build "$REPO_ROOT/scripts/run.slnf" -c Release --nologo -tl:off >"$LOG_DIR/build.log" 2>&1; then
        grep -E ': (error|warning) ' "$LOG_DIR/build.log" | sort -u >&2 || tail -n 30 "$LOG_DIR/build.log" >&2
        die "the build failed; the full output is in $LOG_DIR/build.log"
    fi
    mv "$BUILD_STAMP.new" "$BUILD_STAMP"
}

# Even a no-op 'dotnet build' costs tens of seconds on a small machine; skip it when both apps exist and no file
# they are built from (sources, project and package files) changed since the last successful build (the stamp).
# A git checkout touches the files it changes, so switching branches still rebuilds.
up_to_date() {
    [[ -f "$BUILD_STAMP" && -f "$GATEWAY_DLL" && -f "$SANDBOX_DLL" ]] || return 1
    [[ -z "$(find "$REPO_ROOT/src" "$REPO_ROOT/sandbox" "$REPO_ROOT"/Directory.*.props "$REPO_ROOT/global.json" \
        \( -name bin -o -name obj \) -prune -o -type f -newer "$BUILD_STAMP" -print -quit)" ]]
}

# Runs a built DLL from its own folder (its content root, where its appsettings.json is) in its own process group
# (set -m in main) so Ctrl-C stops all of it. Output goes to .local/logs/<name>.log.
start_app() {
    local name="$1" dll="$2" url="$3"
    (cd "$(dirname "$dll")" && exec dotnet "$dll" --urls "$url") >"$LOG_DIR/$name.log" 2>&1 &
    CHILD_PIDS+=("$!")
}

start_gateway() {
    ConnectionStrings__PaymentGateway="$("$REPO_ROOT/scripts/postgres.sh" url payment_gateway)" \
    Opencharge__Ocid="$GATEWAY_OCID" \
    Opencharge__PrivateKeyFile="$KEY_FILE" \
    Opencharge__BaseUrl="$GATEWAY_URL" \
    Opencharge__AllowInsecureMetadata=true \
    Opencharge__Directory__500="$SHOP_URL/merchant/metadata.json" \
    Opencharge__Directory__300="$SHOP_URL/mg/metadata.json" \
    Opencharge__Directory__100="$SHOP_URL/bank/metadata.json" \
    Opencharge__SettlementAccepts__0=100 \
    Hangfire__Dashboard__Users__0__Name=admin \
    Hangfire__Dashboard__Users__0__Password="$DASHBOARD_PASSWORD" \
    Hangfire__Dashboard__Users__0__Role=admin \
    ASPNETCORE_ENVIRONMENT=Development \
        start_app gateway "$GATEWAY_DLL" "$GATEWAY_URL"
}

# The sandbox creates its merchant (500), merchant gateway (300) and bank (100) keys in .local/sandbox on first start.
start_sandbox() {
    Sandbox__BaseUrl="$SHOP_URL" \
    Sandbox__GatewayBaseUrl="$GATEWAY_URL" \
    Sandbox__GatewayOcid="$GATEWAY_OCID" \
    Sandbox__DataFolder="$SANDBOX_DIR" \
    ASPNETCORE_ENVIRONMENT=Development \
        start_app sandbox "$SANDBOX_DLL" "$SHOP_URL"
}

answers() {
    if command -v curl >/dev/null; then
        curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
    else
        # HTTP/1.0 by hand for machines without curl: host and port from an http://127.0.0.1:PORT/path URL.
        local rest="${1#http://}" hostport path
        hostport="${rest%%/*}"
        path="/${rest#*/}"
        (exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" \
            && printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3 \
            && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
    fi
}

# Waits until both apps answer; if one exits first, shows the end of its log and gives up.
wait_until_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT)) name
    local -A probes=([gateway]="$GATEWAY_URL/opencharge/metadata.json" [sandbox]="$SHOP_URL/merchant/metadata.json")
    local -A pids=([gateway]="${CHILD_PIDS[0]}" [sandbox]="${CHILD_PIDS[1]}")
    for name in gateway sandbox; do
        until answers "${probes[$name]}"; do
            if ! kill -0 "${pids[$name]}" 2>/dev/null; then
                tail -n 30 "$LOG_DIR/$name.log" >&2 || true
                die "the $name stopped while starting; its log is $LOG_DIR/$name.log"
            fi
            ((SECONDS < deadline)) || die "the $name did not answer ${probes[$name]} within ${READY_TIMEOUT}s; see $LOG_DIR/$name.log"
            sleep 0.3
        done
    done
}

print_banner() {
    cat <<EOF

  Ready. Buy something:    $SHOP_URL/
  Test cards:              4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined
                           (any future expiry such as 12/30, any CVC, any name)
  Merchant gateway:        $SHOP_URL/mg   (its balance at the gateway; "Pay out to the merchant")
  Merchant:                $SHOP_URL/merchant   (the verified proofs it received)
  Bank:                    $SHOP_URL/bank   ("Fund the MG": a signed proof to the gateway's /transfer/webhook)
  Payment gateway:         $GATEWAY_URL   (metadata: $GATEWAY_URL/opencharge/metadata.json)
  Hangfire dashboard:      $GATEWAY_URL/hangfire   user admin, password $DASHBOARD_PASSWORD
                           (sandbox credentials, kept in .local/dashboard-password)
  Logs:                    tail -f $LOG_DIR/gateway.log $LOG_DIR/sandbox.log

  Press Ctrl-C to stop.

EOF
}

# shellcheck disable=SC2317 # called by the EXIT trap
stop_children() {
    local pid
    trap - EXIT INT TERM
    for pid in "${CHILD_PIDS[@]}"; do
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    log "stopped. PostgreSQL is still running; stop it with: scripts/postgres.sh stop"
}

# An app that ends after start-up (a crash, or killed) stops the whole run: show why.
report_exit() {
    log "an app stopped; the last lines of the logs:"
    tail -n 15 "$LOG_DIR/gateway.log" "$LOG_DIR/sandbox.log" >&2 || true
}

main() {
    command -v dotnet >/dev/null || die "the .NET SDK is not installed (need 10.0): see https://dotnet.microsoft.com/download"
    cd "$REPO_ROOT"
    check_ports
    start_postgres
    ensure_secrets
    build
    mkdir -p "$SANDBOX_DIR"

    set -m # job control: every background process gets its own process group
    trap stop_children EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    log "starting the gateway on $GATEWAY_URL (OCID $GATEWAY_OCID) and the sandbox shop on $SHOP_URL..."
    start_gateway
    start_sandbox
    wait_until_ready
    print_banner

    # Return when either app ends; the EXIT trap then stops the other.
    local rc=0
    wait -n || rc=$?
    report_exit
    exit "$rc"
}

main "$@"
