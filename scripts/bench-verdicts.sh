#!/usr/bin/env bash
# The verdict benchmark: builds bench_verdicts optimised (Release) in
# build-bench-dashboard/ (beside bench_dashboard, whose store it shares), then
# records 50 verdicts one after another on a store of 100,000 Jira tasks and
# 2,000 releases. Extra arguments go to bench_verdicts (--tasks N, --releases N,
# --verdicts N).
#   scripts/bench-verdicts.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-bench-dashboard

bash "$root/scripts/install-deps.sh"

if [[ ! -f $build/build.ninja ]]; then
    mkdir -p "$build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
fi
cmake --build "$build" --target bench_verdicts -- -j"${BENCH_JOBS:-2}"
exec "$build/tests/benchmarks/bench_verdicts" "$@"
