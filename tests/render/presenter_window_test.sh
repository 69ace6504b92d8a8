#!/usr/bin/env bash
# The presenter's own window in the real viewer (issue #6): F5 presents the bundled deck, W opens the presenter's
# window, keys pressed in it step the slides, W closes it again and Esc leaves; the last session saved on exit
# then shows the slide the presenter's window stepped to. Keys are sent with xdotool, as a clicker would send them.
#   presenter_window_test.sh CAUCASUS_ATLAS DECK WORKDIR
set -euo pipefail
atlas="$1" deck="$2" work="$3"
command -v xdotool >/dev/null || { echo "FAIL: xdotool is missing (scripts/install-deps.sh installs it)"; exit 1; }
source "$(dirname "$0")/window_session.sh"
start_session --deck "$deck" --size 900x600
fail() {
  echo "FAIL: $*"
  kill "$pid" 2>/dev/null || true
  cat "$work/atlas.log"
  exit 1
}
# Waits up to 30 s for a window of this process whose title matches $1; prints its id.
find_window() {
  for _ in $(seq 300); do
    id="$(xdotool search --all --pid "$pid" --name "$1" 2>/dev/null | head -1 || true)"
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.1
  done
  return 1
}
# Focuses window $1 (as a click into it would) and presses key $2 there.
press() {
  xdotool windowfocus "$1" 2>/dev/null || true
  sleep 0.2
  xdotool key --window "$1" "$2"
}
gone() {
  for _ in $(seq 100); do
    [ -z "$(xdotool search --all --pid "$pid" --name "$1" 2>/dev/null || true)" ] && return 0
    sleep 0.1
  done
  return 1
}
# The main window is the only one yet. Its title is "Caucasus Atlas" until the first frame, then names the deck
# ("Caucasus Atlas — caucasus-story.json"): matched by its start, or a slow first poll misses it (it did, twice).
main="$(find_window '^Caucasus Atlas')" || fail "the main window did not open"
sleep 2  # the data loads and the first frames draw
press "$main" F5
sleep 1
press "$main" w
presenter="$(find_window 'presenter')" || fail "W while presenting did not open the presenter's window"
echo "ok: W opens the presenter's window"
sleep 1
press "$presenter" Right  # a clicker aimed at the presenter's window steps the slides too
sleep 2
press "$presenter" w
gone 'presenter' || fail "W in the presenter's window did not close it"
echo "ok: W closes the presenter's window"
press "$main" w
presenter="$(find_window 'presenter')" || fail "W did not open the presenter's window a second time"
press "$presenter" Escape  # leaves the presentation, and the presenter's window with it
gone 'presenter' || fail "leaving the presentation did not close the presenter's window"
echo "ok: leaving the presentation closes the presenter's window"
sleep 1
press "$main" ctrl+q
end_session
# Slide 2 of the bundled deck shows 1991-1994; the first slide 1923.
tr -d ' \n' <"$view" | grep -q '"range":\[1991,1994\]' ||
  { echo "FAIL: the saved session is not on slide 2 (1991-1994):"; cat "$view"; exit 1; }
echo "ok: Right in the presenter's window stepped to slide 2"
