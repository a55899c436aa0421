#!/usr/bin/env bash
# The sync benchmark: builds bench_sync and the sandbox optimised (Release) in
# build-bench/, then runs it: a sandbox with 20,000 Jira tasks, a full and an
# incremental sync into an empty store, and the same Jira pages fetched with
# curl as the yardstick. Extra arguments go to bench_sync (--issues N).
#   scripts/bench-sync.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-bench
bash "$root/scripts/install-deps.sh" curl

BENCH_JOBS=${BENCH_JOBS:-4} bash "$root/scripts/bench-build.sh" "$build" bench_sync releasedesk-sandbox
exec "$build/tests/benchmarks/bench_sync" "$@"
