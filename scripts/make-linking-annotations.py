#!/usr/bin/env python3
"""Builds the linking test set (tests/data/linking) from its hand-marked sources (tests/data/linking/marked).

In a marked text every place mention is written {{surface|feature}} or {{surface|feature|adj}}; feature is a
gazetteer id or unknown@LON,LAT for a place the gazetteer lacks. The script writes NAME.txt (the plain text) and
NAME.ann.json (each mention's byte range, surface, feature, lon/lat and adjectival flag) next to marked/.
The language is the file name's prefix (en_, ru_, az_, hy_).
"""
import json
import pathlib
import re
import sys

MARK = re.compile(r"\{\{([^|{}]+)\|([^|{}]+?)(\|adj)?\}\}")


def build(src: pathlib.Path, out_dir: pathlib.Path) -> None:
    marked = src.read_text(encoding="utf-8")
    plain = bytearray()
    mentions = []
    pos = 0
    for m in MARK.finditer(marked):
        plain += marked[pos:m.start()].encode("utf-8")
        surface, feature, adj = m.group(1), m.group(2), bool(m.group(3))
        begin = len(plain)
        plain += surface.encode("utf-8")
        entry = {"begin": begin, "end": len(plain), "surface": surface}
        if feature.startswith("unknown@"):
            lon, lat = (float(v) for v in feature[len("unknown@"):].split(","))
            entry.update({"feature": "unknown", "lon": lon, "lat": lat})
        else:
            entry["feature"] = feature
        entry["adjectival"] = adj
        mentions.append(entry)
        pos = m.end()
    plain += marked[pos:].encode("utf-8")
    if b"{{" in plain or b"}}" in plain:
        sys.exit(f"{src}: unbalanced {{{{ }}}} marks")
    (out_dir / src.name).write_bytes(bytes(plain))
    ann = {"text": src.name, "language": src.name.split("_")[0], "mentions": mentions}
    (out_dir / (src.stem + ".ann.json")).write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")


def main() -> None:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/linking")
    for src in sorted((root / "marked").glob("*.txt")):
        build(src, root)


if __name__ == "__main__":
    main()
