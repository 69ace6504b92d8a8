#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build, and open the viewer on the bundled data.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$root/build" --target caucasus-atlas
exec "$root/build/caucasus-atlas" "$@"
