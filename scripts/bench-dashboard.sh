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

bash "$root/scripts/bench-build.sh" "$build" bench_dashboard
export QT_QPA_PLATFORM=offscreen
exec "$build/tests/benchmarks/bench_dashboard" "$@"
