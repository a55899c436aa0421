#!/usr/bin/env bash
# Screenshots of the main screens on the demo, in a real window under Xvfb,
# the way a user sees them: the dashboard, sign-off, release notes and New
# release at 1280x800, the dashboard again on a high-DPI screen (scale 2
# at 2560x1600), and the dashboard and its View menu in Welsh. Keys reach the
# window through xdotool, as a person's would.
#   scripts/screenshot.sh [folder]     (default: resources/screenshots)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
folder=$(realpath -m "${1:-$root/resources/screenshots}")
mkdir -p "$folder"

bash "$root/scripts/install-deps.sh" xdotool
bash "$root/scripts/build.sh" "$root/build" releasedesk

# shoot SCREEN SCALE LANGUAGE SHOTS...: one demo run in LANGUAGE (en, cy);
# each shot is "name:keys" (keys for xdotool before the picture, "-" for none).
shoot() {
    local screen=$1 scale=$2 language=$3
    shift 3
    QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 $screen" dbus-run-session -- bash -c '
        app_path=$1 folder=$2 language=$3
        shift 3
        "$app_path" --demo --language "$language" &
        app=$!
        for _ in $(seq 100); do
            xdotool search --name "^ReleaseDesk" >/dev/null 2>&1 && break
            sleep 0.2
        done
        sleep 10  # the first sync from the embedded sandbox, then the repaint
        window=$(xdotool search --name "^ReleaseDesk" | head -1)
        xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
        for shot in "$@"; do
            name=${shot%%:*} keys=${shot#*:}
            [[ $keys == - ]] || { xdotool key --clearmodifiers $keys; sleep 1.5; }
            import -window root "$folder/$name.png"
            echo "Saved $folder/$name.png"
        done
        kill $app; wait $app 2>/dev/null || true' _ \
        "$root/build/app/releasedesk" "$folder" "$language" "$@"
}

shoot 1280x800x24 1 en dashboard:- signoff:alt+s notes:alt+n newrelease:ctrl+n
shoot 2560x1600x24 2 en dashboard-hidpi:-
# In Welsh, then with View > Language open ("G&weld" > "&Iaith").
shoot 1280x800x24 1 cy dashboard-cy:- 'view-menu-cy:alt+w i'
