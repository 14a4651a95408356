#!/usr/bin/env bash
# Benchmark the gateway (see bench/PaymentGateway.Benchmark).
#
# Usage:
#   scripts/bench.sh [create|pay|expiry|all] [options]     e.g. scripts/bench.sh --seconds 30 --warmup 5
#   BENCH_POSTGRES='Host=...;Username=...;Password=...;Database=postgres' scripts/bench.sh pay --sessions 1000
#
# Without BENCH_POSTGRES the local PostgreSQL of scripts/postgres.sh (127.0.0.1:55432) is started and used.
# Builds the gateway and the benchmark in Release, then runs the scenario (default: create):
#   create  POST /opencharge/checkout/create against two minimal baseline servers (signed responses, nonce and session
#           in one statement; one on the managed NBitcoin secp256k1, one on native libsecp256k1), all as separate
#           processes, 32 connections, a warm-up, then measured slices alternating between the three; requests/s,
#           p50/p99 latency, errors, peak memory and CPU per request for each, and the ratios against the targets
#           (>= 1.0x the NBitcoin baseline, >= 0.9x the libsecp256k1 baseline, p99 <= 1.2x, no errors).
#   pay     N sessions (--sessions, 1000) paid through POST /pay/{id} by 32 workers while an in-process merchant
#           gateway accepts the proofs: completions/s, proof lag p50/p99 (target p99 < 2 s), proofs == N, no duplicates.
#   expiry  N due sessions (--sessions, 100000) expired by the gateway's sweep vs one plain UPDATE (target <= 3x),
#           and create throughput during a sweep vs without (target >= 0.8).
#   all     the three in turn, with the same options.
# Exit code: 0 when every target is met, 1 when not, 2 on bad usage. The benchmark databases are dropped at the end.
#
# Options (passed on): --seconds N (15), --warmup N (3), --slices N (3), --pool N, --postgres CONN,
#                      --sessions N, --sweep-batch N (expiry: overrides Checkout:Expiry:SweepBatchSize).
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
    create|pay|expiry|all) ;;
    *) log "error: unknown scenario '$scenario' (create, pay, expiry or all)"; exit 2 ;;
esac
command -v dotnet >/dev/null || { log "error: the .NET SDK is not installed (need 10.0)"; exit 1; }

if [[ -z "${BENCH_POSTGRES:-}" ]]; then
    scripts/postgres.sh start
    BENCH_POSTGRES="$(scripts/postgres.sh url postgres)"
    export BENCH_POSTGRES
fi

log "building the gateway and the benchmark (Release)..."
dotnet build src/Host -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/PaymentGateway.Benchmark -c Release -nologo -v q -clp:ErrorsOnly

bench=(dotnet bench/PaymentGateway.Benchmark/bin/Release/net10.0/PaymentGateway.Benchmark.dll)
case "$scenario" in
    create|pay|expiry) exec "${bench[@]}" "$scenario" "$@" ;;
    all)
        # Every scenario runs even when one misses its target; the exit code says whether all of them met theirs.
        status=0
        for one in create pay expiry; do
            log "scenario $one"
            "${bench[@]}" "$one" "$@" || { code=$?; [[ $code -eq 2 ]] && exit 2; status=1; }
        done
        exit "$status" ;;
esac
