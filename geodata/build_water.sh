#!/usr/bin/env bash
# Adds the water layers to geodata/basemap.gpkg from Debian's gmt-gshhg data (GSHHG shorelines and WDBII rivers,
# LGPL-3, Wessel & Smith): `rivers` (WDBII classes 1-3: major, additional major and additional rivers) and
# `lakes` (GSHHG level-2 shorelines that close inside the frame, as polygons), for lon 38-51, lat 36.5-44.
# Needs gmt, gmt-gshhg-high (or -full with RES=f) and gdal-bin with SpatiaLite, at data build time only: the app
# reads the GeoPackage. Reproducible: fixed frame, resolution and SQL. Usage: geodata/build_water.sh [basemap.gpkg]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/.work/water"
target="$(realpath "${1:-$here/basemap.gpkg}")"
RES="${RES:-h}"
REGION="38/51/36.5/44"
SIMPLIFY=0.0005  # degrees, about 50 m: keeps the file small without visible loss at the map's scales
mkdir -p "$work"
rm -f "$work"/*.geojson "$work"/water.gpkg

cd "$work"  # GMT writes gmt.history in the working folder
gmt coast -R$REGION -D$RES -A0 -W2/0.1p -M | python3 "$here/gmt_to_geojson.py" > "$work/shore2.geojson"
gmt coast -R$REGION -D$RES -I1/0.1p -I2/0.1p -I3/0.1p -M | python3 "$here/gmt_to_geojson.py" > "$work/rivers.geojson"

ogr2ogr -f GPKG "$work/water.gpkg" "$work/shore2.geojson" -nln shore2_raw -a_srs EPSG:4326
ogr2ogr -f GPKG -update "$work/water.gpkg" "$work/rivers.geojson" -nln rivers_raw -a_srs EPSG:4326

# GMT writes one segment per 1-degree bin: merge them per class before simplifying, so lines stay continuous.
tmp="$work/basemap.tmp.gpkg"
cp "$target" "$tmp"
ogr2ogr -f GPKG -update -overwrite "$tmp" "$work/water.gpkg" -dialect SQLite -nln rivers -nlt MULTILINESTRING \
  -sql "SELECT level AS class, CastToMultiLineString(ST_SimplifyPreserveTopology(ST_LineMerge(ST_Collect(geom)),
               $SIMPLIFY)) AS geom FROM rivers_raw GROUP BY level ORDER BY level"
ogr2ogr -f GPKG -update -overwrite "$tmp" "$work/water.gpkg" -dialect SQLite -nln lakes -nlt POLYGON \
  -explodecollections \
  -sql "SELECT ST_SimplifyPreserveTopology(p, $SIMPLIFY) AS geom FROM (SELECT ST_Polygonize(geom) AS p FROM shore2_raw)"
mv -f "$tmp" "$target"
ogrinfo -so "$target" rivers | grep -E 'Feature Count|Extent'
ogrinfo -so "$target" lakes | grep -E 'Feature Count|Extent'

# The gazetteer's water features take their geometry from the same data (names, periods and the rest untouched):
# Lake Sevan is the GSHHG lake containing its label point; the Aras and the Kura are the WDBII major-river
# segments (classes 1-2 for the Aras, 1-3 for the Kura) within about 12 km of their old hand-traced courses.
python3 "$here/water_to_gazetteer.py" "$work/water.gpkg" "$target"
