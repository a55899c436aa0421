#!/usr/bin/env bash
# README command 2: installs what is missing, builds, and runs the whole suite
# with ctest. GUI tests run offscreen; keychain tests talk to a real Secret
# Service (gnome-keyring) on a private D-Bus session started for the run.
#   scripts/test.sh              the suite
#   scripts/test.sh --sanitize   the suite built with AddressSanitizer + UBSan
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build
# A warning fails the run: none may build up unnoticed.
cmake_args=(-DRELEASEDESK_WERROR=ON)
if [[ ${1:-} == --sanitize ]]; then
    build=$root/build-sanitize
    cmake_args+=(-DRELEASEDESK_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # Qt and fontconfig keep caches for the life of the process on purpose.
    export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp
    shift
fi

bash "$root/scripts/install-deps.sh"
export RELEASEDESK_CMAKE_ARGS="${RELEASEDESK_CMAKE_ARGS:-} ${cmake_args[*]}"
# build.sh configures a new folder only; one configured before keeps its cache
# unless told.
if [[ -f $build/build.ninja ]]; then
    cmake -S "$root" -B "$build" "${cmake_args[@]}" >"$build/configure.log" 2>&1 \
        || { cat "$build/configure.log"; exit 1; }
fi
bash "$root/scripts/build.sh" "$build"

# A private home and runtime folder: the keyring and settings of a run start
# empty and never touch the user's own.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
mkdir -m 0700 "$keyring_home/runtime"
dbus-run-session -- env HOME="$keyring_home" XDG_RUNTIME_DIR="$keyring_home/runtime" bash -c '
    echo -n releasedesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure --timeout 300 --parallel "$(nproc)" "$@"' \
    "$build" "$@"
