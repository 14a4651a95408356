#!/usr/bin/env bash
# Benchmark the gateway (see bench/PaymentGateway.Benchmark).
#
# Usage:
#   scripts/bench.sh [create|pay|expiry|multihost|all] [options]     e.g. scripts/bench.sh --seconds 30 --warmup 5
#   BENCH_POSTGRES='Host=...;Username=...;Password=...;Database=postgres' scripts/bench.sh pay --sessions 1000
#
# Without BENCH_POSTGRES the local PostgreSQL of scripts/postgres.sh (127.0.0.1:55432) is started and used.
# Builds the gateway and the benchmark in Release, then runs the scenario (default: create):
#   create  POST /opencharge/checkout/create against two minimal baseline servers (signed responses, nonce and session
#           in one statement; one on the managed NBitcoin secp256k1, one on native libsecp256k1), all as separate
#           processes, 32 connections, a warm-up, then measured slices alternating between the three; requests/s,
#           p50/p99 latency, errors, peak memory, CPU per request of each server and of the PostgreSQL backends of its
#           database, and the ratios against the targets (>= 1.0x the NBitcoin baseline, >= 0.9x the libsecp256k1
#           baseline, p99 <= 1.2x, no errors). The baselines use Npgsql's default pool settings unless
#           --baseline-pool gateway gives them the gateway's (no reset on close, prepared statements).
#   pay     N sessions (--sessions, 1000) paid through POST /pay/{id} by 32 workers while an in-process merchant
#           gateway accepts the proofs: completions/s, proof lag p50/p99 (target p99 < 2 s), proofs == N, no duplicates,
#           gateway CPU per payment (target <= 5 ms). The same run also pays N sessions through a second build, the
#           gateway at --compare-with <commit> (default: the main before the pay work of issue 11, see PAY_COMPARE_WITH
#           below; `none` to skip), built from a git worktree under .local/bench-compare/, in slices alternating with
#           this build: completions/s and CPU per payment of both, and the ratio (target >= 2x).
#   expiry  N due sessions (--sessions, 100000) expired by the gateway's sweep vs one plain UPDATE (target <= 3x),
#           and create throughput during a sweep vs without (target >= 0.8).
#   multihost  1, 2 and 3 gateway processes (separate processes) on one PostgreSQL: creates and payments spread over
#           the hosts (each session paid on another host than its create's), throughput per host count, CPU of the
#           hosts, of PostgreSQL's backends and of the load generator, where the ceiling is, and database checks at the
#           end (every paid session has exactly one proof and one journal entry, counts match, trial balance zero).
#   all     the four in turn, with the same options.
# Exit code: 0 when every target is met, 1 when not, 2 on bad usage. The benchmark databases are dropped at the end.
#
# Options (passed on): --seconds N (15), --warmup N (10), --slices N (3), --pool N, --postgres CONN,
#                      --sessions N, --sweep-batch N (expiry: overrides Checkout:Expiry:SweepBatchSize),
#                      --baseline-pool npgsql|gateway (create).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { echo "bench.sh: $*" >&2; }

cd "$REPO_ROOT"
scenario=create
if [[ $# -gt 0 && "$1" != -* ]]; then
    scenario="$1"
    shift
fi
case "$scenario" in
    create|pay|expiry|multihost|all) ;;
    *) log "error: unknown scenario '$scenario' (create, pay, expiry, multihost or all)"; exit 2 ;;
esac
command -v dotnet >/dev/null || { log "error: the .NET SDK is not installed (need 10.0)"; exit 1; }

if [[ -z "${BENCH_POSTGRES:-}" ]]; then
    scripts/postgres.sh start
    BENCH_POSTGRES="$(scripts/postgres.sh url postgres)"
    export BENCH_POSTGRES
fi

# The build the pay scenario compares against: main just before the pay path's rework (issue 11, item 2).
PAY_COMPARE_WITH=9debec4e05fc4c5a5f18aa4a7af217018a1e75b6
args=()
while [[ $# -gt 0 ]]; do
    if [[ "$1" == --compare-with ]]; then
        [[ $# -ge 2 ]] || { log "error: --compare-with needs a commit (or none)"; exit 2; }
        PAY_COMPARE_WITH="$2"
        shift 2
    else
        args+=("$1")
        shift
    fi
done
set -- "${args[@]+"${args[@]}"}"

log "building the gateway and the benchmark (Release)..."
# Build output goes to stderr with the progress: stdout is the report alone.
dotnet build src/Host -c Release -nologo -v q -clp:ErrorsOnly >&2
dotnet build bench/PaymentGateway.Benchmark -c Release -nologo -v q -clp:ErrorsOnly >&2

# A git worktree of the commit to compare with, built once and kept for the next run.
pay_args=()
if [[ "$scenario" == pay || "$scenario" == all ]] && [[ "$PAY_COMPARE_WITH" != none ]]; then
    commit="$(git rev-parse --verify --quiet "$PAY_COMPARE_WITH^{commit}")" || { log "error: unknown commit $PAY_COMPARE_WITH"; exit 2; }
    compare_dir="$REPO_ROOT/.local/bench-compare/$commit"
    if [[ ! -f "$compare_dir/PaymentGateway.sln" ]]; then
        mkdir -p "$REPO_ROOT/.local/bench-compare"
        git worktree prune
        git worktree add --detach "$compare_dir" "$commit" >/dev/null
    fi
    log "building the gateway at ${commit:0:10} to compare with (Release)..."
    dotnet build "$compare_dir/src/Host" -c Release -nologo -v q -clp:ErrorsOnly >&2
    pay_args=(--compare-gateway "$compare_dir/src/Host/bin/Release/net10.0/PaymentGateway.Host.dll" --compare-label "main ${commit:0:7}")
fi

bench=(dotnet bench/PaymentGateway.Benchmark/bin/Release/net10.0/PaymentGateway.Benchmark.dll)
case "$scenario" in
    pay) exec "${bench[@]}" pay "$@" "${pay_args[@]+"${pay_args[@]}"}" ;;
    create|expiry|multihost) exec "${bench[@]}" "$scenario" "$@" ;;
    all)
        # Every scenario runs even when one misses its target; the exit code says whether all of them met theirs.
        status=0
        for one in create pay expiry multihost; do
            log "scenario $one"
            extra=()
            [[ "$one" == pay ]] && extra=("${pay_args[@]+"${pay_args[@]}"}")
            "${bench[@]}" "$one" "$@" "${extra[@]+"${extra[@]}"}" || { code=$?; [[ $code -eq 2 ]] && exit 2; status=1; }
        done
        exit "$status" ;;
esac
