#!/usr/bin/env bash
# A/B of two builds on `render --size 1920x1080` (DISPLAY unset: EGL), runs alternated, medians and fastest printed:
#
#   bench/ab_render.sh OLD_BINARY NEW_BINARY [ROUNDS] [RENDER OPTIONS...]
#
# e.g. bench/ab_render.sh /tmp/old/caucasus-atlas build/caucasus-atlas 25 --view bench/mapnik-layers.view.json \
#      --bbox 38.5,37.6,51.2,44.6          (Mapnik's layers and extent, as bench/compare.sh)
# Wall time from exec to exit by python's monotonic clock around the child. The last pictures are left as
# $ATLAS_BENCH_DIR/ab-old.png and ab-new.png (default /tmp/atlas-compare) to be compared.
set -euo pipefail
A="$(realpath "$1")"
B="$(realpath "$2")"
ROUNDS="${3:-11}"
shift $(( $# >= 3 ? 3 : $# ))
WORK="${ATLAS_BENCH_DIR:-/tmp/atlas-compare}"
mkdir -p "$WORK"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
A="$A" B="$B" ROUNDS="$ROUNDS" WORK="$WORK" /usr/bin/python3 - "$@" <<'PY'
import os, statistics, subprocess, sys, time
a, b, rounds, work = os.environ['A'], os.environ['B'], int(os.environ['ROUNDS']), os.environ['WORK']
env = {k: v for k, v in os.environ.items() if k not in ('DISPLAY', 'WAYLAND_DISPLAY')}
times = {'old': [], 'new': []}
for r in range(rounds):
    for name in (['old', 'new'] if r % 2 == 0 else ['new', 'old']):
        exe = a if name == 'old' else b
        t = time.monotonic()
        subprocess.run([exe, 'render', '--size', '1920x1080', '--out', f'{work}/ab-{name}.png'] + sys.argv[1:],
                       env=env, check=True, stderr=subprocess.DEVNULL)
        times[name].append(time.monotonic() - t)
for name, v in times.items():
    print(f'{name}: median {statistics.median(v) * 1000:.1f} ms, fastest {min(v) * 1000:.1f} ms '
          f'({", ".join(f"{x * 1000:.0f}" for x in v)})')
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
