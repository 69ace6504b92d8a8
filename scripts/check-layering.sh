#!/usr/bin/env bash
# Layering check (docs/architecture.md): app/core includes no GL, glad, GLFW, ImGui, GDAL/OGR/CPL, PROJ or GEOS
# header; app/ui includes nothing from geoio; app/render includes no ImGui or GDAL/OGR/CPL header.
# Usage: scripts/check-layering.sh [ROOT]   (ROOT holds app/; default: this repository)
# Prints one line per bad include (file:line: rule) and exits 1 when there is any; 0 when there is none.
set -euo pipefail

root=${1:-"$(cd "$(dirname "$0")/.." && pwd)"}
if [ ! -d "$root/app" ]; then
    echo "check-layering: no app/ folder under $root" >&2
    exit 2
fi
cd "$root"

# Extended regular expressions over "/" + the included path, so that "(^|/)" is just "/".
gl='/(GL|GLES[0-9]*|glad|GLFW)/|/(gl|glext|glcorearb)\.h$'
imgui='/imgui[^/]*$|/backends/imgui'
gdal='/(gdal|ogr)[^/]*\.h$|/cpl_[^/]*\.h$'
proj='/proj\.h$'
geos='/geos[^/]*\.h$|/geos/'

# check FOLDER RULE REGEX: every #include of a source file under FOLDER whose path matches REGEX breaks RULE.
check() {
    local folder=$1 rule=$2 regex=$3
    [ -d "$folder" ] || return 0
    find "$folder" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) -print0 | sort -z |
        xargs -0 -r awk -v regex="$regex" -v rule="$rule" '
            /^[ \t]*#[ \t]*include[ \t]*[<"]/ {
                path = $0
                sub(/^[ \t]*#[ \t]*include[ \t]*[<"]/, "", path)
                sub(/[">].*$/, "", path)
                if (("/" path) ~ regex) printf "%s:%d: includes <%s>: %s\n", FILENAME, FNR, path, rule
            }'
}

report=$(
    check app/core "core is plain C++ (no GL, ImGui, GLFW, GDAL, PROJ or GEOS)" "$gl|$imgui|$gdal|$proj|$geos"
    check app/ui "ui does not reach into geoio" '^/geoio/'
    check app/render "render draws with GL only (no ImGui or GDAL)" "$imgui|$gdal"
)
if [ -n "$report" ]; then
    printf '%s\n' "$report"
    echo "check-layering: $(printf '%s\n' "$report" | wc -l) include(s) break the layering (docs/architecture.md)"
    exit 1
fi
echo "check-layering: app/core, app/ui and app/render keep to their layers"
