#!/usr/bin/env bash
# The long scripted session on demand (issue #7): the real window driven through many frames of random but
# reproducible actions; exits non-zero when memory keeps growing or the window fails. CI runs a short version
# (ctest "soak: ..."). Usage: scripts/soak.sh [FRAMES (default 20000)] [SEED (default 1)] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
frames="${1:-20000}"
seed="${2:-1}"
build="${3:-$root/build}"
exe="$build/caucasus-atlas"
[ -x "$exe" ] || { echo "soak.sh: $exe not built (cmake --build $build)" >&2; exit 2; }
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
run=("$exe" --soak "$frames" --seed "$seed" --deck "$root/decks/caucasus-story.json")
if [ -n "${DISPLAY:-}" ]; then
  XDG_CONFIG_HOME="$config" "${run[@]}"
else
  XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}"
fi
