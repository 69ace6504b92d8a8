#!/usr/bin/env bash
# Reads a `ctest --output-on-failure` log and prints "only-tracer-crashes" when every failed test's output carries
# LeakSanitizer's tracer crash ("Tracer caught signal", "LeakSanitizer has encountered a fatal error") and no real
# sanitizer report (ASan error, leak report, UBSan runtime error). Otherwise prints what it found instead:
# "no failed tests", or "test N: <reason>" for the first test that does not qualify. Used by scripts/test.sh.
set -euo pipefail
log="${1:?usage: lsan-tracer-crashes.sh CTEST_LOG}"
[ -r "$log" ] || { echo "cannot read $log"; exit 0; }
awk '
  function close_test() { cur = "" }
  /^ *[0-9]+\/[0-9]+ Test +#[0-9]+: / {
    close_test()
    if ($0 ~ /\*\*\*/) {
      match($0, /#[0-9]+/); cur = substr($0, RSTART + 1, RLENGTH - 1)
      failed[cur] = 1; order[++n] = cur
      if ($0 ~ /Timeout/) other[cur] = "timed out"
    }
    next
  }
  /^ *Start +[0-9]+: / { close_test(); next }
  /^[0-9]+% tests passed/ { close_test(); next }
  cur != "" && /Tracer caught signal/ { tracer[cur] = 1 }
  cur != "" && /LeakSanitizer has encountered a fatal error/ { fatal[cur] = 1 }
  cur != "" && /ERROR: (AddressSanitizer|LeakSanitizer: detected)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer/ {
    if (!(cur in other)) other[cur] = "a sanitizer report"
  }
  END {
    if (n == 0) { print "no failed tests"; exit }
    for (i = 1; i <= n; i++) {
      t = order[i]
      if (t in other) { print "test " t ": " other[t]; exit }
      if (!(t in tracer) || !(t in fatal)) { print "test " t ": failed without the tracer crash"; exit }
    }
    print "only-tracer-crashes"
  }' "$log"
