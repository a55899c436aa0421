#!/usr/bin/env bash
# The verdict benchmark: builds bench_verdicts optimised in
# build-bench-dashboard/ (beside bench_dashboard, whose store it shares), then
# records 50 verdicts one after another on a store of 100,000 Jira tasks and
# 2,000 releases. Extra arguments go to bench_verdicts (--tasks N, --releases N,
# --verdicts N).
#   scripts/bench-verdicts.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-bench-dashboard
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/bench-build.sh" "$build" bench_verdicts
exec "$build/tests/benchmarks/bench_verdicts" "$@"
