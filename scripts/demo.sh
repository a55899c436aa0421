#!/usr/bin/env bash
# README command 1: installs what is missing, builds, and starts ReleaseDesk on
# its demo (the sandbox embedded in the app, a fresh local database).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" "$root/build" releasedesk

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "No display to open the window on (DISPLAY is not set); starting under Xvfb." >&2
    echo "The window is not visible this way: run from a desktop session to see it." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        "$root/build/app/releasedesk" --demo "$@"
fi
exec "$root/build/app/releasedesk" --demo "$@"
