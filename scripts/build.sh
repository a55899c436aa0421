#!/usr/bin/env bash
# Configures (once) and builds ReleaseDesk with Ninja. The first argument is the
# build folder, the rest are ninja targets (all by default). Extra CMake cache
# settings come from RELEASEDESK_CMAKE_ARGS. It is a Debug build: that compiles
# several times faster than an optimised one on a two-core machine, and the app
# is not CPU-bound.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
shift || true

if [[ ! -f $build/build.ninja ]]; then
    mkdir -p "$build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        ${RELEASEDESK_CMAKE_ARGS:-} >"$build/configure.log" 2>&1 \
        || { cat "$build/configure.log"; exit 1; }
fi
cmake --build "$build" -- "$@"
