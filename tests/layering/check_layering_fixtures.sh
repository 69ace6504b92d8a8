#!/usr/bin/env bash
# Proves scripts/check-layering.sh catches what it must: it fails on tests/data/layering/bad (one bad include,
# reported with its file and line), passes on .../clean (includes that only look forbidden), and fails on a copy of
# the clean tree given each other kind of bad include in turn.
# Usage: check_layering_fixtures.sh CHECK_SCRIPT FIXTURE_DIR
set -uo pipefail
check=${1:?usage: check_layering_fixtures.sh CHECK_SCRIPT FIXTURE_DIR}
fixtures=${2:?usage: check_layering_fixtures.sh CHECK_SCRIPT FIXTURE_DIR}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

out=$(bash "$check" "$fixtures/clean"); rc=$?
[ "$rc" -eq 0 ] || fail "the clean tree was rejected (exit $rc): $out"

out=$(bash "$check" "$fixtures/bad"); rc=$?
[ "$rc" -eq 1 ] || fail "the tree with a bad include passed (exit $rc)"
reports=$(printf '%s\n' "$out" | grep -c ': includes <' || true)
[ "$reports" -eq 1 ] || fail "expected one report for the bad tree, got $reports: $out"
grep -q '^app/core/map/shapes.hpp:8: includes <gdal_priv.h>' <<<"$out" || fail "the report does not name the line: $out"

# One bad include at a time in a copy of the clean tree: FILE under app/ and the include line.
cases=(
    "core/map/shapes.hpp|#include <GL/gl.h>"
    "core/map/shapes.hpp|#include <glad/gl.h>"
    "core/map/shapes.hpp|#include <GLFW/glfw3.h>"
    "core/map/shapes.hpp|#include <imgui.h>"
    "core/map/shapes.hpp|#include <backends/imgui_impl_opengl3.h>"
    "core/map/shapes.hpp|#include <ogrsf_frmts.h>"
    "core/map/shapes.hpp|#include <cpl_conv.h>"
    "core/map/shapes.hpp|#include <proj.h>"
    "core/map/shapes.hpp|#include <geos_c.h>"
    "core/map/shapes.hpp|  #  include \"geos/geom/Geometry.h\""
    "ui/panel.cpp|#include \"geoio/map_loader.hpp\""
    "render/draw.cpp|#include <imgui.h>"
    "render/draw.cpp|#include <gdal.h>"
)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for c in "${cases[@]}"; do
    file=${c%%|*}
    line=${c#*|}
    rm -rf "$scratch/tree" && cp -r "$fixtures/clean" "$scratch/tree"
    printf '%s\n' "$line" >>"$scratch/tree/app/$file"
    out=$(bash "$check" "$scratch/tree"); rc=$?
    [ "$rc" -eq 1 ] && grep -q "^app/$file:" <<<"$out" || fail "not caught: '$line' in app/$file (exit $rc)"
done

[ "$failures" -eq 0 ] || exit 1
echo "layering check: caught the bad include of the fixture and ${#cases[@]} others; passed the clean tree"
