#!/usr/bin/env bash
# Generates a corpus folder holding one dense single-line document: nothing but place names of the bundled
# gazetteer, SIZE_MB mebibytes without a line end (the worst case for the per-document mention cap, the memory of
# indexing and the index cache; docs/robustness.md, docs/benchmarks.md).
#
#   scripts/dense_corpus.sh SIZE_MB DIR        (keep DIR outside the repository, e.g. /tmp/dense-corpus)
#
# Then e.g.: ATLAS_CACHE_DIR=/tmp/dense-cache /usr/bin/time -v build/caucasus-atlas index --corpus DIR --csv >/dev/null
set -euo pipefail
size_mb="${1:?usage: dense_corpus.sh SIZE_MB DIR}"
dir="${2:?usage: dense_corpus.sh SIZE_MB DIR}"
[[ "$size_mb" =~ ^[1-9][0-9]*$ ]] || { echo "dense_corpus.sh: SIZE_MB must be a positive integer, got '$size_mb'" >&2; exit 2; }
mkdir -p "$dir"
# `yes` repeats the sentence; tr removes its line ends, so the whole file is one line. yes and tr end on SIGPIPE
# once head has its bytes: not a failure.
set +o pipefail
yes "Stepanakert, Shusha, Yerevan and Baku, Tbilisi, Gyumri, Ganja; " | tr -d '\n' |
    head -c "$((size_mb * 1024 * 1024))" >"$dir/dense.txt"
set -o pipefail
[[ "$(stat -c %s "$dir/dense.txt")" == "$((size_mb * 1024 * 1024))" ]] || { echo "dense_corpus.sh: $dir/dense.txt is short" >&2; exit 1; }
echo "$dir/dense.txt: $(stat -c %s "$dir/dense.txt") bytes, one line"
