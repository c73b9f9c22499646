#!/bin/sh
# Set up the CUPS queue the kiosk prints receipts on.
#
#   setup-receipt-printer.sh [--queue NAME] [--default] DEVICE_URI MODEL
#
# DEVICE_URI  where the printer is, as CUPS names it: run `lpinfo -v` with the printer
#             plugged in (e.g. usb://EPSON/TM-T20III?serial=X4ZK012345, socket://10.0.0.20:9100)
# MODEL       escpos-80        a generic ESC/POS thermal receipt printer, 80 mm roll
#                              (576 dots), the kiosk's own PPD and filter
#             escpos-58        the same, 58 mm roll (384 dots)
#             pdf              a cups-pdf queue writing PDF files (testing without paper;
#                              DEVICE_URI is then cups-pdf:/ )
#             FILE.ppd[.gz]    the printer maker's PPD (Epson TM, Star TSP… drivers)
#             DRIVER           a driver CUPS already knows, as listed by `lpinfo -m`
# --queue     the queue name (default: receipts, as in /etc/kiosk/kiosk.toml)
# --default   also make it CUPS' default queue
#
# The queue is enabled, accepting, not shared on the network, and aborts a job on a
# printer error instead of stopping the whole queue (the kiosk shows the printer's
# trouble in plain words and the next receipt prints once it is fixed).
# Needs root (lpadmin). CUPS_SERVER is honoured (the tests use a private cupsd).
set -eu

usage() {
    sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

queue=receipts
make_default=no
while [ $# -gt 0 ]; do
    case "$1" in
        --queue) [ $# -ge 2 ] || usage; queue="$2"; shift 2 ;;
        --default) make_default=yes; shift ;;
        -h|--help) usage ;;
        --) shift; break ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *) break ;;
    esac
done
[ $# -eq 2 ] || usage
uri="$1"
model="$2"

case "$queue" in
    *[!A-Za-z0-9_-]*|"") echo "queue name must be letters, digits, - or _: $queue" >&2; exit 2 ;;
esac
case "$uri" in
    *:*) ;;
    *) echo "not a device URI (see lpinfo -v): $uri" >&2; exit 2 ;;
esac

for tool in lpadmin lpstat cupsenable cupsaccept; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "$tool not found: apt-get install cups cups-client" >&2
        exit 1
    }
done

# The kiosk's generic ESC/POS PPDs: installed by the package, or next to this script
# in a checkout of the repository.
ppd_dir="${KIOSK_PPD_DIR:-/usr/share/ppd/kiosk}"
if [ ! -d "$ppd_dir" ] && [ -d "$(dirname "$0")/escpos" ]; then
    ppd_dir="$(dirname "$0")/escpos"
fi

case "$model" in
    escpos-80|escpos-58)
        ppd="$ppd_dir/kiosk-escpos-${model#escpos-}mm.ppd"
        [ -r "$ppd" ] || { echo "the kiosk's ESC/POS PPD is missing: $ppd" >&2; exit 1; }
        set -- -P "$ppd"
        ;;
    pdf)
        ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd
        [ -r "$ppd" ] || { echo "cups-pdf is not installed: apt-get install printer-driver-cups-pdf" >&2; exit 1; }
        set -- -P "$ppd"
        ;;
    *.ppd|*.ppd.gz|*.PPD)
        [ -r "$model" ] || { echo "no such PPD file: $model" >&2; exit 2; }
        set -- -P "$model"
        ;;
    *)
        if ! lpinfo -m 2>/dev/null | cut -d' ' -f1 | grep -qxF -- "$model"; then
            echo "CUPS has no driver named $model (see lpinfo -m, or give the maker's PPD file)" >&2
            exit 2
        fi
        set -- -m "$model"
        ;;
esac

lpadmin -p "$queue" -v "$uri" "$@" \
    -D "Kiosk receipts" \
    -o printer-is-shared=false \
    -o printer-error-policy=abort-job
cupsenable "$queue"
cupsaccept "$queue"
if [ "$make_default" = yes ]; then
    lpadmin -d "$queue"
fi

echo "Queue $queue is ready:"
lpstat -p "$queue"
cat <<HINT

In /etc/kiosk/kiosk.toml (or on the admin screen, Settings):
  [printer]
  output = "cups"
  queue = "$queue"
Then print a test receipt from the admin screen (Printer), or:
  lp -d $queue /usr/share/cups/data/testprint
HINT
