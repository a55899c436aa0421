#!/usr/bin/env bash
# Installs the Debian package that scripts/package.sh made, with apt pulling
# its dependencies, and checks the installed app: the files a desktop needs,
# the binaries running from /usr/bin without anything of the build, the demo
# staying up and quitting cleanly on SIGTERM. For a fresh Debian 12 (CI's
# last step, after the tests); as root, or with sudo. It changes the system:
# the package stays installed.
#   scripts/check-package.sh [PACKAGE.deb]   (default: build-package/releasedesk_*.deb)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# scripts/package.sh leaves one package there.
built=("$root"/build-package/releasedesk_*.deb)
package=${1:-${built[0]}}
[[ -f $package ]] || { echo "No package: run scripts/package.sh first" >&2; exit 1; }
package=$(realpath "$package")
version=$(dpkg-deb -f "$package" Version)
id=io.github.releasedesk.ReleaseDesk

sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "Run as root, or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "$package" >/dev/null
echo "Installed $(dpkg-query -W -f='${Package} ${Version}' releasedesk)"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# What the app loads at run time, which ldd and shlibdeps cannot see, must be
# declared: on a machine that built the package it is there anyway, so only
# the declaration shows that a fresh machine gets it.
depends=$(dpkg-deb -f "$package" Depends)
for needed in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 libqt6keychain1 libqt6printsupport6; do
    [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "the package does not depend on $needed: $depends"
done

listed=$(dpkg -L releasedesk)
for path in /usr/bin/releasedesk /usr/bin/releasedesk-cli /usr/bin/releasedesk-sandbox \
    /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/doc/releasedesk/copyright; do
    grep -qx "$path" <<<"$listed" || fail "the package does not install $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    path=/usr/share/icons/hicolor/${size}x$size/apps/$id.png
    grep -qx "$path" <<<"$listed" || fail "the package does not install $path"
done
for binary in releasedesk releasedesk-cli releasedesk-sandbox; do
    missing=$(ldd "/usr/bin/$binary" | grep 'not found' || true)
    [[ -z $missing ]] || fail "$binary misses libraries: $missing"
done

# A home of its own: the checks leave no settings behind. Offscreen, as a
# fresh machine has no display.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$scratch
cd "$scratch"

printed=$(/usr/bin/releasedesk-cli --version 2>&1) || fail "releasedesk-cli --version failed: $printed"
[[ $printed == *"$version"* ]] || fail "releasedesk-cli --version printed '$printed', not $version"
printed=$(/usr/bin/releasedesk --version 2>&1) || fail "releasedesk --version failed: $printed"
[[ $printed == *"$version"* ]] || fail "releasedesk --version printed '$printed', not $version"

# The sandbox prints its systems' addresses as one line of JSON once it listens.
/usr/bin/releasedesk-sandbox >sandbox.json 2>sandbox.log &
sandbox=$!
for _ in {1..50}; do
    [[ -s sandbox.json ]] && break
    sleep 0.1
done
grep -q '"jira"' sandbox.json || fail "releasedesk-sandbox did not start: $(cat sandbox.log)"
kill -TERM "$sandbox" 2>/dev/null || true
wait "$sandbox" || fail "releasedesk-sandbox did not quit cleanly on SIGTERM (exit $?)"

# The demo starts its own sandbox and syncs with it: still up after a few
# seconds means it got past its start, and SIGTERM ends it with status 0.
/usr/bin/releasedesk --demo >demo.log 2>&1 &
demo=$!
sleep 5
if kill -0 "$demo" 2>/dev/null; then
    kill -TERM "$demo"
    status=0
    wait "$demo" || status=$?
    ((status == 0)) || fail "releasedesk --demo exited $status on SIGTERM: $(cat demo.log)"
else
    status=0
    wait "$demo" || status=$?
    fail "releasedesk --demo stopped by itself (exit $status): $(cat demo.log)"
fi

((failures == 0)) || exit 1
echo "Package releasedesk $version: installed and running"
