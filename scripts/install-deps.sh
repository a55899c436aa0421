#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing ReleaseDesk
# need, and any packages named as arguments (the benchmarks add curl). Quick
# when they are already there: apt is only asked for what is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libgl-dev
    xvfb xauth x11-utils imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
    fonts-dejavu-core
    openssl
    poppler-utils
    desktop-file-utils appstream dpkg-dev file
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
((${#missing[@]} == 0)) && exit 0

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "Run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
