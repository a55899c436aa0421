#!/usr/bin/env bash
# Takes a screenshot of the main window on the demo profile, in a real window
# under Xvfb, the way a user would see it at 1280x800.
#   scripts/screenshot.sh [output.png]     (default: resources/screenshots/dashboard.png)
# QT_SCALE_FACTOR=2 with a larger screen (SCREEN=2560x1600x24) shows high-DPI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
output=$(realpath -m "${1:-$root/resources/screenshots/dashboard.png}")
screen=${SCREEN:-1280x800x24}
mkdir -p "$(dirname "$output")"

bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" "$root/build" releasedesk

xvfb-run -a -s "-screen 0 $screen" dbus-run-session -- bash -c '
    "$0" --demo &
    app=$!
    for _ in $(seq 100); do
        xwininfo -root -tree 2>/dev/null | grep -q "\"ReleaseDesk" && break
        sleep 0.2
    done
    sleep 10  # the first sync from the embedded sandbox, then the repaint
    import -window root "$1"
    kill $app; wait $app 2>/dev/null || true' "$root/build/app/releasedesk" "$output"
echo "Saved $output"
