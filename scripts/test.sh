#!/usr/bin/env bash
# One command to build everything with warnings as errors and run every test through ctest.
# GL tests need a display: without one, the suite runs under xvfb-run (Mesa llvmpipe, OpenGL 4.5 core).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${ATLAS_BUILD_DIR:-$root/build-test}"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATLAS_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
if [ -n "${DISPLAY:-}" ]; then
  ctest --output-on-failure -j "$(nproc)"
else
  xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure -j "$(nproc)"
fi
