#!/usr/bin/env bash
# SIGTERM / SIGINT end the window like a normal quit: opened on a view whose user layer is a 500-vertex scribble
# (still loading or just loaded), the window gets the signal, closes, exits 0 and saves the last session with the
# layer in it.
#   signal_quit_test.sh CAUCASUS_ATLAS VIEW.json WORKDIR SIGNAL
set -euo pipefail
atlas="$1" viewfile="$2" work="$3" signal="$4"
source "$(dirname "$0")/window_session.sh"
start_session --size 900x600 --view "$viewfile"
for _ in $(seq 600); do
  # xdotool may exit 0 without finding anything: wait for a window id (the handlers are installed before it).
  [ -n "$(xdotool search --all --pid "$pid" --name "Caucasus Atlas" 2>/dev/null || true)" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/atlas.log"; echo "FAIL: the window ended early"; exit 1; }
  sleep 0.1
done
sleep 0.5
kill "-$signal" "$pid"
end_session
grep -q "SIG$signal: the session was saved" "$work/atlas.log" || { echo "FAIL: no word of the signal"; exit 1; }
grep -q "scribble.geojson" "$view" || { echo "FAIL: the saved session lacks the layer:"; cat "$view"; exit 1; }
echo "ok: SIG$signal closed the window and saved the session"
