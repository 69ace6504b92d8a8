#!/usr/bin/env bash
# A/B of two builds on start-up costs, runs alternated, medians printed:
#
#   bench/ab_startup.sh OLD_BINARY NEW_BINARY [ROUNDS]
#
# Each round runs, with each binary: `--version`; `features --year 2023`; `index --csv` on the bundled corpus with a
# warm index cache (one cache folder per binary under $ATLAS_BENCH_DIR, default /tmp/atlas-compare, filled first);
# `render --size 1920x1080` with DISPLAY unset; and, when DISPLAY is set (an X server such as Xvfb), the window's
# "first frame shown" from `--timings` (the window is closed once it is printed; a fresh config folder each time).
# Wall times are from exec to exit as the shell sees them (`date +%s%N` around the run), in milliseconds.
set -euo pipefail
A="$(realpath "$1")"
B="$(realpath "$2")"
ROUNDS="${3:-5}"
WORK="${ATLAS_BENCH_DIR:-/tmp/atlas-compare}"
mkdir -p "$WORK"
declare -A times
wall() {  # key command... -> appends the wall time from exec to exit, in ms, to times[key]
    local key=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times[$key]+="$(( (t1 - t0) / 1000000 )) "
}
firstframe() {  # key binary -> appends the window's first-frame time in ms
    local key=$1 bin=$2 cfg log pid ms=""
    cfg=$(mktemp -d); log="$cfg/log"
    XDG_CONFIG_HOME="$cfg" ATLAS_CACHE_DIR="$WORK/ab-start-cache-$key" "$bin" --timings >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
        ms=$(awk '/first frame shown/{print int($(NF-3))}' "$log")
        [[ -n "$ms" ]] && break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    rm -rf "$cfg"
    times[$key-window]+="${ms:-nan} "
}
run() {  # label binary
    local k=$1 bin=$2
    wall "$k-version" "$bin" --version
    wall "$k-features" "$bin" features --year 2023
    wall "$k-index" env ATLAS_CACHE_DIR="$WORK/ab-start-cache-$k" "$bin" index --csv
    wall "$k-render" env -u DISPLAY ATLAS_CACHE_DIR="$WORK/ab-start-cache-$k" "$bin" render --out "$WORK/ab-start-$k.png" --size 1920x1080
    if [[ -n "${DISPLAY:-}" ]]; then firstframe "$k" "$bin"; fi
}
for label in a b; do  # warm every cache once
    bin=$A; [[ $label == b ]] && bin=$B
    ATLAS_CACHE_DIR="$WORK/ab-start-cache-$label" "$bin" index --csv >/dev/null 2>&1
    env -u DISPLAY ATLAS_CACHE_DIR="$WORK/ab-start-cache-$label" "$bin" render --out "$WORK/ab-start-$label.png" --size 64x64 >/dev/null 2>&1
done
echo "a = $A"
echo "b = $B"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < ROUNDS; i++)); do
    if ((i % 2 == 0)); then run a "$A"; run b "$B"; else run b "$B"; run a "$A"; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{v[NR]=$1} END{if(NR==0){print "-"; exit} print (NR%2)? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
printf "%-10s %10s %10s %8s   %s\n" run "a median" "b median" "b/a" "all runs, ms (a | b)"
for what in version features index render window; do
    [[ -n "${times[a-$what]:-}" ]] || continue
    ma=$(echo "${times[a-$what]}" | median); mb=$(echo "${times[b-$what]}" | median)
    printf "%-10s %8s ms %8s ms %8s   %s| %s\n" "$what" "$ma" "$mb" "$(awk -v a="$ma" -v b="$mb" 'BEGIN{if(a>0) printf "%.2f", b/a; else print "-"}')" \
        "${times[a-$what]}" "${times[b-$what]}"
done
if cmp -s "$WORK/ab-start-a.png" "$WORK/ab-start-b.png"; then echo "render outputs identical"; else echo "render outputs DIFFER"; fi
