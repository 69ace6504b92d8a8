#!/usr/bin/env bash
# One command to build everything with warnings as errors and run every test through ctest, then the reliability
# gates (docs/robustness.md). `.ci/run` calls exactly this; every stage must pass.
#   1. build ($ATLAS_BUILD_DIR, default build-test), -Werror, the whole suite through ctest
#   2. build-asan: the same suite again with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer on);
#      any report aborts the test that triggered it. Suppressions (third-party libraries only): tests/sanitizers/
#   3. build-fuzz: clang + libFuzzer; each fuzz target runs ATLAS_FUZZ_SECONDS (default 25) on its seed corpus;
#      a crash fails the run and its input is copied to tests/data/fuzz_regressions/<target>/ (scripts/fuzz.sh)
# ATLAS_CI_QUICK=1 runs stage 1 only (for a quick local check; CI never sets it).
# Disk: the builds of stages 1 and 2 carry line tables only (-g1: enough for sanitizer and crash stack traces, a fraction of full
# debug info), and once a stage has passed its build tree is deleted before the next stage builds, so at most one
# tree is on disk at a time (CI's disk once filled up with the first two). ATLAS_KEEP_BUILDS=1 keeps them. A stage
# that fails keeps its tree for a look, and a folder that existed before the run is kept.
# GL tests need a display: without one, ctest runs under xvfb-run (Mesa llvmpipe, OpenGL 4.5 core).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${ATLAS_BUILD_DIR:-$root/build-test}"
asan_build="${ATLAS_ASAN_BUILD_DIR:-$build-asan}"
fuzz_build="${ATLAS_FUZZ_BUILD_DIR:-$build-fuzz}"
jobs="${ATLAS_JOBS:-$(nproc)}"
flags_g1=(-DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
"$root/scripts/install-deps.sh"

run_ctest() {  # DIR: the whole suite, under xvfb-run when there is no display
  if [ -n "${DISPLAY:-}" ]; then
    (cd "$1" && ctest --output-on-failure -j "$jobs")
  else
    (cd "$1" && xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure -j "$jobs")
  fi
}
timings=()
stage_done() { timings+=("$1: $(( SECONDS - stage_start )) s"); echo "== test.sh: $1 passed ($(( SECONDS - stage_start )) s)"; }
# A folder that was there before this run (a developer's own build given as ATLAS_BUILD_DIR, say) is never deleted.
created_here=()
for dir in "$build" "$asan_build"; do [ -e "$dir" ] || created_here+=("$dir"); done
free_tree() {  # DIR: a passed stage's build tree, if this run created it and ATLAS_KEEP_BUILDS is not 1
  if [ "${ATLAS_KEEP_BUILDS:-0}" = 1 ] || [ ! -d "$1" ]; then return 0; fi
  local mine=0 dir
  for dir in "${created_here[@]}"; do [ "$dir" = "$1" ] && mine=1; done
  if [ "$mine" = 0 ]; then echo "== test.sh: keeping $1 (it was there before this run)"; return 0; fi
  echo "== test.sh: removing $1 ($(du -sh "$1" | cut -f1)) before the next stage (ATLAS_KEEP_BUILDS=1 keeps it)"
  rm -rf "$1"
}
df_line() { df -Ph "$root" | awk 'NR==2 {print $4 " free on " $6}'; }
echo "== test.sh: disk: $(df_line)"

stage_start=$SECONDS
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATLAS_WERROR=ON "${flags_g1[@]}"
cmake --build "$build" -j "$jobs"
run_ctest "$build"
stage_done "build + tests"
echo "== test.sh: $build is $(du -sh "$build" | cut -f1); disk: $(df_line)"

if [ "${ATLAS_CI_QUICK:-0}" = 1 ]; then
  echo "== test.sh: ATLAS_CI_QUICK=1: sanitizer and fuzz stages skipped"
  exit 0
fi

free_tree "$build"
stage_start=$SECONDS
cmake -S "$root" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATLAS_WERROR=OFF -DATLAS_SANITIZE=ON \
  -DATLAS_BUILD_BENCH=OFF "${flags_g1[@]}"
cmake --build "$asan_build" -j "$jobs"
supp="$root/tests/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# LeakSanitizer's own stop-the-world tracer sometimes segfaults at process exit ("Tracer caught signal 11",
# google/sanitizers#1353): no leak is reported, the check itself crashed. Tests that failed with that signature and
# no other sanitizer report are run once more; any other failure, or the same crash twice, fails the stage.
asan_log="$asan_build/ctest-asan.log"
set +e
run_ctest "$asan_build" 2>&1 | tee "$asan_log"
asan_status="${PIPESTATUS[0]}"
set -e
if [ "$asan_status" != 0 ]; then
  verdict="$("$root/scripts/lsan-tracer-crashes.sh" "$asan_log")"
  if [ "$verdict" != "only-tracer-crashes" ]; then
    echo "== test.sh: ASan stage failed ($verdict)"
    exit 8
  fi
  echo "== test.sh: the failed tests crashed only in LeakSanitizer's tracer; running them once more"
  if [ -n "${DISPLAY:-}" ]; then
    (cd "$asan_build" && ctest --rerun-failed --output-on-failure)
  else
    (cd "$asan_build" && xvfb-run -a -s "-screen 0 1920x1080x24" ctest --rerun-failed --output-on-failure)
  fi
fi
stage_done "ASan + UBSan + LSan tests"
echo "== test.sh: $asan_build is $(du -sh "$asan_build" | cut -f1); disk: $(df_line)"
free_tree "$asan_build"

stage_start=$SECONDS
ATLAS_FUZZ_BUILD="$fuzz_build" ATLAS_FUZZ_JOBS="$jobs" "$root/scripts/fuzz.sh" "${ATLAS_FUZZ_SECONDS:-25}"
stage_done "fuzzing"

printf '== test.sh: all stages passed: %s\n' "$(IFS=';'; echo "${timings[*]}")"
