#!/usr/bin/env bash
# The dashboard benchmark: builds bench_dashboard optimised (Release) in
# build-bench-dashboard/, then runs it offscreen: a store of 100,000 Jira tasks
# and 2,000 releases from the sandbox catalogue, the main window opened on it
# and on an empty store, filter keystrokes against a plain scan, and the peak
# memory, three runs. Extra arguments go to bench_dashboard (--tasks N,
# --releases N, --runs N).
#   scripts/bench-dashboard.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-bench-dashboard

bash "$root/scripts/install-deps.sh"

if [[ ! -f $build/build.ninja ]]; then
    mkdir -p "$build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
fi
cmake --build "$build" --target bench_dashboard -- -j"${BENCH_JOBS:-2}"
export QT_QPA_PLATFORM=offscreen
exec "$build/tests/benchmarks/bench_dashboard" "$@"
