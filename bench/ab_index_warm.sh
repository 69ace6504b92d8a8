#!/usr/bin/env bash
# A/B of two builds on a warm `index --csv` of the same corpus, alternating: wall, user, system, peak resident.
#
#   bench/ab_index_warm.sh OLD_BINARY NEW_BINARY [ROUNDS] [CORPUS_DIR]
#
# Each binary gets its own index cache folder under $ATLAS_BENCH_DIR (default /tmp/atlas-compare), filled by one
# run before the timed ones. CORPUS_DIR defaults to the 100 MB corpus that bench/compare.sh makes there. The two
# CSV outputs are compared at the end (they should be byte-identical).
set -euo pipefail
A="$(realpath "$1")"
B="$(realpath "$2")"
ROUNDS="${3:-3}"
WORK="${ATLAS_BENCH_DIR:-/tmp/atlas-compare}"
CORPUS="${4:-$WORK/corpus}"
[[ -d "$CORPUS" ]] || { echo "ab_index_warm: $CORPUS: no such folder (run bench/compare.sh once to make it)" >&2; exit 2; }
run() {  # label binary -> one timed run
    ATLAS_CACHE_DIR="$WORK/ab-cache-$1" /usr/bin/time -f "$1 %e s wall, %U s user, %S s system, %M KB peak" \
        "$2" index --corpus "$CORPUS" --csv 2>&1 >"$WORK/ab-$1.csv" | grep -v ': warning: ' || true
}
for label in a b; do
    bin=$A; [[ $label == b ]] && bin=$B
    ATLAS_CACHE_DIR="$WORK/ab-cache-$label" "$bin" index --corpus "$CORPUS" --csv >/dev/null 2>&1
done
echo "a = $A"
echo "b = $B"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < ROUNDS; i++)); do
    if ((i % 2 == 0)); then run a "$A"; run b "$B"; else run b "$B"; run a "$A"; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if cmp -s "$WORK/ab-a.csv" "$WORK/ab-b.csv"; then echo "outputs identical"; else echo "outputs DIFFER"; fi
