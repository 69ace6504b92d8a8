#!/usr/bin/env bash
# The window's OpenGL context is made through EGL, and through GLX where EGL cannot make one: the window opens,
# shows its first frame through the API expected, and closes on SIGTERM with its session saved.
#   context_api_test.sh CAUCASUS_ATLAS WORKDIR EXPECTED_API   (EGL or GLX; the caller's environment decides)
set -euo pipefail
atlas="$1" work="$2" expected="$3"
source "$(dirname "$0")/window_session.sh"
start_session --size 900x600 --timings
for _ in $(seq 600); do
  grep -q "first frame shown" "$work/atlas.log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/atlas.log"; echo "FAIL: the window ended early"; exit 1; }
  sleep 0.1
done
grep -q "first frame shown" "$work/atlas.log" || { kill "$pid"; cat "$work/atlas.log"; echo "FAIL: no first frame"; exit 1; }
kill -TERM "$pid"
end_session
grep -q "window and GL context ($expected)" "$work/atlas.log" || { echo "FAIL: the context was not made through $expected"; exit 1; }
echo "ok: the window's context was made through $expected"
