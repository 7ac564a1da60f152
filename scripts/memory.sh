#!/usr/bin/env bash
# Peak memory of `dixit extract` on a small and a multi-gigabyte input (issue 8: memory stays
# flat whatever the input size). Prints the peak RSS of each run, as GNU time measures it.
#
#   scripts/memory.sh            # ~2.5 GB of JSONL
#   DIXIT_MEM_GB=5 scripts/memory.sh
#
# The input repeats /work/shared/eval/orangesum_fr_raw.jsonl.gz (real French news; or
# corpus/gold.jsonl when that is absent) with new ids, in $TMPDIR; it is deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

GB=${DIXIT_MEM_GB:-2.5}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dixit-memory.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

if [ ! -x /usr/bin/time ]; then
    echo "GNU time is missing: apt-get install -y time" >&2
    exit 2
fi

SRC=/work/shared/eval/orangesum_fr_raw.jsonl.gz
if [ -f "$SRC" ]; then
    gzip -dc "$SRC" > "$TMP/base.jsonl"
else
    SRC=corpus/gold.jsonl
    cp "$SRC" "$TMP/base.jsonl"
fi
base_bytes=$(stat -c %s "$TMP/base.jsonl")
target_bytes=$(awk -v g="$GB" 'BEGIN { printf "%d", g * 1e9 }')
reps=$(( (target_bytes + base_bytes - 1) / base_bytes ))

need=$(( target_bytes + base_bytes * 2 ))
free=$(df -P -B1 "$TMP" | awk 'NR == 2 { print $4 }')
if [ "$free" -lt $(( need + 2000000000 )) ]; then
    echo "not enough space in $TMP: need $need bytes plus 2 GB to spare, have $free" >&2
    exit 2
fi

cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/dixit

echo "source: $SRC ($base_bytes bytes); big input: $reps copies with new ids"
# Each copy gets its own ids ("r7-orangesum:5"), so no two records share one.
for ((k = 0; k < reps; k++)); do
    sed -E "s/^\\{\"id\": *\"/{\"id\": \"r$k-/" "$TMP/base.jsonl"
done > "$TMP/big.jsonl"

measure() { # name file
    local log="$TMP/$1.time"
    /usr/bin/time -v "$BIN" extract -q -o /dev/null "$2" 2> "$log" || {
        code=$?
        # Exit code 1 only means some records are error records.
        [ "$code" -eq 1 ] || { cat "$log" >&2; exit "$code"; }
    }
    local rss secs
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$log")
    printf '%-6s %14d bytes %8d records  peak RSS %6.1f MB  wall %s\n' \
        "$1" "$(stat -c %s "$2")" "$(wc -l < "$2")" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$secs"
}

echo "threads: $(nproc); binary: $BIN"
measure small "$TMP/base.jsonl"
measure big "$TMP/big.jsonl"
