#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, LeakSanitizer on) and runs each for a bounded time on its
# seed corpus. scripts/test.sh runs this as its last stage (CI); any crash, leak, timeout or OOM fails it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 30 s; targets: passage_splitter year_extractor
#                                                          matcher gazetteer view_state deck vector_file
#                                                          corpus_document document_readers index_cache)
#
# Seeds: tests/fuzz/seeds/<target>/ (read only). New corpus entries go to build-fuzz/corpus/<target>/; crashing
# inputs to build-fuzz/crashes/<target>/ and are copied into tests/data/fuzz_regressions/<target>/, which the
# normal test suite replays (tests/core/corpus/test_fuzz_regressions.cpp, tests/fuzz/test_fuzz_replay.cpp): fix the
# bug, then commit the input so that it stays a regression test.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${ATLAS_FUZZ_BUILD:-$ROOT/build-fuzz}"
SECONDS_PER_TARGET="${1:-30}"
shift || true
ALL_TARGETS=(passage_splitter year_extractor matcher gazetteer view_state deck vector_file corpus_document
             document_readers index_cache)  # = tests/fuzz/CMakeLists.txt
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=("${ALL_TARGETS[@]}")

CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DATLAS_FUZZ=ON -DATLAS_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"${ATLAS_FUZZ_JOBS:-1}" --target "${TARGETS[@]/#/fuzz_}"

# Leaks inside third-party libraries (GDAL, PROJ) are suppressed by library name only; see the file.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for t in "${TARGETS[@]}"; do
    mkdir -p "$BUILD/corpus/$t" "$BUILD/crashes/$t"
    rm -f "$BUILD/crashes/$t"/*  # only this run's findings get copied into the source tree
    echo "== fuzz_$t for ${SECONDS_PER_TARGET}s"
    if ! "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD/crashes/$t/" -print_final_stats=1 "$BUILD/corpus/$t" "$ROOT/tests/fuzz/seeds/$t" \
        2>"$BUILD/fuzz_$t.log"; then
        status=1
        mkdir -p "$ROOT/tests/data/fuzz_regressions/$t"
        for f in "$BUILD/crashes/$t"/*; do
            [[ -f "$f" ]] && cp "$f" "$ROOT/tests/data/fuzz_regressions/$t/"
        done
        echo "fuzz_$t: FAILED — inputs copied to tests/data/fuzz_regressions/$t/ (from $BUILD/crashes/$t/); log:"
        grep -E -A30 "^==[0-9]+==ERROR|runtime error|^ALARM|out-of-memory|uncaught exception|deadly signal" \
            "$BUILD/fuzz_$t.log" | head -60 || tail -40 "$BUILD/fuzz_$t.log"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE" "$BUILD/fuzz_$t.log" || true
done
exit $status
