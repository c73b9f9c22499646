#!/usr/bin/env bash
# A throwaway Debian 12 root for `make test-deb`, cached as build/deb-test/bookworm-root.tar:
# debootstrap (minbase) plus what the kiosk package's scripts and a smoke test of its
# Python environment use: adduser, systemd (deb-systemd-helper, systemctl), python3 and
# the few libraries the compiled dependencies link to. The kiosk's other Depends (Qt's
# system libraries, cage, CUPS, pcscd…) are not installed: the test installs with
# --force-depends and says so.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/build/deb-test"
TARBALL="$OUT/bookworm-root.tar"
[ -s "$TARBALL" ] && exit 0
command -v debootstrap >/dev/null || { echo "debootstrap missing (packaging/apt-test.txt)" >&2; exit 1; }
mkdir -p "$OUT"
work="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-test-root.XXXXXX")"
trap 'rm -rf "$work"' EXIT
debootstrap --variant=minbase \
    --include=adduser,systemd,python3,libcups2,libpcsclite1,libglib2.0-0 \
    bookworm "$work/root" >"$OUT/debootstrap.log" 2>&1 ||
    { echo "debootstrap failed; see $OUT/debootstrap.log" >&2; exit 1; }
tar -C "$work/root" -cf "$TARBALL.partial" .
mv "$TARBALL.partial" "$TARBALL"
du -h "$TARBALL"
