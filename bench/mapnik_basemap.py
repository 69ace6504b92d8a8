#!/usr/bin/python3
# Mapnik's drawing of the atlas's base layers (land, countries, borders, country labels) for bench/compare.sh.
"""Usage: mapnik_basemap.py BASEMAP.gpkg OUT.png [WIDTHxHEIGHT]

Same data (geodata/basemap.gpkg through Mapnik's OGR datasource), projection (the atlas's Lambert conformal
conic) and extent (the atlas's home view, lon 38.5..51.2, lat 37.6..44.6) as `caucasus-atlas render`."""
import sys

import mapnik

LCC = "+proj=lcc +lat_0=41 +lon_0=45.5 +lat_1=39 +lat_2=43 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
WGS84 = "+proj=longlat +datum=WGS84 +no_defs"

STYLE = """<Map srs="{lcc}" background-color="#b8d4e6">
  <Style name="land"><Rule><PolygonSymbolizer fill="#f2efe6"/></Rule></Style>
  <Style name="countries"><Rule>
    <PolygonSymbolizer fill="#ece6d4"/><LineSymbolizer stroke="#9a8f80" stroke-width="0.8"/>
  </Rule></Style>
  <Style name="borders"><Rule><LineSymbolizer stroke="#6b5f52" stroke-width="1.4"/></Rule></Style>
  <Style name="labels"><Rule>
    <TextSymbolizer face-name="DejaVu Sans Book" size="14" fill="#3a3a3a" halo-fill="white"
                    halo-radius="1.5">[name]</TextSymbolizer>
  </Rule></Style>
  {layers}
</Map>"""

LAYER = """<Layer name="{name}-{style}" srs="{wgs84}"><StyleName>{style}</StyleName>
    <Datasource><Parameter name="type">ogr</Parameter><Parameter name="file">{gpkg}</Parameter>
      <Parameter name="layer">{name}</Parameter></Datasource></Layer>"""


def main():
    gpkg, out = sys.argv[1], sys.argv[2]
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1920x1080").split("x"))
    mapnik.register_fonts("/usr/share/fonts/truetype/dejavu")
    layers = "\n  ".join(LAYER.format(name=n, style=s, wgs84=WGS84, gpkg=gpkg)
                         for n, s in (("land", "land"), ("countries", "countries"), ("borders", "borders"),
                                      ("countries", "labels")))
    m = mapnik.Map(width, height)
    mapnik.load_map_from_string(m, STYLE.format(lcc=LCC, layers=layers))
    transform = mapnik.ProjTransform(mapnik.Projection(WGS84), mapnik.Projection(LCC))
    m.zoom_to_box(transform.forward(mapnik.Box2d(38.5, 37.6, 51.2, 44.6)))
    image = mapnik.Image(width, height)
    mapnik.render(m, image)
    image.save(out, "png")


if __name__ == "__main__":
    main()
