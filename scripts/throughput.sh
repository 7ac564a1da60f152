#!/usr/bin/env bash
# End-to-end throughput of `dixit extract`, the way a user runs it: whole process (start-up,
# reading, analysis, JSON writing), output to /dev/null. For each thread count, the best of
# RUNS runs: wall time, the run's own summary line (which starts after the engine is built),
# and the CPU time the process used (user + system). With --threads 1 one thread reads,
# analyzes and writes, so wall time and CPU time agree; with 2 threads "MB per CPU second" shows
# what the parallel driver costs beside the work itself.
#
# The machine this was written on is shared and its speed drifts by 10-20% from minute to
# minute: compare builds with runs interleaved, not one after the other.
#
#   scripts/throughput.sh [FILE.jsonl[.gz]] [RUNS]     # default: OrangeSum, 5 runs
#
# The input is decompressed to $TMPDIR first (gzip is a reader cost users choose to pay or not).
set -euo pipefail
cd "$(dirname "$0")/.."

SRC=${1:-/work/shared/eval/orangesum_fr_raw.jsonl.gz}
RUNS=${2:-5}
[ -f "$SRC" ] || { echo "no input: $SRC (give a JSONL file)" >&2; exit 2; }
BIN=target/release/dixit
[ -x "$BIN" ] || cargo build --release --quiet

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dixit-throughput.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
case "$SRC" in
    *.gz) gzip -dc "$SRC" > "$TMP/in.jsonl" ;;
    *) cp "$SRC" "$TMP/in.jsonl" ;;
esac
# Bytes of article text, as the summary line counts them.
bytes=$("$BIN" extract "$TMP/in.jsonl" -o /dev/null 2>&1 | sed -n 's/.*(\([0-9.]*\) MB,.*/\1/p')
echo "input: $SRC ($bytes MB of text), best of $RUNS runs, $(nproc) cores"
printf '%-8s %9s %9s %9s %14s  %s\n' threads wall_s cpu_s MB/s MB/cpu_s "summary line"
for t in 1 2; do
    best_wall=999999 best_cpu=999999 best_line=""
    for _ in $(seq "$RUNS"); do
        # bash's time: real, user and system seconds of the child.
        out=$( { TIMEFORMAT='%R %U %S'; time "$BIN" extract "$TMP/in.jsonl" -o /dev/null --threads "$t" 2> "$TMP/err"; } 2>&1 )
        read -r wall user sys <<< "$out"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
        if awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
            best_wall=$wall
            best_line=$(tail -1 "$TMP/err")
        fi
        if awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then best_cpu=$cpu; fi
    done
    awk -v t="$t" -v w="$best_wall" -v c="$best_cpu" -v mb="$bytes" -v l="$best_line" \
        'BEGIN { printf "%-8s %9.3f %9.3f %9.1f %14.1f  %s\n", t, w, c, mb / w, mb / c, l }'
done
