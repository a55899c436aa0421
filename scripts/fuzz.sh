#!/usr/bin/env bash
# Builds the libFuzzer targets of the parsers that read a server's answer
# (tests/fuzz) with clang, AddressSanitizer and UBSan in build-fuzz/, and runs
# each for the given seconds on a copy of its seed corpus, so the corpus in the
# tree never changes. One line per target; exits non-zero when any target
# found a crash, a hang (over 10 s on one input), a leak or ran out of memory.
#   scripts/fuzz.sh [seconds-per-target] [target...]   (600 s, every target)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-fuzz
seconds=${1:-600}
shift || true

bash "$root/scripts/install-deps.sh" clang-14 libclang-rt-14-dev
if [[ ! -f $build/build.ninja ]]; then
    mkdir -p "$build"
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Debug -DRELEASEDESK_FUZZ=ON ${RELEASEDESK_CMAKE_ARGS:-} \
        >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
    for source in "$root"/tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
fi
cmake --build "$build" -- "${targets[@]}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run=$build/runs
rm -rf "$run"
failed=0
printf '%-24s %12s %10s %8s\n' target runs exec/s crashes
for target in "${targets[@]}"; do
    corpus=$run/$target/corpus artifacts=$run/$target/artifacts
    mkdir -p "$corpus" "$artifacts"
    cp "$root/tests/fuzz/corpus/$target/"* "$corpus/"
    status=0
    "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        >"$run/$target.log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/$target.log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$run/$target.log")
    crashes=$(find "$artifacts" -type f | wc -l)
    printf '%-24s %12s %10s %8s\n' "$target" "${runs:-?}" "${speed:-?}" "$crashes"
    if ((status != 0 || crashes != 0)); then
        failed=1
        echo "$target failed (exit $status); its log: $run/$target.log" >&2
        find "$artifacts" -type f >&2
    fi
done
exit "$failed"
