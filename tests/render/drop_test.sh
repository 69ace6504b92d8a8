#!/usr/bin/env bash
# Drag and drop in the real window: drops FILE... on a fresh Caucasus Atlas window (tests/render/xdnd_drop.cpp, the
# XDND protocol a file manager speaks), closes it, and checks that the last session saved on exit lists every
# dropped file as a user layer and that the window reported no problem with them.
#   drop_test.sh CAUCASUS_ATLAS XDND_DROP WORKDIR FILE...
set -euo pipefail
atlas="$1" drop="$2" work="$3"
shift 3
rm -rf "$work"
mkdir -p "$work/config"
XDG_CONFIG_HOME="$work/config" "$atlas" --size 900x600 >"$work/atlas.log" 2>&1 &
pid=$!
if ! "$drop" "$pid" "Caucasus Atlas" "$@"; then
  kill "$pid" 2>/dev/null || true
  echo "FAIL: the drop did not go through; the window said:"
  cat "$work/atlas.log"
  exit 1
fi
for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  echo "FAIL: the window did not close when asked"
  exit 1
fi
rc=0
wait "$pid" || rc=$?
cat "$work/atlas.log"
[ "$rc" = 0 ] || { echo "FAIL: caucasus-atlas exited with $rc"; exit 1; }
view="$work/config/caucasus-atlas/last-view.json"
[ -s "$view" ] || { echo "FAIL: no last session saved at $view"; exit 1; }
for f in "$@"; do
  abs="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  grep -q "\"path\": \"$abs\"" "$view" || { echo "FAIL: $abs is not a user layer of the saved session:"; cat "$view"; exit 1; }
  if grep -q "$(basename "$f")" "$work/atlas.log"; then echo "FAIL: the window reported a problem with $f"; exit 1; fi
  echo "ok: $abs dropped on the window is a user layer of the saved session"
done
