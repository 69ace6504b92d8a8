// Map model cache encoding: the binary_io writer and bounds-checked reader, every enum and mesh index validated.
#include "core/map/map_model_cache.hpp"

#include <cstring>

#include "core/corpus/binary_io.hpp"
#include "core/corpus/index_cache.hpp"  // contentHash
#include "core/map/sealed_bytes.hpp"
#include "core/map/lod_cache.hpp"        // kLodCacheFormat

namespace atlas::core {

namespace {

using detail::Reader;
using detail::Writer;

constexpr char kMagic[8] = {'C', 'A', 'T', 'L', 'A', 'S', 'M', 'M'};
constexpr std::uint8_t kNoLabelClass = 0xFF;
constexpr std::uint8_t kLastLabelClass = static_cast<std::uint8_t>(LabelClass::Town);

// --- writing -------------------------------------------------------------------------------------------------

void f64(Writer& w, double v) { w.bytes(&v, sizeof v); }
void i64(Writer& w, long v) { w.u64(static_cast<std::uint64_t>(v)); }

void points(Writer& w, const std::vector<Vec2>& pts) {
    w.u64(pts.size());
    for (const Vec2 p : pts) {
        f64(w, p.x);
        f64(w, p.y);
    }
}

void lists(Writer& w, const std::vector<std::vector<Vec2>>& v) {
    w.u64(v.size());
    for (const auto& l : v) points(w, l);
}

void geometry(Writer& w, const Geometry& g) {
    points(w, g.points);
    lists(w, g.lines);
    w.u64(g.polygons.size());
    for (const Polygon& p : g.polygons) {
        points(w, p.outer);
        lists(w, p.holes);
    }
}

void optDate(Writer& w, const std::optional<Date>& d) {
    w.u8(d ? 1 : 0);
    if (!d) return;
    w.i32(d->year);
    w.i32(d->month);
    w.i32(d->day);
}

void periods(Writer& w, const std::vector<Period>& ps) {
    w.u64(ps.size());
    for (const Period& p : ps) {
        optDate(w, p.start);
        optDate(w, p.end);
        w.str(p.status);
        w.str(p.certainty);
        w.str(p.note);
        w.u8(p.widthKm ? 1 : 0);
        if (p.widthKm) f64(w, *p.widthKm);
        w.u8(p.geometry ? 1 : 0);
        if (p.geometry) geometry(w, *p.geometry);
        w.u8(p.gapBefore ? 1 : 0);
    }
}

void names(Writer& w, const std::array<std::string, 4>& n) {
    for (const auto& s : n) w.str(s);
}

void feature(Writer& w, const MapFeature& f) {
    w.str(f.id);
    w.str(f.name);
    w.u8(static_cast<std::uint8_t>(f.layer));
    w.u8(f.labelClass ? static_cast<std::uint8_t>(*f.labelClass) : kNoLabelClass);
    w.str(f.isoN3);
    w.i32(f.importance);
    geometry(w, f.lonLat);
    w.u8(f.labelPoint ? 1 : 0);
    if (f.labelPoint) points(w, {*f.labelPoint});
    w.u64(f.lods.size());
    for (const FeatureShape& s : f.lods) {
        points(w, s.fill.vertices);
        w.u64(s.fill.indices.size());
        for (const std::uint32_t i : s.fill.indices) w.u32(i);
        lists(w, s.lines);
    }
    periods(w, f.periods);
    w.u8(static_cast<std::uint8_t>((f.dashed ? 1 : 0) | (f.outline ? 2 : 0) | (f.district ? 4 : 0) |
                                   (f.latestShape ? 8 : 0)));
    w.str(f.gazetteerId);
    w.u8(f.shapeDays ? 1 : 0);
    if (f.shapeDays) {
        i64(w, f.shapeDays->from);
        i64(w, f.shapeDays->to);
    }
    names(w, f.names);
}

// --- reading -------------------------------------------------------------------------------------------------

double f64(Reader& r) {
    double v = 0;
    const std::string_view b = r.bytes(sizeof v);
    if (b.size() == sizeof v) std::memcpy(&v, b.data(), sizeof v);
    return v;
}

bool flag(Reader& r) {
    const std::uint8_t v = r.u8();
    if (v > 1) r.invalid();
    return v == 1;
}

std::vector<Vec2> points(Reader& r) {
    std::vector<Vec2> pts(r.count(16));
    for (Vec2& p : pts) {
        p.x = f64(r);
        p.y = f64(r);
    }
    return pts;
}

std::vector<std::vector<Vec2>> lists(Reader& r) {
    std::vector<std::vector<Vec2>> v(r.count(8));
    for (auto& l : v) l = points(r);
    return v;
}

Geometry geometry(Reader& r) {
    Geometry g;
    g.points = points(r);
    g.lines = lists(r);
    g.polygons.resize(r.count(16));
    for (Polygon& p : g.polygons) {
        p.outer = points(r);
        p.holes = lists(r);
    }
    return g;
}

std::optional<Date> optDate(Reader& r) {
    if (!flag(r)) return std::nullopt;
    Date d;
    d.year = r.i32();
    d.month = r.i32();
    d.day = r.i32();
    return d;
}

std::vector<Period> periods(Reader& r) {
    std::vector<Period> ps(r.count(1 + 1 + 8 * 3 + 1 + 1 + 1));
    for (Period& p : ps) {
        p.start = optDate(r);
        p.end = optDate(r);
        p.status = r.str();
        p.certainty = r.str();
        p.note = r.str();
        if (flag(r)) p.widthKm = f64(r);
        if (flag(r)) p.geometry = geometry(r);
        p.gapBefore = flag(r);
    }
    return ps;
}

std::array<std::string, 4> names(Reader& r) {
    std::array<std::string, 4> n;
    for (auto& s : n) s = r.str();
    return n;
}

MapFeature feature(Reader& r) {
    MapFeature f;
    f.id = r.str();
    f.name = r.str();
    const std::uint8_t layer = r.u8();
    if (layer >= static_cast<std::uint8_t>(MapLayer::Count)) r.invalid();
    f.layer = static_cast<MapLayer>(layer);
    const std::uint8_t labelClass = r.u8();
    if (labelClass != kNoLabelClass) {
        if (labelClass > kLastLabelClass) r.invalid();
        f.labelClass = static_cast<LabelClass>(labelClass);
    }
    f.isoN3 = r.str();
    f.importance = r.i32();
    f.lonLat = geometry(r);
    if (flag(r)) {
        const auto p = points(r);
        if (p.size() != 1) r.invalid();
        else f.labelPoint = p[0];
    }
    f.lods.resize(r.count(24));
    for (FeatureShape& s : f.lods) {
        s.fill.vertices = points(r);
        s.fill.indices.resize(r.count(4));
        for (std::uint32_t& i : s.fill.indices) {
            i = r.u32();
            if (i >= s.fill.vertices.size()) r.invalid();
        }
        if (s.fill.indices.size() % 3 != 0) r.invalid();
        s.lines = lists(r);
    }
    f.periods = periods(r);
    const std::uint8_t bits = r.u8();
    if (bits > 15) r.invalid();
    f.dashed = (bits & 1) != 0;
    f.outline = (bits & 2) != 0;
    f.district = (bits & 4) != 0;
    f.latestShape = (bits & 8) != 0;
    f.gazetteerId = r.str();
    if (flag(r)) {
        DaySpan d{};
        d.from = static_cast<DayNumber>(r.u64());
        d.to = static_cast<DayNumber>(r.u64());
        f.shapeDays = d;
    }
    f.names = names(r);
    return f;
}

}  // namespace

std::uint64_t mapModelCacheKey(std::string_view geodataDir, std::string_view basemapBytes,
                               std::string_view gazetteerBytes) {
    // The levels of detail inside follow the LOD builder: its format bumps this cache too.
    std::uint64_t h = contentHash("caucasus-atlas map model", kMapModelCacheFormat * 1000003ull + kLodCacheFormat);
    h = contentHash(geodataDir, h);
    h = contentHash(basemapBytes, h);
    return contentHash(gazetteerBytes, h);
}

std::string encodeMapModel(const MapModel& model, std::uint64_t key) {
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.u32(kMapModelCacheFormat);
    w.u64(key);
    w.u64(model.features.size());
    for (const MapFeature& f : model.features) feature(w, f);
    w.u64(model.issues.size());
    for (const LoadIssue& i : model.issues) {
        w.u8(static_cast<std::uint8_t>(i.severity));
        w.str(i.file);
        w.str(i.where);
        w.str(i.message);
    }
    w.u64(model.offmap.size());
    for (const OffmapPlace& p : model.offmap) {
        w.str(p.gazetteerId);
        names(w, p.names);
        f64(w, p.lonLat.x);
        f64(w, p.lonLat.y);
        w.i32(p.importance);
        periods(w, p.periods);
    }
    for (const double v : {model.homeLonLat.minX, model.homeLonLat.minY, model.homeLonLat.maxX, model.homeLonLat.maxY})
        f64(w, v);
    sealBytes(w.out());
    return std::move(w.out());
}

std::optional<MapModel> decodeMapModel(std::string_view bytes, std::uint64_t key, std::string& error) {
    const auto body = unsealBytes(bytes, {kMagic, sizeof kMagic}, 4 + 8, "map model cache", error);
    if (!body) return std::nullopt;
    Reader r(*body);
    const std::uint32_t format = r.u32();
    if (format != kMapModelCacheFormat) {
        error = "format " + std::to_string(format) + " (this build reads " + std::to_string(kMapModelCacheFormat) + ")";
        return std::nullopt;
    }
    if (r.u64() != key) {
        error = "written for other geodata";
        return std::nullopt;
    }
    MapModel m;
    m.features.resize(r.count(64));
    for (MapFeature& f : m.features) {
        f = feature(r);
        if (r.fail()) break;
    }
    m.issues.resize(r.count(25));
    for (LoadIssue& i : m.issues) {
        const std::uint8_t severity = r.u8();
        if (severity > static_cast<std::uint8_t>(Severity::Error)) r.invalid();
        i.severity = static_cast<Severity>(severity);
        i.file = r.str();
        i.where = r.str();
        i.message = r.str();
    }
    m.offmap.resize(r.count(8 + 4 * 8 + 16 + 4 + 8));
    for (OffmapPlace& p : m.offmap) {
        p.gazetteerId = r.str();
        p.names = names(r);
        p.lonLat.x = f64(r);
        p.lonLat.y = f64(r);
        p.importance = r.i32();
        p.periods = periods(r);
    }
    m.homeLonLat.minX = f64(r);
    m.homeLonLat.minY = f64(r);
    m.homeLonLat.maxX = f64(r);
    m.homeLonLat.maxY = f64(r);
    if (r.fail() || !r.atEnd()) {
        error = r.fail() ? "truncated or invalid record" : "bytes left after the last record";
        return std::nullopt;
    }
    m.lodsFromCache = true;
    return m;
}

}  // namespace atlas::core
