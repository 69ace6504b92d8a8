#!/usr/bin/env bash
# --bbox in the window: opened on a view centred elsewhere (Tbilisi), the first frame frames the box (Karabakh and
# Syunik, 44.6..47.6 E, 38.7..40.7 N); the session saved on SIGTERM has its camera centre inside the box.
#   bbox_window_test.sh CAUCASUS_ATLAS VIEW.json WORKDIR
set -euo pipefail
atlas="$1" viewfile="$2" work="$3"
source "$(dirname "$0")/window_session.sh"
start_session --size 900x600 --view "$viewfile" --bbox 44.6,38.7,47.6,40.7
for _ in $(seq 600); do
  [ -n "$(xdotool search --all --pid "$pid" --name "Caucasus Atlas" 2>/dev/null || true)" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/atlas.log"; echo "FAIL: the window ended early"; exit 1; }
  sleep 0.1
done
sleep 1.5  # a few frames: the first one frames the box
kill -TERM "$pid"
end_session
python3 - "$view" <<'PY'
import json, sys
cam = json.load(open(sys.argv[1]))["camera"]
lon, lat = cam["lon"], cam["lat"]
inside = 44.6 < lon < 47.6 and 38.7 < lat < 40.7
print(f"saved camera centre {lon:.3f}, {lat:.3f}, {cam['ground_metres_per_pixel']:.0f} m/px")
if not inside:
    sys.exit("FAIL: the camera centre is not in the --bbox box")
if cam["ground_metres_per_pixel"] > 2000:
    sys.exit("FAIL: the box was not framed (the view's or the whole region's scale)")
print("ok: --bbox framed its box over the view's camera")
PY
