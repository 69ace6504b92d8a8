#!/usr/bin/env bash
# Side by side, alternating: `caucasus-atlas render` vs Mapnik on the same layers, `index` vs grep -F -o -i, and
# bench/gl_floor (an EGL context, one triangle, read back: the floor of any OpenGL render) when it was built.
#
#   bench/compare.sh [BUILD_DIR] [ROUNDS]      (default: build, 5 rounds; data goes to $ATLAS_BENCH_DIR or /tmp)
#
# Needs Debian's python3-mapnik (for /usr/bin/python3) and GNU grep. Every run is timed from exec to exit by
# python's monotonic clock around the child; medians over the rounds and the ratios are printed, with the load
# average before and after (other work on the machine slows every figure).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
ROUNDS="${2:-5}"
WORK="${ATLAS_BENCH_DIR:-/tmp/atlas-compare}"
ATLAS="$BUILD/caucasus-atlas"
mkdir -p "$WORK"

# The issue's index corpus: the five bundled texts repeated into 20 files of 5 MB (100 MB), and the atlas's own
# names (every name of every gazetteer feature) one a line for grep.
if [[ ! -f "$WORK/corpus/.complete" ]]; then
    mkdir -p "$WORK/corpus"
    /usr/bin/python3 - "$ROOT/corpus" "$WORK/corpus" <<'PY'
import pathlib, sys
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
texts = ''.join(p.read_text(encoding='utf-8') for p in sorted(src.glob('*.txt')))
for i in range(20):
    data, n = [], 0
    while n < 5_000_000:
        data.append(texts); n += len(texts.encode('utf-8'))
    (dst / f'part_{i:02d}.txt').write_text(''.join(data), encoding='utf-8')
(dst / '.complete').write_text('ok')
PY
fi
/usr/bin/python3 - "$ROOT/geodata/gazetteer.geojson" > "$WORK/names.txt" <<'PY'
import json, sys
features = json.load(open(sys.argv[1], encoding='utf-8'))['features']
names = {n['text'] for f in features for n in f['properties']['names']}
print('\n'.join(sorted(names)))
PY
MB=$(du -sb --exclude=.complete "$WORK/corpus" | cut -f1 | awk '{printf "%.1f", $1 / 1e6}')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "index corpus: $MB MB in 20 files; names: $(wc -l < "$WORK/names.txt")"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

ROOT="$ROOT" ATLAS="$ATLAS" FLOOR="$BUILD/bench/gl_floor" WORK="$WORK" ROUNDS="$ROUNDS" MB="$MB" /usr/bin/python3 - <<'PY'
import os, resource, statistics, subprocess, time
root, atlas, floor, work, rounds, mb = (os.environ[k] for k in ('ROOT', 'ATLAS', 'FLOOR', 'WORK', 'ROUNDS', 'MB'))
env_nodisplay = {k: v for k, v in os.environ.items() if k not in ('DISPLAY', 'WAYLAND_DISPLAY')}
c_env = dict(env_nodisplay, LC_ALL='C')
cases = {
    'atlas render 1920x1080 (no display, EGL)':
        [atlas, 'render', '--size', '1920x1080', '--out', f'{work}/atlas.png'],
    'atlas render 1920x1080, Mapnik\'s layers (land, countries, borders, labels)':
        [atlas, 'render', '--size', '1920x1080', '--view', f'{root}/bench/mapnik-layers.view.json', '--bbox',
         '38.5,37.6,51.2,44.6', '--out', f'{work}/atlas-mapnik-layers.png'],
    'mapnik 1920x1080 (land, countries, borders, labels)':
        ['/usr/bin/python3', f'{root}/bench/mapnik_basemap.py', f'{root}/geodata/basemap.gpkg', f'{work}/mapnik.png'],
    'atlas render 64x64':
        [atlas, 'render', '--size', '64x64', '--out', f'{work}/atlas-64.png'],
    'gl_floor 1920x1080 (EGL context, one triangle, read back)':
        [floor, '1920', '1080'],
    'atlas index --csv, cold cache (100 MB)':
        ['sh', '-c', f'rm -rf "{work}/cold" && ATLAS_CACHE_DIR="{work}/cold" exec "{atlas}" index --corpus '
         f'"{work}/corpus" --csv'],
    'atlas index --csv, warm cache (100 MB)':
        ['env', f'ATLAS_CACHE_DIR={work}/warm', atlas, 'index', '--corpus', f'{work}/corpus', '--csv'],
    'grep -F -o -i -f names.txt -r (100 MB)':
        ['grep', '-F', '-o', '-i', '-f', f'{work}/names.txt', '-r', f'{work}/corpus'],
}
if not os.access(floor, os.X_OK):  # a build without the benchmarks: no floor to show
    del cases['gl_floor 1920x1080 (EGL context, one triangle, read back)']
times = {k: [] for k in cases}
cpu = {k: [] for k in cases}
for name in ('atlas index --csv, warm cache (100 MB)', 'atlas render 1920x1080 (no display, EGL)'):
    subprocess.run(cases[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env_nodisplay,
                   check=True)  # fill the caches once
for r in range(int(rounds)):
    order = list(cases) if r % 2 == 0 else list(reversed(cases))  # alternate the order
    for name in order:
        # The previous run's output (106 MB for the index) is removed before the clock starts: freeing its pages
        # is not the next run's work.
        if os.path.exists(f'{work}/out.txt'):
            os.remove(f'{work}/out.txt')
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.monotonic()
        with open(f'{work}/out.txt', 'wb') as out:  # not /dev/null: grep stops at the first match there
            p = subprocess.run(cases[name], stdout=out, stderr=subprocess.PIPE,
                               env=c_env if name.startswith('grep') else env_nodisplay)
        dt = time.monotonic() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if p.returncode not in (0, 1 if name.startswith('grep') else 0):
            raise SystemExit(f'{name}: exit {p.returncode}: {p.stderr.decode()[-400:]}')
        times[name].append(dt)
med = {k: statistics.median(v) for k, v in times.items()}
for k, v in times.items():
    extra = f'  {float(mb) / med[k]:.1f} MB/s' if '100 MB' in k else ''
    print(f'{k:55s} median {med[k]:.3f} s, CPU {statistics.median(cpu[k]):.3f} s  '
          f'(runs: {", ".join(f"{x:.3f}" for x in v)}){extra}')
r = med['atlas render 1920x1080 (no display, EGL)'] / med['mapnik 1920x1080 (land, countries, borders, labels)']
rc = statistics.median(cpu['atlas render 1920x1080 (no display, EGL)']) / \
    statistics.median(cpu['mapnik 1920x1080 (land, countries, borders, labels)'])
print(f'render (the whole map) / mapnik: {r:.2f} wall, {rc:.2f} CPU (target <= 0.5)')
same = "atlas render 1920x1080, Mapnik's layers (land, countries, borders, labels)"
rs = med[same] / med['mapnik 1920x1080 (land, countries, borders, labels)']
rsc = statistics.median(cpu[same]) / statistics.median(cpu['mapnik 1920x1080 (land, countries, borders, labels)'])
print(f"render (Mapnik's layers) / mapnik: {rs:.2f} wall, {rsc:.2f} CPU (target <= 0.5)")
if 'gl_floor 1920x1080 (EGL context, one triangle, read back)' in med:
    f = med['gl_floor 1920x1080 (EGL context, one triangle, read back)'] / \
        med['mapnik 1920x1080 (land, countries, borders, labels)']
    print(f'gl_floor / mapnik: {f:.2f} wall (the least any OpenGL render takes here, against the same 0.5)')
for kind in ('cold', 'warm'):
    i = med['grep -F -o -i -f names.txt -r (100 MB)'] / med[f'atlas index --csv, {kind} cache (100 MB)']
    print(f'index ({kind} cache) throughput / grep throughput: {i:.2f} (target >= 2)')
PY
rm -f "$WORK/out.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
