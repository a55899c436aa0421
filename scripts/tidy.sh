#!/usr/bin/env bash
# Runs clang-tidy with the checks in .clang-tidy over the project's sources,
# using the compile commands of the build in build/ (built first, as the ui
# sources include what uic and moc generate). Exits non-zero on any finding.
# Not part of CI: the whole tree takes the best part of an hour on two cores.
#   scripts/tidy.sh                    every folder
#   scripts/tidy.sh models services/http   only these folders
#   scripts/tidy.sh -fix models        extra run-clang-tidy options come first
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build

options=()
while [[ ${1:-} == -* ]]; do
    options+=("$1")
    shift
done
folders=("$@")
((${#folders[@]} > 0)) || folders=(models services ui app tests)

bash "$root/scripts/install-deps.sh" clang-tidy
bash "$root/scripts/build.sh" "$build"

# One regex per folder, anchored at the tree so that build/ (moc and uic
# output) stays out.
files=()
for folder in "${folders[@]}"; do
    files+=("^$root/${folder%/}/.*\\.cpp\$")
done
# -Wno-error: the compile commands may carry CI's -Werror, and clang's own
# warnings are not what this run is about. run-clang-tidy exits 0 whatever
# it reports, so the findings are counted from its output.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run-clang-tidy -p "$build" -j "$(nproc)" -quiet \
    -header-filter "^$root/(models|services|ui|app|tests)/" \
    -extra-arg=-Wno-error "${options[@]}" "${files[@]}" | tee "$log"
# grep finds nothing on a clean run: that is the good case, not a failure.
findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | { grep -E '^/.*: (warning|error): ' || true; } | sort -u | wc -l)
echo "clang-tidy: $findings findings"
((findings == 0))
