#!/usr/bin/env bash
# The window's resident memory at rest on the bundled data, for one build or two side by side:
#
#   DISPLAY=:77 bench/window_memory.sh BINARY [BINARY2] [ROUNDS]
#
# Needs an X server on $DISPLAY (for example `Xvfb :77 -screen 0 1920x1080x24 &`). Each binary is started once to
# fill its caches (map, fonts, glyphs, index: one cache folder per binary under $ATLAS_BENCH_DIR, default
# /tmp/atlas-compare), then ROUNDS times (default 3, the binaries alternated) with a fresh config folder; SETTLE
# seconds after the start (default 9) VmRSS, RssAnon and RssFile are read from /proc and the window is closed.
# Prints every reading in kB and the median of each in MiB; with WHERE=1 also the largest mappings of the last
# run (resident kB per file, anonymous memory and the heap).
set -euo pipefail
[[ -n "${DISPLAY:-}" ]] || { echo "window_memory.sh: no DISPLAY (start Xvfb first)" >&2; exit 2; }
bins=()
ROUNDS=3
for arg in "$@"; do
    if [[ "$arg" =~ ^[0-9]+$ ]]; then ROUNDS=$arg; else bins+=("$(realpath "$arg")"); fi
done
((${#bins[@]} >= 1)) || { echo "usage: window_memory.sh BINARY [BINARY2] [ROUNDS]" >&2; exit 2; }
SETTLE="${SETTLE:-9}"
WORK="${ATLAS_BENCH_DIR:-/tmp/atlas-compare}"
mkdir -p "$WORK"
declare -A readings
measure() {  # index binary -> appends "rss anon file" (kB) to readings[index]
    local i=$1 bin=$2 cfg pid line
    cfg=$(mktemp -d)
    XDG_CONFIG_HOME="$cfg" ATLAS_CACHE_DIR="$WORK/window-memory-cache-$i" "$bin" >"$cfg/log" 2>&1 &
    pid=$!
    sleep "$SETTLE"
    if [[ -r /proc/$pid/status ]]; then
        line=$(awk '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} END{print r, a, f}' "/proc/$pid/status")
        readings[$i]+="$line;"
        if [[ "${WHERE:-0}" == 1 ]]; then
            where=$(awk '/^[0-9a-f]+-/{n=$6; if(n=="")n="[anonymous]"} /^Rss:/{r[n]+=$2}
                         END{for(k in r) if(r[k]>=1024) print r[k], k}' "/proc/$pid/smaps" | sort -rn | head -15)
        fi
    else
        readings[$i]+="exited;"
        cat "$cfg/log" >&2
    fi
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    rm -rf "$cfg"
}
where=""
for i in "${!bins[@]}"; do  # caches filled once
    cfg=$(mktemp -d)
    XDG_CONFIG_HOME="$cfg" ATLAS_CACHE_DIR="$WORK/window-memory-cache-$i" "${bins[$i]}" >/dev/null 2>&1 &
    pid=$!; sleep "$SETTLE"; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$cfg"
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < ROUNDS; r++)); do
    if ((r % 2 == 0)); then order=("${!bins[@]}"); else order=(); for ((k = ${#bins[@]} - 1; k >= 0; k--)); do order+=("$k"); done; fi
    for i in "${order[@]}"; do measure "$i" "${bins[$i]}"; done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{v[NR]=$1} END{if(NR==0){print "-"; exit} m=(NR%2)? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.1f", m/1024}'; }
for i in "${!bins[@]}"; do
    echo "${bins[$i]}"
    echo "  readings (VmRSS RssAnon RssFile, kB): ${readings[$i]}"
    vals=$(echo "${readings[$i]}" | tr ';' '\n' | grep -v '^$' | grep -v exited || true)
    printf "  median: resident %s MiB, anonymous %s MiB, file-backed %s MiB\n" \
        "$(echo "$vals" | awk '{print $1}' | median)" "$(echo "$vals" | awk '{print $2}' | median)" \
        "$(echo "$vals" | awk '{print $3}' | median)"
done
if [[ -n "$where" ]]; then echo "largest mappings of the last run (resident kB):"; echo "$where"; fi
