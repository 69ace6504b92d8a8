#!/usr/bin/env python3
"""Converts `gmt coast -M` multisegment output (stdin) to GeoJSON line features (stdout) with the GSHHG/WDBII
level from each segment header ("> Shore Bin # 4159, Level 1"). Used by geodata/build_water.sh."""
import json
import re
import sys

features, coords, level = [], [], None


def flush():
    if level is not None and len(coords) >= 2:
        features.append({"type": "Feature", "properties": {"level": level},
                         "geometry": {"type": "LineString", "coordinates": coords}})


for line in sys.stdin:
    if line.startswith(">"):
        flush()
        m = re.search(r"Level (\d+)", line)
        level, coords = (int(m.group(1)) if m else 0), []
    elif line.strip():
        lon, lat = line.split()[:2]
        coords.append([round(float(lon), 6), round(float(lat), 6)])
flush()
json.dump({"type": "FeatureCollection", "features": features}, sys.stdout)
