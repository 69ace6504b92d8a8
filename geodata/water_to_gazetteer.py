#!/usr/bin/env python3
"""Replaces the geometry of the gazetteer's Lake Sevan, Aras and Kura with GSHHG/WDBII data (geodata/build_water.sh).
Usage: water_to_gazetteer.py WATER_GPKG BASEMAP_GPKG. Only "geometry" and "geometry_source" change."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "gazetteer.geojson")
BUFFER_DEG = 0.12  # about 10-13 km at 40N: the hand-traced courses ran through towns several km from the water
MIN_PART_DEG = 0.3  # pieces shorter than this are tributaries crossing the buffer, not the river
# The former hand-traced courses (through towns on or near each river; GeoNames points), kept here as the search
# corridor so the script gives the same result when run again.
COURSES = {
    "aras": [[42.16366, 40.03885], [43.13424, 40.15669], [43.65208, 40.03871], [44.51917, 39.87278], [44.97993, 39.55298], [45.62961, 38.95397], [46.02274, 38.90961], [46.19463, 38.86506], [46.94, 39.18], [47.33496, 39.45015], [48.36892, 39.93214], [48.47701, 40.00869]],
    "kura": [[42.70222, 41.10871], [42.98604, 41.63952], [43.3971, 41.84692], [44.1129, 41.98532], [44.71875, 41.84514], [44.83412, 41.69143], [44.9787, 41.56271], [47.06227, 40.76422], [47.15014, 40.61832], [48.47701, 40.00869], [48.98479, 39.59621], [49.247, 39.3768]],
}
SOURCE = "GSHHG 2.3.7 / WDBII via Debian gmt-gshhg-high (LGPL-3), extracted by geodata/build_water.sh"


def sql(gpkg, query):
    out = subprocess.run(["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", gpkg, "-dialect", "SQLite", "-sql", query],
                         check=True, capture_output=True, text=True).stdout
    feats = json.loads(out)["features"]
    if len(feats) != 1 or feats[0]["geometry"] is None:
        sys.exit(f"water_to_gazetteer: no single result for: {query}")
    return feats[0]["geometry"]


def line_deg(coords):
    return sum(((coords[i][0] - coords[i - 1][0]) ** 2 + (coords[i][1] - coords[i - 1][1]) ** 2) ** 0.5
               for i in range(1, len(coords)))


def wkt_line(coords):
    return "LINESTRING(" + ", ".join(f"{x} {y}" for x, y in coords) + ")"


def rounded(geom):
    def r(c):
        return [round(c[0], 5), round(c[1], 5)] if isinstance(c[0], (int, float)) else [r(x) for x in c]
    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def main():
    water, basemap = sys.argv[1], sys.argv[2]
    with open(GAZETTEER, encoding="utf-8") as f:
        gaz = json.load(f)
    byid = {f["properties"]["id"]: f for f in gaz["features"]}
    sevan = byid["lake-sevan"]
    ring = sevan["geometry"]["coordinates"][0]
    cx, cy = sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    sevan["geometry"] = rounded(sql(basemap, f"SELECT geom FROM lakes WHERE ST_Contains(geom, MakePoint({cx}, {cy}))"))
    sevan["properties"]["geometry_source"] = SOURCE + ": the GSHHG level-2 shoreline (lake) containing the lake"
    for rid, max_class in (("aras", 2), ("kura", 3)):  # WDBII has the Aras as class 2, the Kura here as class 3
        old = COURSES[rid]
        q = (f"SELECT CastToMultiLineString(ST_Intersection(ST_LineMerge(ST_Collect(geom)), "
             f"ST_Buffer(GeomFromText('{wkt_line(old)}'), {BUFFER_DEG}))) AS geom FROM rivers_raw WHERE level <= {max_class}")
        geom = rounded(sql(water, q))
        # keep the river, drop tributary stubs that only cross the buffer
        parts = [p for p in geom["coordinates"] if line_deg(p) >= MIN_PART_DEG]
        byid[rid]["geometry"] = {"type": "MultiLineString", "coordinates": parts}
        byid[rid]["properties"]["geometry_source"] = (SOURCE + f": WDBII river segments (class 1-{max_class}) within {BUFFER_DEG} "
                                                      "degrees of the former hand-traced course (pieces of at least "
                                                      f"{MIN_PART_DEG} degrees)")
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps(gaz, indent=2, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the data is for everyone
    os.replace(tmp, GAZETTEER)


if __name__ == "__main__":
    main()
