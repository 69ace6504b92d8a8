#!/usr/bin/env bash
# Rebuilds geodata/basemap.gpkg from Natural Earth 1:10m (npm package world-atlas, TopoJSON, public domain).
# Reproducible: pinned package version, fixed clip box, deterministic SQL. Needs node/npm and gdal-bin (with SpatiaLite).
# Usage: geodata/build_basemap.sh   (writes geodata/basemap.gpkg atomically)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/.work"
WORLD_ATLAS_VERSION=2.0.2
# Clip box (lon/lat): the South Caucasus with the edges of Russia, Turkey and Iran, and both seas.
CLIP="33 34 57 48"

mkdir -p "$work"
if [ ! -f "$work/node_modules/world-atlas/countries-10m.json" ]; then
  (cd "$work" && npm install --no-save --silent "world-atlas@$WORLD_ATLAS_VERSION")
fi
src="$work/node_modules/world-atlas/countries-10m.json"
tmp="$work/basemap.tmp.gpkg"
rm -f "$tmp" "$work/raw.gpkg"

# 1. countries and land, clipped, as plain polygons in EPSG:4326 (TopoJSON carries no SRS).
ogr2ogr -f GPKG "$work/raw.gpkg" "$src" countries -nln countries_raw -a_srs EPSG:4326 \
  -clipsrc $CLIP -nlt PROMOTE_TO_MULTI -makevalid
ogr2ogr -f GPKG -update "$work/raw.gpkg" "$src" land -nln land_raw -a_srs EPSG:4326 \
  -clipsrc $CLIP -nlt PROMOTE_TO_MULTI -makevalid

# 2. final layers; borders are the shared edges of neighbouring countries (TopoJSON arcs are shared,
#    so the intersection of two boundaries is exact).
ogr2ogr -f GPKG "$tmp" "$work/raw.gpkg" -dialect SQLite -nln countries -nlt MULTIPOLYGON \
  -sql "SELECT id AS iso_n3, name, geom FROM countries_raw WHERE NOT ST_IsEmpty(geom) ORDER BY id"
ogr2ogr -f GPKG -update "$tmp" "$work/raw.gpkg" -dialect SQLite -nln land -nlt MULTIPOLYGON \
  -sql "SELECT geom FROM land_raw"
ogr2ogr -f GPKG -update "$tmp" "$work/raw.gpkg" -dialect SQLite -nln borders -nlt MULTILINESTRING \
  -sql "SELECT a.name AS left_name, b.name AS right_name, a.id AS left_iso_n3, b.id AS right_iso_n3,
               CastToMultiLineString(ST_LineMerge(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)))) AS geom
        FROM countries_raw a JOIN countries_raw b ON a.id < b.id
        WHERE ST_Intersects(a.geom, b.geom)
          AND ST_Length(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom))) > 0
        ORDER BY a.id, b.id"
# 3. water layers (rivers, lakes) from GSHHG/WDBII, when GMT is installed (ATLAS_DATA_BUILD=1 scripts/install-deps.sh)
if command -v gmt >/dev/null; then "$here/build_water.sh" "$tmp"; else echo "build_basemap: no gmt, water layers left out" >&2; fi
mv -f "$tmp" "$here/basemap.gpkg"
ogrinfo -so "$here/basemap.gpkg" | sed -n '1,20p'
