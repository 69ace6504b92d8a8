#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 30 s; targets: passage_splitter year_extractor
#                                                          matcher gazetteer)
#
# Seeds: tests/fuzz/seeds/<target>/ (read only). New corpus entries go to build-fuzz/corpus/<target>/; crashing
# inputs to build-fuzz/crashes/<target>/. Copy each crash into tests/data/fuzz_regressions/<target>/ once fixed:
# atlas_core_tests replays every file there (test_fuzz_regressions.cpp).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${ATLAS_FUZZ_BUILD:-$ROOT/build-fuzz}"
SECONDS_PER_TARGET="${1:-30}"
shift || true
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(passage_splitter year_extractor matcher gazetteer)

CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DATLAS_FUZZ=ON -DATLAS_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
for t in "${TARGETS[@]}"; do cmake --build "$BUILD" --target "fuzz_$t" -j"${ATLAS_FUZZ_JOBS:-1}"; done

status=0
for t in "${TARGETS[@]}"; do
    mkdir -p "$BUILD/corpus/$t" "$BUILD/crashes/$t"
    echo "== fuzz_$t for ${SECONDS_PER_TARGET}s"
    if ! "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD/crashes/$t/" -print_final_stats=1 "$BUILD/corpus/$t" "$ROOT/tests/fuzz/seeds/$t" \
        2>"$BUILD/fuzz_$t.log"; then
        status=1
        echo "fuzz_$t: CRASH — inputs in $BUILD/crashes/$t/, log $BUILD/fuzz_$t.log"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE" "$BUILD/fuzz_$t.log" || true
done
exit $status
