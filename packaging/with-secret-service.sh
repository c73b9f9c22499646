#!/bin/sh
# Run a command with a working Secret Service (gnome-keyring) on a private D-Bus
# session bus: for `make run` / `make test` on machines with no desktop session,
# where the kiosk's keyring would otherwise have nowhere to keep its secrets.
#
#   packaging/with-secret-service.sh CMD [ARGS...]
#
# Environment:
#   SECRET_SERVICE_TMP_HOME=1   keep the keyring files in a throwaway HOME /
#                               XDG_DATA_HOME, removed when CMD ends (tests, demo).
#   SECRET_SERVICE_PASSWORD     password of the login keyring (default: a fixed
#                               throwaway one; this is for development machines only,
#                               the appliance's kiosk-session passes one from a root-only
#                               systemd credential).
#
# The bus, the keyring daemon and CMD all end together: the keyring daemon is stopped
# when CMD exits, and dbus-run-session then stops the bus. CMD's exit status is kept.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found; install the packages in packaging/apt-runtime.txt" >&2
        exit 127
    fi
done

if [ "${_WITH_SECRET_SERVICE_INNER:-}" = 1 ]; then
    # Inside the private bus. The daemon runs in the foreground as our child so we can
    # stop it ourselves: a daemonized one outlives a short CMD (it misses the bus going
    # away while still starting). The password on stdin unlocks (or creates) the login
    # keyring, so nothing ever prompts.
    unset _WITH_SECRET_SERVICE_INNER
    printf '%s' "${SECRET_SERVICE_PASSWORD:-kiosk-dev-throwaway}" |
        gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    keyring_pid=$!
    unset SECRET_SERVICE_PASSWORD
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
            echo "$0: gnome-keyring-daemon did not start" >&2
            kill "$keyring_pid" 2>/dev/null || true
            exit 1
        fi
        sleep 0.05
    done
    set +e
    "$@"
    status=$?
    kill "$keyring_pid" 2>/dev/null
    wait "$keyring_pid" 2>/dev/null
    exit "$status"
fi

tmp_home=""
cleanup() {
    if [ -n "$tmp_home" ]; then
        rm -rf "$tmp_home"
    fi
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

if [ "${SECRET_SERVICE_TMP_HOME:-}" = 1 ]; then
    tmp_home="$(mktemp -d "${TMPDIR:-/tmp}/secret-service-home.XXXXXX")"
    export HOME="$tmp_home" XDG_DATA_HOME="$tmp_home/.local/share"
    mkdir -p "$XDG_DATA_HOME"
fi

# Not `exec`: this shell stays to remove the throwaway home afterwards.
_WITH_SECRET_SERVICE_INNER=1 dbus-run-session -- "$0" "$@"
