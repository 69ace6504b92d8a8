#!/usr/bin/env bash
# Drag and drop in the real window: drops FILE... on a fresh Caucasus Atlas window (tests/render/xdnd_drop.cpp, the
# XDND protocol a file manager speaks), closes it, and checks that the last session saved on exit lists every
# dropped file as a user layer and that the window reported no problem with them.
#   drop_test.sh CAUCASUS_ATLAS XDND_DROP WORKDIR FILE...
set -euo pipefail
atlas="$1" drop="$2" work="$3"
shift 3
source "$(dirname "$0")/window_session.sh"
start_session --size 900x600
if ! "$drop" "$pid" "Caucasus Atlas" "$@"; then
  kill "$pid" 2>/dev/null || true
  echo "FAIL: the drop did not go through; the window said:"
  cat "$work/atlas.log"
  exit 1
fi
end_session
for f in "$@"; do
  abs="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  grep -q "\"path\": \"$abs\"" "$view" || { echo "FAIL: $abs is not a user layer of the saved session:"; cat "$view"; exit 1; }
  if grep -q "$(basename "$f")" "$work/atlas.log"; then echo "FAIL: the window reported a problem with $f"; exit 1; fi
  echo "ok: $abs dropped on the window is a user layer of the saved session"
done
