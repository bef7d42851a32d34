#!/bin/sh
# Times `eas-doctor analyze-logs` on a generated Exchange IIS log held in the page cache, against
# mawk computing the same per-status counts (status_counts.awk, honouring #Fields) and against
# `wc -l` (one pass over memory: the floor); checks that our counts equal awk's exactly; prints
# MB/s, the ratios and peak RSS (GNU time -v). Builds nothing: give it a build directory.
#
#   tests/bench/bench_iislog.sh BUILD_DIR [SIZE=1G] [THREADS=0 (one per core)] [RUNS=3]
#
# Targets: at least 4x faster than mawk, at most 5x the time of wc -l, peak RSS under 100 MB.
set -eu

build=${1:?usage: bench_iislog.sh BUILD_DIR [SIZE] [THREADS] [RUNS]}
size=${2:-1G}
threads=${3:-0}
runs=${4:-3}
here=$(cd "$(dirname "$0")" && pwd)
doctor=$build/app/eas-doctor
gen=$build/tests/bench/eas-iislog-gen
awkscript=$here/status_counts.awk
for tool in "$doctor" "$gen"; do
    [ -x "$tool" ] || { echo "missing $tool: build eas-doctor and eas-iislog-gen first" >&2; exit 2; }
done
command -v mawk > /dev/null || { echo "mawk is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is not installed" >&2; exit 2; }

log=/tmp/eas-bench-iislog-$size.log
work=$(mktemp -d /tmp/eas-bench-iislog.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ ! -s "$log" ]; then
    echo "generating $log (seed 42)..."
    "$gen" --size "$size" --seed 42 "$log"
fi
bytes=$(stat -c %s "$log")
cat "$log" > /dev/null
cat "$log" > /dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)

threadArgs=
[ "$threads" -gt 0 ] && threadArgs="--threads $threads"

# best NAME CMD...: runs CMD $runs times, keeps the fastest wall time (ms) with its CPU time
# (user + system, ms) and peak RSS (KB).
best() {
    name=$1
    shift
    bestMs=
    i=0
    while [ $i -lt "$runs" ]; do
        start=$(date +%s%N)
        /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/$name.out"
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        if [ -z "$bestMs" ] || [ "$ms" -lt "$bestMs" ]; then
            bestMs=$ms
            bestRss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
            bestCpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' \
                          "$work/time.txt")
        fi
        i=$((i + 1))
    done
    eval "${name}Ms=$bestMs ${name}Rss=$bestRss ${name}Cpu=$bestCpu"
}

best wc wc -l "$log"
best mawk mawk -f "$awkscript" "$log"
# shellcheck disable=SC2086
best ours "$doctor" analyze-logs "$log" --json "$work/ours.json" $threadArgs

python3 - "$work/ours.json" "$work/mawk.out" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))
mine = {("all", k): v for k, v in ours["totals"]["byStatus"].items()}
mine.update({("activesync", k): v for k, v in ours["activesync"]["byStatus"].items()})
mine[("corrupt", "")] = ours["totals"]["corruptLines"]
mine[("nofields", "")] = ours["totals"]["noFieldsLines"]
theirs = {}
for line in open(sys.argv[2]):
    kind, *rest = line.split()
    key = (kind, rest[0]) if len(rest) == 2 else (kind, "")
    theirs[key] = int(rest[-1])
if mine != theirs:
    for key in sorted(set(mine) | set(theirs)):
        if mine.get(key) != theirs.get(key):
            print("MISMATCH", key, "ours", mine.get(key), "awk", theirs.get(key))
    sys.exit(1)
print("counts: identical to mawk (%d status keys, %d requests, %d ActiveSync, %d corrupt lines)"
      % (len(mine) - 2, ours["totals"]["requests"], ours["totals"]["activesyncRequests"],
         ours["totals"]["corruptLines"]))
print("threads used:", ours["threads"])
PY

mb=$(echo "$bytes / 1048576" | bc -l)
rate() { echo "$mb * 1000 / $1" | bc -l | xargs printf '%.0f'; }
printf 'file: %s, %.0f MB, %s lines\n' "$log" "$mb" "$(cat "$work/wc.out" | cut -d' ' -f1)"
printf '%-26s %8s %10s %8s %12s\n' tool "wall ms" "MB/s" "CPU ms" "peak RSS MB"
printf '%-26s %8d %10s %8d %12d\n' "wc -l" "$wcMs" "$(rate "$wcMs")" "$wcCpu" $((wcRss / 1024))
printf '%-26s %8d %10s %8d %12d\n' "mawk status_counts.awk" "$mawkMs" "$(rate "$mawkMs")" "$mawkCpu" \
    $((mawkRss / 1024))
printf '%-26s %8d %10s %8d %12d\n' "eas-doctor analyze-logs" "$oursMs" "$(rate "$oursMs")" "$oursCpu" \
    $((oursRss / 1024))
printf 'load average before the runs: %s\n' "$load"
printf 'speed-up over mawk: %.2fx (target >= 4)\n' "$(echo "$mawkMs / $oursMs" | bc -l)"
printf 'time / wc -l time:  %.2fx (target <= 5)\n' "$(echo "$oursMs / $wcMs" | bc -l)"
printf 'peak RSS:           %d MB (target < 100)\n' $((oursRss / 1024))
