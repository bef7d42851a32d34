#!/bin/sh
# Screenshots of every wizard page in a real X window (Xvfb): at 1280x800, at QT_SCALE_FACTOR=2
# on a 2560x1600 screen (the same 1280x800 in logical pixels), in German against the built-in
# simulated Exchange, and with a dark palette.
#   tests/gui/screenshots.sh DRIVER OUTDIR
# DRIVER is the eas-wizard-screenshots executable; the pictures go to OUTDIR/1280x800,
# OUTDIR/1280x800@2x, OUTDIR/de-1280x800 and OUTDIR/dark-1280x800. Fails when a page cannot be
# shown.
set -eu
driver=$1
out=$2
command -v xvfb-run >/dev/null 2>&1 || {
    echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2
    exit 1
}
rm -rf "$out"
mkdir -p "$out"
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x800x24" "$driver" --out "$out/1280x800"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24" "$driver" --out "$out/1280x800@2x"
xvfb-run -a -s "-screen 0 1280x800x24" "$driver" --lang de --simulator --out "$out/de-1280x800"
xvfb-run -a -s "-screen 0 1280x800x24" "$driver" --dark --out "$out/dark-1280x800"
echo "screenshots.sh: pictures in $out"
