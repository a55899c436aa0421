#!/usr/bin/env bash
# Builds benchmark targets optimised (Release) in their own folder, configured
# once, for the bench-*.sh scripts: bench-build.sh FOLDER TARGET... Benchmarks
# are timed on an optimised build; the suite's Debug build would time the
# compiler's choices, not the code's.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$1
shift
if [[ ! -f $build/build.ninja ]]; then
    mkdir -p "$build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
fi
cmake --build "$build" --target "$@" -- -j"${BENCH_JOBS:-2}"
