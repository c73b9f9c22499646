#!/usr/bin/env bash
# Install the Debian packages named in the given list files, only those missing.
# As root: apt-get directly. Otherwise through passwordless sudo. Otherwise print
# the exact command to run and fail, so nothing silently depends on a hand install.
set -euo pipefail
wanted=()
for list in "$@"; do
    while read -r line; do
        pkg="${line%%#*}"; pkg="${pkg//[[:space:]]/}"
        [ -n "$pkg" ] && wanted+=("$pkg")
    done < "$list"
done
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    "${cmd[@]}"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -E apt-get update -qq
    sudo -E "${cmd[@]}"
else
    echo "These Debian packages are missing and I cannot install them without root." >&2
    echo "Run, then try again:  sudo apt-get update && sudo ${cmd[*]}" >&2
    exit 1
fi
