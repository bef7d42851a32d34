#!/bin/sh
# Runs lupdate on a copy of each .ts file exactly as the build's update_translations target does
# (the same lupdate project: sources of every layer, include paths, -locations none) and fails on
# any unfinished, obsolete or vanished entry: a text added, changed or removed in the code
# without its translation following.
#
#   translations_complete.sh CMAKE PROJECT.cmake GENERATOR.cmake LUPDATE TS-FILE...
# PROJECT.cmake is the lupdate project qt_add_translations wrote at configure time,
# GENERATOR.cmake Qt's GenerateLUpdateProject.cmake that turns it into lupdate's JSON.
set -eu

usage="usage: translations_complete.sh CMAKE PROJECT.cmake GENERATOR.cmake LUPDATE TS-FILE..."
cmake=${1:?$usage}
project=${2:?$usage}
generator=${3:?$usage}
lupdate=${4:?$usage}
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generator"

status=0
for ts in "$@"; do
    name=$(basename "$ts")
    copy=$work/$name
    cp "$ts" "$copy"
    if ! "$lupdate" -project "$work/project.json" -locations none -ts "$copy" > "$work/lupdate.log" 2>&1; then
        cat "$work/lupdate.log"
        exit 1
    fi
    for kind in unfinished obsolete vanished; do
        count=$(grep -c "type=\"$kind\"" "$copy" || true)
        [ "$count" -eq 0 ] && continue
        echo "$name: $count $kind entries (run: cmake --build BUILD --target update_translations, then translate them in Qt Linguist):"
        grep -B4 "type=\"$kind\"" "$copy" | sed -n 's/.*<source>\(.*\)<\/source>.*/    \1/p' | head -20
        status=1
    done
done
[ "$status" -eq 0 ] && echo "translations complete: $*"
exit $status
