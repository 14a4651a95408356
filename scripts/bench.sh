#!/usr/bin/env bash
# Benchmark the gateway against a minimal baseline server (see bench/PaymentGateway.Benchmark).
#
# Usage:
#   scripts/bench.sh [options]            e.g. scripts/bench.sh --seconds 30 --warmup 5
#   BENCH_POSTGRES='Host=...;Username=...;Password=...;Database=postgres' scripts/bench.sh
#
# Without BENCH_POSTGRES the local PostgreSQL of scripts/postgres.sh (127.0.0.1:55432) is started and used.
# Builds the gateway and the benchmark in Release, then runs the 'create' scenario: both servers as separate
# processes, 32 connections, a warm-up, then measured slices; prints requests/s, p50/p99 latency, errors and peak
# memory for each, and the gateway/baseline throughput ratio against the target (>= 0.7).
# Exit code: 0 when every target is met, 1 when not, 2 on bad usage. The benchmark databases are dropped at the end.
#
# Options (passed on): --seconds N (15), --warmup N (3), --slices N (3), --pool N, --postgres CONN.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { echo "bench.sh: $*" >&2; }

cd "$REPO_ROOT"
command -v dotnet >/dev/null || { log "error: the .NET SDK is not installed (need 10.0)"; exit 1; }

if [[ -z "${BENCH_POSTGRES:-}" ]]; then
    scripts/postgres.sh start
    BENCH_POSTGRES="$(scripts/postgres.sh url postgres)"
    export BENCH_POSTGRES
fi

log "building the gateway and the benchmark (Release)..."
dotnet build src/Host -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/PaymentGateway.Benchmark -c Release -nologo -v q -clp:ErrorsOnly

exec dotnet bench/PaymentGateway.Benchmark/bin/Release/net10.0/PaymentGateway.Benchmark.dll create "$@"
