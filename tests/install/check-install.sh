#!/usr/bin/env bash
# The install_tree test: `cmake --install` of the build folder into a scratch
# prefix, then checks that the tree has everything a desktop and a package
# need, and that the installed binaries run from there without the build tree.
#   check-install.sh CMAKE BUILD_DIR VERSION APP_ID
set -euo pipefail
cmake=$1 build=$2 version=$3 id=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_file() { [[ -f $prefix/$1 ]] || fail "missing $1"; }

for binary in releasedesk releasedesk-cli releasedesk-sandbox; do
    path=$prefix/bin/$binary
    [[ -x $path ]] || { fail "bin/$binary is missing or not executable"; continue; }
    # ReleaseDesk ships no shared library: a run path could only point into
    # the build folder or at a lib/ beside bin/ that holds nothing of ours, and
    # Debian's policy forbids one. The system's paths find Qt.
    if readelf -d "$path" | grep -E '\((RPATH|RUNPATH)\)'; then
        fail "bin/$binary keeps a run path"
    fi
done
# Offscreen: the app parses --version after QApplication has started.
for binary in releasedesk releasedesk-cli; do
    printed=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$binary" --version 2>&1) ||
        fail "bin/$binary --version failed: $printed"
    [[ $printed == *"$version"* ]] || fail "bin/$binary --version printed '$printed', not $version"
done

desktop=share/applications/$id.desktop
expect_file "$desktop"
if [[ -f $prefix/$desktop ]]; then
    grep -qx "Icon=$id" "$prefix/$desktop" || fail "$desktop does not name the icon $id"
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$prefix/$desktop")
    [[ -x $prefix/bin/$exec ]] || fail "$desktop starts '$exec', which is not installed"
fi
metainfo=share/metainfo/$id.metainfo.xml
expect_file "$metainfo"
if [[ -f $prefix/$metainfo ]]; then
    grep -q "<id>$id</id>" "$prefix/$metainfo" || fail "$metainfo is not for $id"
    grep -q "<release version=\"$version\"" "$prefix/$metainfo" ||
        fail "$metainfo has no release entry for $version"
fi
expect_file "share/icons/hicolor/scalable/apps/$id.svg"
expect_file share/doc/releasedesk/copyright

# A PNG's width and height are the big-endian words at bytes 16 and 20.
for size in 16 22 24 32 48 64 128 256 512; do
    icon=share/icons/hicolor/${size}x${size}/apps/$id.png
    [[ -f $prefix/$icon ]] || { fail "missing $icon"; continue; }
    read -r width height < <(od -An -tu1 -j16 -N8 "$prefix/$icon" |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [[ $width == "$size" && $height == "$size" ]] || fail "$icon is ${width}x$height"
done

((failures == 0)) || exit 1
echo "Installed tree complete: $(find "$prefix" -type f | wc -l) files"
