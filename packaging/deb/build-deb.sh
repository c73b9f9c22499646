#!/usr/bin/env bash
# Build the kiosk's Debian package: build/kiosk_<version>_<arch>.deb  (make deb)
#
# The virtual environment is built HERE, at build time, on Debian's /usr/bin/python3 from
# the committed uv.lock (runtime dependencies only), and shipped in the package as
# /opt/kiosk/venv: installing a kiosk needs no PyPI, no compiler and no network beyond
# Debian's own archive for the Depends. That ties the package to Debian 12's Python 3.11
# and to this machine's architecture (pycups and pyscard are compiled here).
# The application (kiosk/, device/, portal/, resources/, translations with the compiled
# .qm catalogues, the MRZ glyph model) goes to /opt/kiosk/app.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:-$ROOT/build}"
UV="$ROOT/.venv/bin/uv"
STAGE="$ROOT/build/deb-stage"
PKG="$STAGE/kiosk"
ARCH="$(dpkg --print-architecture)"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -1)-1"

for needed in "$ROOT/build/mrz/glyphs.npz" "$ROOT/build/translations/kiosk_ro.qm" "$UV"; do
    [ -e "$needed" ] || { echo "$needed is missing: run make deb (it builds it first)" >&2; exit 1; }
done

rm -rf "$STAGE"
mkdir -p "$PKG/DEBIAN" "$OUT"

echo "== application → /opt/kiosk/app"
APP="$PKG/opt/kiosk/app"
mkdir -p "$APP/build/translations" "$APP/build/mrz"
tar -C "$ROOT" --exclude=__pycache__ --exclude='*.pyc' \
    -cf - kiosk device portal resources translations README.md pyproject.toml uv.lock |
    tar -C "$APP" -xf -
cp -p "$ROOT"/build/translations/*.qm "$APP/build/translations/"
cp -p "$ROOT/build/mrz/glyphs.npz" "$APP/build/mrz/"
# The catalogues must look up to date: the kiosk cannot recompile them on a read-only /opt.
touch "$APP"/build/translations/*.qm
/usr/bin/python3 -m compileall -q -j 0 -s "$PKG" -p / "$APP" >/dev/null

echo "== virtual environment → /opt/kiosk/venv (uv.lock, runtime dependencies only)"
"$UV" venv --quiet --relocatable --python /usr/bin/python3 "$PKG/opt/kiosk/venv"
(cd "$ROOT" && UV_PROJECT_ENVIRONMENT="$PKG/opt/kiosk/venv" UV_PYTHON_DOWNLOADS=never \
    "$UV" sync --quiet --frozen --no-dev --no-install-project --link-mode=copy \
    --compile-bytecode --python /usr/bin/python3)
# uv's own marker files are of no use on a kiosk.
rm -f "$PKG/opt/kiosk/venv/.gitignore" "$PKG/opt/kiosk/venv/CACHEDIR.TAG"

echo "== session, unit, PAM, udev, configuration, tools"
install -D -m 0755 "$ROOT/packaging/appliance/kiosk-session" "$PKG/opt/kiosk/bin/kiosk-session"
install -D -m 0755 "$ROOT/packaging/appliance/kiosk-app" "$PKG/opt/kiosk/bin/kiosk-app"
install -D -m 0755 "$ROOT/packaging/appliance/kiosk-admin" "$PKG/opt/kiosk/bin/kiosk-admin"
install -D -m 0755 "$ROOT/packaging/with-secret-service.sh" "$PKG/opt/kiosk/bin/with-secret-service"
install -D -m 0755 "$ROOT/packaging/setup-receipt-printer.sh" \
    "$PKG/opt/kiosk/bin/setup-receipt-printer.sh"
install -D -m 0644 "$ROOT/packaging/appliance/kiosk.service" "$PKG/lib/systemd/system/kiosk.service"
install -D -m 0644 "$ROOT/packaging/appliance/kiosk.pam" "$PKG/etc/pam.d/kiosk"
install -D -m 0644 "$ROOT/packaging/appliance/70-kiosk-devices.rules" \
    "$PKG/lib/udev/rules.d/70-kiosk-devices.rules"
install -D -m 0644 "$ROOT/packaging/appliance/kiosk.toml" "$PKG/etc/kiosk/kiosk.toml"
# Generic ESC/POS receipt printers: CUPS filter and PPDs (lpinfo -m lists them).
install -D -m 0755 "$ROOT/packaging/escpos/rastertokioskescpos" \
    "$PKG/usr/lib/cups/filter/rastertokioskescpos"
for ppd in "$ROOT"/packaging/escpos/*.ppd; do
    install -D -m 0644 "$ppd" "$PKG/usr/share/ppd/kiosk/$(basename "$ppd")"
done
mkdir -p "$PKG/usr/sbin"
ln -s /opt/kiosk/bin/kiosk-admin "$PKG/usr/sbin/kiosk-admin"
ln -s /opt/kiosk/bin/setup-receipt-printer.sh "$PKG/usr/sbin/kiosk-setup-receipt-printer"

echo "== control files"
# Depends: what the kiosk needs at run time (packaging/apt-runtime.txt), less what only
# development needs, plus the appliance's own (cage, PAM/logind, udev, adduser).
# Debian's cage is built with XWayland and will not start without it; the kiosk is an
# X11 client of it (packaging/appliance/kiosk-session says why).
depends="python3 (>= 3.11), python3 (<< 3.12), cage, xwayland, adduser, systemd, udev,"
depends+=" libpam-systemd,"
depends+=" libpam-runtime, libcups2"
while read -r line; do
    pkg="${line%%#*}"; pkg="${pkg//[[:space:]]/}"
    case "$pkg" in
        # a virtual card reader listening on a TCP port has no place on a kiosk
        ""|vsmartcard-vpcd|python3|python3-venv|printer-driver-cups-pdf) continue ;;
    esac
    depends+=", $pkg"
done < "$ROOT/packaging/apt-runtime.txt"
size="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$size/" \
    -e "s/@DEPENDS@/$depends/" "$ROOT/packaging/deb/control.in" > "$PKG/DEBIAN/control"
printf '%s\n' /etc/kiosk/kiosk.toml /etc/pam.d/kiosk > "$PKG/DEBIAN/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "$ROOT/packaging/deb/$script" "$PKG/DEBIAN/$script"
done
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
    xargs -0 md5sum > DEBIAN/md5sums)

DEB="$OUT/kiosk_${VERSION}_${ARCH}.deb"
echo "== $DEB"
dpkg-deb --root-owner-group -Zzstd -z3 --build "$PKG" "$DEB" >/dev/null
rm -rf "$STAGE"
ls -l "$DEB"
