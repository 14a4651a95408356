#!/usr/bin/env bash
# Run every test in PaymentGateway.sln, setting up whatever a fresh machine lacks.
#
# Usage:
#   scripts/test.sh [extra dotnet test args]
#   scripts/test.sh --filter-class 'PaymentGateway.UnitTests.*'     # e.g. run a subset (xunit.v3 filters)
#
# What it does:
#   - checks that the .NET SDK is installed;
#   - installs Debian's chromium for the browser tests when /usr/bin/chromium is missing
#     (skip with PG_SKIP_BROWSER=1);
#   - unpacks promtool (from Debian's prometheus package) into .local/tools for the alert-rule tests when missing;
#   - without a working Docker engine, starts the local PostgreSQL (scripts/postgres.sh, port 55432) and
#     exports PAYMENTGATEWAY_TEST_POSTGRES (admin connection string); with Docker, tests use Testcontainers;
#   - runs 'dotnet test -c Release', writes TRX reports and a log to .local/test-results/ (the end-to-end tests
#     add screenshots/ and the apps' logs in e2e-logs/);
#   - prints the trial balance of every test database's ledger, summed over the run (each database is audited when
#     dropped, see tests/PaymentGateway.Testing/LedgerResults.cs; .local/test-results/ledger/), on one line:
#     "ledger: N databases, trial balance after the full suite: USD debits X = credits X, difference 0.00";
#   - prints "N passed, N failed[, N skipped]" as its last line and exits 0 only if nothing failed
#     and at least one test passed.
#
# Environment: PAYMENTGATEWAY_TEST_POSTGRES (use this server instead), PAYMENTGATEWAY_TEST_PROMTOOL, PG_PORT, PG_FAST (default 1 here),
# PG_SKIP_BROWSER=1, TEST_RESULTS_DIR (default .local/test-results).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS_DIR="${TEST_RESULTS_DIR:-$REPO_ROOT/.local/test-results}"
LOG_FILE="$RESULTS_DIR/dotnet-test.log"
STARTED_POSTGRES=0

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Test data is throwaway: let PostgreSQL skip disk flushes.
export PG_FAST="${PG_FAST:-1}"

log() { echo "test.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

check_dotnet() {
    command -v dotnet >/dev/null \
        || die "the .NET SDK is not installed (need 10.0): see https://dotnet.microsoft.com/download"
}

as_admin() {
    if [[ "$(id -u)" -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
}

# Browser tests drive Debian's chromium through Playwright; Playwright's own download is not reachable.
ensure_chromium() {
    [[ "${PG_SKIP_BROWSER:-0}" == 1 ]] && return 0
    if [[ ! -x /usr/bin/chromium ]]; then
        log "installing chromium with apt-get for the browser tests (set PG_SKIP_BROWSER=1 to skip)..."
        if ! { as_admin env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
            && as_admin env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }; then
            # Not fatal: the browser tests will report what is missing.
            log "warning: could not install chromium; browser tests will fail."
            return 0
        fi
    fi
    export PAYMENTGATEWAY_TEST_CHROMIUM=/usr/bin/chromium
}

# The alert-rule tests run promtool. Debian ships it in the prometheus package, whose installation would also start a
# Prometheus server, so only the package's promtool binary is unpacked into .local/tools.
ensure_promtool() {
    local tools="$REPO_ROOT/.local/tools" work
    if [[ -n "${PAYMENTGATEWAY_TEST_PROMTOOL:-}" ]]; then return 0; fi
    if command -v promtool >/dev/null; then export PAYMENTGATEWAY_TEST_PROMTOOL="$(command -v promtool)"; return 0; fi
    if [[ ! -x "$tools/promtool" ]]; then
        log "unpacking promtool from Debian's prometheus package for the alert-rule tests..."
        work="$(mktemp -d)"
        if (cd "$work" && { apt-get download prometheus >/dev/null 2>&1 \
                || { as_admin env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && apt-get download prometheus >/dev/null 2>&1; }; } \
                && dpkg-deb -x prometheus_*.deb root); then
            mkdir -p "$tools" && cp "$work/root/usr/bin/promtool" "$tools/promtool"
        else
            # Not fatal: the alert-rule tests will report what is missing.
            log "warning: could not fetch promtool; the alert-rule tests will fail."
        fi
        rm -rf "$work"
    fi
    [[ -x "$tools/promtool" ]] && export PAYMENTGATEWAY_TEST_PROMTOOL="$tools/promtool"
    return 0
}

docker_available() {
    command -v docker >/dev/null && timeout 20 docker info >/dev/null 2>&1
}

stop_postgres_in_ci() {
    # In CI nothing may outlive the job; locally the server stays up so the next run starts faster.
    if [[ "$STARTED_POSTGRES" == 1 && "${CI:-}" == true ]]; then
        "$REPO_ROOT/scripts/postgres.sh" stop >/dev/null 2>&1 || true
    fi
}

ensure_postgres() {
    if [[ -n "${PAYMENTGATEWAY_TEST_POSTGRES:-}" ]]; then
        log "using PostgreSQL from PAYMENTGATEWAY_TEST_POSTGRES"
        return 0
    fi
    if docker_available; then
        log "Docker engine found: tests start PostgreSQL with Testcontainers"
        return 0
    fi
    log "no Docker engine: starting local PostgreSQL on 127.0.0.1:${PG_PORT:-55432}"
    "$REPO_ROOT/scripts/postgres.sh" status >/dev/null 2>&1 || STARTED_POSTGRES=1
    "$REPO_ROOT/scripts/postgres.sh" start
    PAYMENTGATEWAY_TEST_POSTGRES="$("$REPO_ROOT/scripts/postgres.sh" url postgres)"
    export PAYMENTGATEWAY_TEST_POSTGRES
}

# Prints the exit code of dotnet test; its output goes to the terminal and to $LOG_FILE.
run_dotnet_test() {
    local rc=0
    rm -rf "$RESULTS_DIR"
    mkdir -p "$RESULTS_DIR"
    # The end-to-end tests save screenshots and the apps' logs below it.
    export PAYMENTGATEWAY_TEST_ARTIFACTS="$RESULTS_DIR"
    # --report-xunit-trx: one TRX per test project, counted below.
    # --ignore-exit-code 8: a project with zero tests (yet) is not a failure; an empty run overall is caught below.
    # --max-parallel-test-modules 1: the integration and browser suites each start real servers; on a 2-core machine
    # running them at the same time only makes both slow and their timeouts flaky.
    (cd "$REPO_ROOT" && dotnet test PaymentGateway.sln -c Release \
        --results-directory "$RESULTS_DIR" --report-xunit-trx --ignore-exit-code 8 --no-progress \
        --max-parallel-test-modules 1 "$@") \
        2>&1 | tee "$LOG_FILE" >&2 || rc="${PIPESTATUS[0]}"
    echo "$rc"
}

# Sums "<label>: N" lines of dotnet test's console summary (used when no TRX report was written).
sum_console() {
    awk -v label="$1:" '$1 == label && $2 ~ /^[0-9]+$/ { s += $2 } END { print s + 0 }' "$LOG_FILE" 2>/dev/null || echo 0
}

# Sums one attribute of the <Counters> element over all TRX files.
sum_counter() {
    local name="$1" total=0 value f
    while IFS= read -r -d '' f; do
        value="$(grep -o "<Counters [^>]*" "$f" | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+' || true)"
        total=$((total + ${value:-0}))
    done < <(find "$RESULTS_DIR" -name '*.trx' -print0)
    echo "$total"
}

# One line: the recorded trial balances of the run's test databases, summed per currency (scripts/ledger-summary.awk).
ledger_summary() {
    local files=()
    [[ -d "$RESULTS_DIR/ledger" ]] && mapfile -t files < <(find "$RESULTS_DIR/ledger" -name '*.tsv')
    awk -f "$REPO_ROOT/scripts/ledger-summary.awk" "${files[@]}" /dev/null
}

# Repeats each failed test's name and first lines of its message at the end, where a CI log's tail shows them;
# dotnet test prints them as they happen, often thousands of lines above.
list_failed_tests() {
    [[ -f "$LOG_FILE" ]] || return 0
    grep -q '^failed ' "$LOG_FILE" || return 0
    log "failed tests:"
    awk '/^failed / { n = 5 } n > 0 { print "  " substr($0, 1, 400); n-- }' "$LOG_FILE" >&2
}

main() {
    local rc passed failed skipped summary
    check_dotnet
    trap stop_postgres_in_ci EXIT
    ensure_chromium
    ensure_promtool
    ensure_postgres
    rc="$(run_dotnet_test "$@")"

    if [[ -n "$(find "$RESULTS_DIR" -name '*.trx' -print -quit)" ]]; then
        passed="$(sum_counter passed)"
        # "error": a failure outside a test, such as a class fixture's cleanup (e.g. a ledger that did not balance).
        failed="$(( $(sum_counter failed) + $(sum_counter error) ))"
        skipped="$(sum_counter notExecuted)"
    else
        passed="$(sum_console succeeded)"
        failed="$(sum_console failed)"
        skipped="$(sum_console skipped)"
    fi

    list_failed_tests
    log "TRX reports and the full log (dotnet-test.log) are in $RESULTS_DIR"
    if [[ "$rc" != 0 && "$failed" == 0 ]]; then
        # A build error or a crashed test process leaves no failed test in the reports; count it as one
        # so the summary line never looks green when dotnet test was not.
        log "dotnet test exited with code $rc without a failed test result (build error or crashed test run?); counting it as 1 failure."
        failed=1
    fi
    [[ "$passed" -gt 0 ]] || log "no test passed (did any run at all?)."

    ledger_summary || log "warning: could not sum the ledgers' trial balances."
    summary="$passed passed, $failed failed"
    [[ "$skipped" -gt 0 ]] && summary+=", $skipped skipped"
    echo "$summary"
    [[ "$failed" -eq 0 && "$passed" -gt 0 ]]
}

main "$@"
