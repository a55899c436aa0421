#!/usr/bin/env bash
# Builds the Debian package: an optimised build without the tests in
# build-package/ (Ninja, as scripts/build.sh does), then `cpack -G DEB`, which
# leaves build-package/releasedesk_<version>_<arch>.deb. Install it with
# `sudo apt install ./build-package/releasedesk_*.deb`; scripts/check-package.sh
# checks it on a fresh Debian 12.
#   scripts/package.sh               the optimised build, in build-package/
#   scripts/package.sh --from DIR    what DIR has built already, packaged as it
#                                    is (CI: the binaries the suite just tested)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-package
cmake_args=(-DCMAKE_BUILD_TYPE=Release -DRELEASEDESK_BUILD_TESTS=OFF -DRELEASEDESK_WERROR=ON)

bash "$root/scripts/install-deps.sh"
if [[ ${1:-} == --from ]]; then
    build=$(realpath "${2:?--from needs a build folder}")
    [[ -f $build/CPackConfig.cmake ]] || { echo "$build is not a configured build" >&2; exit 1; }
    cmake --build "$build"
else
    export RELEASEDESK_CMAKE_ARGS="${RELEASEDESK_CMAKE_ARGS:-} ${cmake_args[*]}"
    # build.sh configures a new folder only; one configured before is told again.
    if [[ -f $build/build.ninja ]]; then
        cmake -S "$root" -B "$build" "${cmake_args[@]}" >"$build/configure.log" 2>&1 \
            || { cat "$build/configure.log"; exit 1; }
    fi
    bash "$root/scripts/build.sh" "$build"
fi
rm -f "$build"/releasedesk_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
ls "$build"/releasedesk_*.deb
