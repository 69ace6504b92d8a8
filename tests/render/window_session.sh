# Sourced by the window tests (drop_test.sh, presenter_window_test.sh): a fresh Caucasus Atlas window with its own
# config folder, and its end — closed normally, its log printed, its last session saved.
# Uses and sets: atlas, work (set by the caller); pid, view (set here).

# Starts the window with ARGS in a clean $work, its output in $work/atlas.log; sets pid.
start_session() {
  rm -rf "$work"
  mkdir -p "$work/config"
  XDG_CONFIG_HOME="$work/config" "$atlas" "$@" >"$work/atlas.log" 2>&1 &
  pid=$!
}

# Waits up to 60 s for the window to close (it was asked to), prints its log, and checks that it exited with 0
# and saved the last session; sets view to the saved view file.
end_session() {
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    echo "FAIL: the window did not close when asked"
    exit 1
  fi
  local rc=0
  wait "$pid" || rc=$?
  cat "$work/atlas.log"
  [ "$rc" = 0 ] || { echo "FAIL: caucasus-atlas exited with $rc"; exit 1; }
  view="$work/config/caucasus-atlas/last-view.json"
  [ -s "$view" ] || { echo "FAIL: no last session saved at $view"; exit 1; }
}
