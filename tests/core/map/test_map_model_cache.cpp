// The map model cache: every field of a model round-trips, and anything but exactly what was written is refused.
#include <catch2/catch.hpp>

#include "core/map/map_model_cache.hpp"

using namespace atlas::core;

namespace {

Geometry square(double x, double y) {
    Geometry g;
    Polygon p;
    p.outer = {{x, y}, {x + 1, y}, {x + 1, y + 1}, {x, y + 1}};
    p.holes = {{{x + 0.2, y + 0.2}, {x + 0.4, y + 0.2}, {x + 0.3, y + 0.4}}};
    g.polygons.push_back(p);
    g.lines = {{{x, y}, {x + 2, y + 0.5}}};
    g.points = {{x + 0.5, y + 0.5}};
    return g;
}

/// A model with every field set to something other than its default somewhere.
MapModel sample() {
    MapModel m;
    MapFeature a;
    a.id = "nkao-1923";
    a.name = "Nagorno-Karabakh Autonomous Oblast";
    a.layer = MapLayer::Region;
    a.labelClass = LabelClass::Region;
    a.isoN3 = "031";
    a.importance = 2;
    a.lonLat = square(46.5, 39.5);
    a.labelPoint = Vec2{46.75, 39.8};
    FeatureShape s;
    s.fill.vertices = {{46.5, 39.5}, {47.5, 39.5}, {47.5, 40.5}};
    s.fill.indices = {0, 1, 2};
    s.lines = {{{46.5, 39.5}, {47.5, 39.5}}};
    a.lods = {s, s, FeatureShape{}, s};
    Period p;
    p.start = Date(1923, 7, 7);
    p.end = Date(1991);
    p.status = "de-jure";
    p.certainty = "certain";
    p.note = "Soviet autonomous oblast";
    p.widthKm = 5.5;
    p.geometry = square(46.6, 39.6);
    p.gapBefore = true;
    a.periods = {p, Period{}};
    a.dashed = true;
    a.district = true;
    a.gazetteerId = "nagorno-karabakh";
    a.shapeDays = DaySpan{-1000, 12345};
    a.latestShape = false;
    a.names = {"Nagorno-Karabakh", "Լեռնային Ղարաբաղ", "Dağlıq Qarabağ", "Nagorno-Karabakh / Dağlıq Qarabağ"};
    MapFeature b;  // defaults: no label class, no label point, no periods
    b.id = "land-0";
    b.outline = true;
    b.lonLat.lines = {{{40.0, 41.0}, {41.0, 41.5}}};
    m.features = {a, b};
    m.issues = {{Severity::Error, "/data/basemap.gpkg", "borders", "layer missing"},
                {Severity::Warning, "/data/gazetteer.geojson", "", "skipped"}};
    OffmapPlace o;
    o.gazetteerId = "moscow";
    o.names = {"Moscow", "Մոսկվա", "Moskva", "Moscow"};
    o.lonLat = {37.6, 55.75};
    o.importance = 1;
    o.periods = {p};
    m.offmap = {o};
    m.homeLonLat = BBox{39.0, 38.0, 50.0, 44.0};
    return m;
}

}  // namespace

TEST_CASE("map model cache: every field round-trips", "[mapcache]") {
    const MapModel m = sample();
    const std::string bytes = encodeMapModel(m, 7);
    std::string error;
    const auto back = decodeMapModel(bytes, 7, error);
    REQUIRE(back);
    CHECK(error.empty());
    CHECK(back->lodsFromCache);
    CHECK(encodeMapModel(*back, 7) == bytes);  // nothing written is lost on the way back
    REQUIRE(back->features.size() == 2);
    const MapFeature& a = back->features[0];
    CHECK(a.id == "nkao-1923");
    CHECK(a.layer == MapLayer::Region);
    CHECK(a.labelClass == LabelClass::Region);
    CHECK(a.isoN3 == "031");
    CHECK(a.importance == 2);
    REQUIRE(a.lonLat.polygons.size() == 1);
    CHECK(a.lonLat.polygons[0].holes.size() == 1);
    CHECK(a.lonLat.polygons[0].outer == m.features[0].lonLat.polygons[0].outer);
    CHECK(a.lonLat.points == m.features[0].lonLat.points);
    REQUIRE(a.labelPoint);
    CHECK(a.labelPoint->x == 46.75);
    REQUIRE(a.lods.size() == 4);
    CHECK(a.lods[0].fill.indices == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(a.lods[2].fill.vertices.empty());
    REQUIRE(a.periods.size() == 2);
    REQUIRE(a.periods[0].start);
    CHECK(a.periods[0].start->year == 1923);
    CHECK(a.periods[0].start->month == 7);
    CHECK(a.periods[0].start->day == 7);
    CHECK(a.periods[0].end->month == 0);
    CHECK(!a.periods[1].start);
    CHECK(a.periods[0].status == "de-jure");
    CHECK(a.periods[0].note == "Soviet autonomous oblast");
    CHECK(a.periods[0].widthKm == 5.5);
    REQUIRE(a.periods[0].geometry);
    CHECK(a.periods[0].geometry->polygons.size() == 1);
    CHECK(a.periods[0].gapBefore);
    CHECK(!a.periods[1].gapBefore);
    CHECK(a.dashed);
    CHECK(!a.outline);
    CHECK(a.district);
    CHECK(!a.latestShape);
    CHECK(a.gazetteerId == "nagorno-karabakh");
    REQUIRE(a.shapeDays);
    CHECK(a.shapeDays->from == -1000);
    CHECK(a.shapeDays->to == 12345);
    CHECK(a.names[1] == "Լեռնային Ղարաբաղ");
    const MapFeature& b = back->features[1];
    CHECK(!b.labelClass);
    CHECK(!b.labelPoint);
    CHECK(b.outline);
    CHECK(b.latestShape);
    CHECK(!b.shapeDays);
    REQUIRE(back->issues.size() == 2);
    CHECK(back->issues[0].severity == Severity::Error);
    CHECK(back->issues[0].where == "borders");
    CHECK(back->issues[1].severity == Severity::Warning);
    REQUIRE(back->offmap.size() == 1);
    CHECK(back->offmap[0].names[2] == "Moskva");
    CHECK(back->offmap[0].lonLat.y == 55.75);
    CHECK(back->offmap[0].periods.size() == 1);
    CHECK(back->homeLonLat.minX == 39.0);
    CHECK(back->homeLonLat.maxY == 44.0);
}

TEST_CASE("map model cache: another key, a short file and any changed byte are refused", "[mapcache]") {
    const std::string bytes = encodeMapModel(sample(), 7);
    std::string error;
    CHECK(!decodeMapModel(bytes, 8, error));
    CHECK(error == "written for other geodata");
    for (const std::size_t n : {std::size_t(0), std::size_t(10), bytes.size() / 2, bytes.size() - 1}) {
        error.clear();
        CHECK(!decodeMapModel(std::string_view(bytes).substr(0, n), 7, error));
        CHECK(!error.empty());
    }
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string changed = bytes;
        changed[i] = static_cast<char>(changed[i] ^ 0x20);
        error.clear();
        const bool refused = !decodeMapModel(changed, 7, error);
        if (!refused) FAIL_CHECK("byte " << i << " changed and still accepted");
    }
}

TEST_CASE("map model cache: a consistent file with values out of range is refused, not trusted", "[mapcache]") {
    // The checksum guards against damage; the reader's own checks guard against a file written by a broken build.
    MapModel m = sample();
    m.features[0].lods[0].fill.indices = {0, 1, 9};  // vertex 9 of 3
    std::string error;
    CHECK(!decodeMapModel(encodeMapModel(m, 1), 1, error));
    CHECK(error == "truncated or invalid record");
    m = sample();
    m.features[0].layer = MapLayer::Count;
    CHECK(!decodeMapModel(encodeMapModel(m, 1), 1, error));
    m = sample();
    m.features[0].lods[0].fill.indices = {0, 1};  // not a whole triangle
    CHECK(!decodeMapModel(encodeMapModel(m, 1), 1, error));
}

TEST_CASE("map model cache: the key follows the folder and both files' bytes", "[mapcache]") {
    const std::uint64_t k = mapModelCacheKey("/data/geodata", "gpkg bytes", "geojson bytes");
    CHECK(k == mapModelCacheKey("/data/geodata", "gpkg bytes", "geojson bytes"));
    CHECK(k != mapModelCacheKey("/other/geodata", "gpkg bytes", "geojson bytes"));
    CHECK(k != mapModelCacheKey("/data/geodata", "gpkg bytez", "geojson bytes"));
    CHECK(k != mapModelCacheKey("/data/geodata", "gpkg bytes", "geojson bytez"));
    CHECK(k != mapModelCacheKey("/data/geodata", "gpkg bytesgeojson bytes", ""));
}
