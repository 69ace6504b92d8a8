// Basemap loading: GDAL layers -> MapFeatures with levels of detail (GEOS) and label points.
#include "geoio/map_loader.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <thread>

#include "core/atomic_file.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/map/lod_cache.hpp"
#include "core/time_filter.hpp"
#include "core/gazetteer/naming.hpp"
#include "geoio/geometry_limits.hpp"
#include "geoio/tessellate.hpp"
#include "geoio/vector_reader.hpp"

namespace atlas::geoio {

namespace fs = std::filesystem;

namespace {

void addBasemapLayer(const VectorLayer& layer, core::MapModel& model) {
    for (const auto& f : layer.features) {
        core::MapFeature mf;
        mf.lonLat = f.geometry;
        auto attr = [&](const char* k) {
            auto it = f.attributes.find(k);
            return it == f.attributes.end() ? std::string() : it->second;
        };
        if (layer.name == "land") {
            mf.id = "land-" + std::to_string(model.features.size());
            mf.layer = core::MapLayer::Land;
            mf.outline = true;
        } else if (layer.name == "countries") {
            mf.name = attr("name");
            mf.isoN3 = attr("iso_n3");
            mf.id = "country-" + mf.isoN3;
            mf.layer = core::MapLayer::Country;
            mf.importance = core::isFocusCountry(mf.isoN3) ? 1 : 3;
            mf.labelClass = core::isFocusCountry(mf.isoN3) ? core::LabelClass::FocusCountry : core::LabelClass::Country;
            // Label the part of the country inside the region frame (Russia, Turkey and Iran are clipped).
            mf.labelPoint = labelPoint(clipToBox(mf.lonLat, model.homeLonLat));
        } else if (layer.name == "rivers") {  // WDBII rivers (build_water.sh), class 1-3
            mf.id = "river-" + std::to_string(model.features.size());
            mf.layer = core::MapLayer::River;
            mf.importance = attr("class") == "3" ? 3 : 2;  // classes 1-2 (Aras, Kura) before the rest
        } else if (layer.name == "lakes") {  // GSHHG level-2 shorelines as polygons
            mf.id = "lake-" + std::to_string(model.features.size());
            mf.layer = core::MapLayer::Lake;
        } else if (layer.name == "borders") {
            mf.name = attr("left_name") + "\xE2\x80\x93" + attr("right_name");
            mf.isoN3 = attr("left_iso_n3") + "-" + attr("right_iso_n3");
            mf.id = "border-" + mf.isoN3;
            mf.layer = core::MapLayer::Border;
        } else {
            continue;
        }
        model.features.push_back(std::move(mf));
    }
}

/// Maps one gazetteer record to a drawable feature; returns false for records the basemap already draws
/// (state borders, country points) and for off-map places.
bool toMapFeature(const core::GazetteerFeature& g, core::MapFeature& mf) {
    if (g.offmap) return false;
    mf.id = g.id;
    mf.gazetteerId = g.id;
    const core::Name* primary = core::primaryName(g);
    mf.name = primary ? primary->text : g.id;
    for (core::NamingChoice c : core::kAllNamingChoices) mf.names[static_cast<std::size_t>(c)] = core::displayName(g, c);
    mf.importance = g.importance;
    mf.periods = g.periods;
    mf.lonLat = g.geometry;
    mf.dashed = g.accuracy != core::Accuracy::Exact;
    for (const auto& p : g.periods)
        if (p.status == "proposed" || p.status == "planned") mf.dashed = true;
    const bool hasArea = !g.geometry.polygons.empty();
    switch (g.kind) {
        case core::FeatureKind::Place:
            if (g.subkind == "country") return false;
            mf.layer = core::MapLayer::Place;
            mf.lonLat.lines.clear();
            mf.lonLat.polygons.clear();
            mf.labelClass = g.subkind == "capital" ? core::LabelClass::Capital
                            : g.importance <= 2   ? core::LabelClass::City
                                                  : core::LabelClass::Town;
            if (g.subkind == "capital") mf.importance = 1;
            return !mf.lonLat.points.empty();
        case core::FeatureKind::Water:
            if (g.subkind == "sea") {
                mf.layer = core::MapLayer::Label;
                mf.labelClass = core::LabelClass::Sea;
                mf.labelPoint = g.geometry.bounds().center();
                mf.lonLat = {};
                return true;
            }
            if (g.subkind == "lake") {
                if (!hasArea) return false;
                mf.layer = core::MapLayer::Lake;
                mf.labelClass = core::LabelClass::Lake;
                mf.dashed = false;
                break;
            }
            if (g.geometry.lines.empty()) return false;
            mf.layer = core::MapLayer::River;
            mf.dashed = false;
            break;
        case core::FeatureKind::Region:
            if (g.subkind == "country-group") return false;
            mf.labelClass = core::LabelClass::Region;
            mf.district = g.subkind == "district";
            if (hasArea) {
                mf.layer = core::MapLayer::Region;
                mf.dashed = true;
            } else {
                mf.layer = core::MapLayer::Label;
                mf.labelPoint = g.geometry.bounds().center();
                mf.lonLat = {};
                return true;
            }
            break;
        case core::FeatureKind::Corridor:
            mf.layer = g.subkind == "pipeline"  ? core::MapLayer::Pipeline
                       : g.subkind == "railway" ? core::MapLayer::Railway
                                                : core::MapLayer::Corridor;
            break;
        case core::FeatureKind::Border:
            if (g.subkind == "state-border") return false;  // drawn from the basemap
            mf.layer = core::MapLayer::Frontline;
            break;
    }
    if (mf.labelClass && !mf.labelPoint) mf.labelPoint = labelPoint(mf.lonLat);
    mf.outline = true;
    return true;
}

bool sameGeometry(const core::Geometry& a, const core::Geometry& b) {
    auto samePolys = [](const std::vector<core::Polygon>& x, const std::vector<core::Polygon>& y) {
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].outer != y[i].outer || x[i].holes != y[i].holes) return false;
        return true;
    };
    return a.points == b.points && a.lines == b.lines && samePolys(a.polygons, b.polygons);
}

/// A feature whose geometry changes with its periods becomes one record per shape, each with the periods that
/// shape is in force for (in order); the time filter then draws the shape of the period shown.
std::vector<core::GazetteerFeature> splitByShape(const core::GazetteerFeature& g) {
    if (!core::hasDatedGeometry(g)) return {g};
    std::vector<core::GazetteerFeature> out;
    for (const core::Period& p : g.periods) {
        const core::Geometry& shape = core::periodGeometry(g, p);
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const core::GazetteerFeature& s) { return sameGeometry(s.geometry, shape); });
        if (it == out.end()) {
            core::GazetteerFeature s = g;
            s.geometry = shape;
            s.periods.clear();
            out.push_back(std::move(s));
            it = std::prev(out.end());
        }
        it->periods.push_back(p);
        it->periods.back().geometry.reset();
    }
    return out;
}

/// The days from the first period's start to the last one's end.
core::DaySpan spanOf(const std::vector<core::Period>& periods) {
    core::DaySpan span{core::kOpenEnd, core::kOpenStart};
    for (const auto& p : periods) {
        const core::DaySpan d = core::periodDays(p);
        span = {std::min(span.from, d.from), std::max(span.to, d.to)};
    }
    return span;
}

void addGazetteer(const fs::path& file, core::MapModel& model) {
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        model.issues.push_back({core::Severity::Warning, file.string(), "", "gazetteer not found; thematic layers are empty"});
        return;
    }
    auto parsed = core::loadGazetteerFile(file);
    for (const auto& p : parsed.problems)
        model.issues.push_back({core::Severity::Warning, p.file, p.featureId, p.message});
    // Areas first so that lines and places are drawn and labelled above them.
    std::stable_sort(parsed.features.begin(), parsed.features.end(), [](const auto& a, const auto& b) {
        return (a.kind == core::FeatureKind::Region) > (b.kind == core::FeatureKind::Region);
    });
    // Basemap countries link to the gazetteer's country records by English name (Turkey/Türkiye via any name).
    for (auto& mf : model.features) {
        if (mf.layer != core::MapLayer::Country) continue;
        for (const auto& g : parsed.features) {
            if (g.subkind != "country") continue;
            const bool same = std::any_of(g.names.begin(), g.names.end(), [&](const core::Name& n) { return n.text == mf.name; });
            if (same) {
                mf.gazetteerId = g.id;
                mf.periods = {};
                for (core::NamingChoice c : core::kAllNamingChoices)
                    mf.names[static_cast<std::size_t>(c)] = core::displayName(g, c);
                break;
            }
        }
    }
    for (const auto& g : parsed.features) {
        if (!g.offmap || g.kind == core::FeatureKind::Water) continue;  // seas and rivers get no arrow
        const bool onBasemap = std::any_of(model.features.begin(), model.features.end(),
                                           [&](const core::MapFeature& mf) { return mf.gazetteerId == g.id; });
        if (onBasemap || g.geometry.bounds().empty()) continue;
        core::OffmapPlace p;
        p.gazetteerId = g.id;
        for (core::NamingChoice c : core::kAllNamingChoices) p.names[static_cast<std::size_t>(c)] = core::displayName(g, c);
        p.lonLat = g.geometry.points.empty() ? g.geometry.bounds().center() : g.geometry.points.front();
        p.importance = g.importance;
        p.periods = g.periods;
        model.offmap.push_back(std::move(p));
    }
    for (const auto& whole : parsed.features) {
        const bool dated = core::hasDatedGeometry(whole);
        const auto shapes = splitByShape(whole);
        for (const auto& g : shapes) {
            core::MapFeature mf;
            try {
                if (!toMapFeature(g, mf)) continue;
                if (dated) {
                    mf.shapeDays = spanOf(g.periods);
                    const core::DaySpan mine = core::periodDays(g.periods.back()), last = core::periodDays(whole.periods.back());
                    mf.latestShape = mine.from == last.from && mine.to == last.to;  // holds the feature's last period
                }
                model.features.push_back(std::move(mf));
            } catch (const std::exception& e) {
                model.issues.push_back({core::Severity::Warning, file.string(), g.id, std::string("skipped: ") + e.what()});
            }
        }
    }
}

/// Builds every feature's levels of detail on all cores (GEOS calls are reentrant, one handle per call).
/// Features before `fromGazetteer` come from the basemap, the rest from the gazetteer (for the messages).
void buildAllLods(core::MapModel& model, const fs::path& geodataDir, std::size_t fromGazetteer) {
    std::atomic<std::size_t> next{0};
    std::vector<std::string> errors(model.features.size()), limited(model.features.size());
    auto work = [&] {
        for (std::size_t i = next++; i < model.features.size(); i = next++) {
            auto& f = model.features[i];
            if (f.layer == core::MapLayer::Place || f.layer == core::MapLayer::Label) continue;
            try {
                f.lods = buildLods(f.lonLat, f.outline, &limited[i]);
            } catch (const std::exception& e) {
                errors[i] = e.what();  // reported below; the feature stays without geometry
            }
        }
    };
    const unsigned n = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < errors.size(); ++i) {
        const auto& f = model.features[i];
        const fs::path file = geodataDir / (i < fromGazetteer ? "basemap.gpkg" : "gazetteer.geojson");
        if (!errors[i].empty())
            model.issues.push_back({core::Severity::Warning, file.string(), f.id, "cannot triangulate: " + errors[i]});
        else if (!limited[i].empty())
            model.issues.push_back({core::Severity::Warning, file.string(), f.id, limited[i]});
    }
}

/// Reads the levels of detail from the cache when it matches, else builds them and writes the cache atomically.
void lodsWithCache(core::MapModel& model, const fs::path& geodataDir, const fs::path& cacheDir,
                   std::size_t fromGazetteer) {
    if (cacheDir.empty()) {
        buildAllLods(model, geodataDir, fromGazetteer);
        return;
    }
    std::uint64_t key = core::kLodCacheFormat;
    for (const char* name : {"basemap.gpkg", "gazetteer.geojson"}) {
        const auto bytes = core::readWholeFile(geodataDir / name);
        key = core::contentHash(bytes.value_or(std::string()), key * 0x9E3779B97F4A7C15ULL + 1);
    }
    for (const auto& f : model.features) key = core::contentHash(f.id, key);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(key));
    const fs::path file = cacheDir / (std::string("lods-") + hex + ".bin");
    if (const auto bytes = core::readWholeFile(file)) {
        std::string error;
        if (auto lods = core::decodeLodCache(*bytes, key, model.features.size(), error)) {
            for (std::size_t i = 0; i < model.features.size(); ++i) model.features[i].lods = std::move((*lods)[i]);
            model.lodsFromCache = true;
            return;
        }
    }
    buildAllLods(model, geodataDir, fromGazetteer);
    core::FeatureLods lods;
    lods.reserve(model.features.size());
    for (const auto& f : model.features) lods.push_back(f.lods);
    std::error_code ec;
    fs::create_directories(cacheDir, ec);
    if (geometryWorkCancelled()) return;  // cut short: not worth keeping
    (void)core::writeFileAtomically(file, core::encodeLodCache(lods, key));  // a cache that cannot be written is not an error
}

}  // namespace

core::MapModel loadMap(const fs::path& geodataDir, const fs::path& cacheDir) {
    core::MapModel model;
    const fs::path basemap = geodataDir / "basemap.gpkg";
    try {
        auto layers = readVectorFile(basemap, model.issues);
        // Draw order inside the model: land first, then countries, water, then borders. The water layers
        // (geodata/build_water.sh) are optional, so a basemap built without GMT still loads.
        for (const char* name : {"land", "countries", "lakes", "rivers", "borders"}) {
            bool found = false;
            for (const auto& l : layers)
                if (l.name == name) {
                    addBasemapLayer(l, model);
                    found = true;
                }
            const bool optional = std::string_view(name) == "lakes" || std::string_view(name) == "rivers";
            if (!found && !optional)
                model.issues.push_back({core::Severity::Error, basemap.string(), name, "layer missing"});
        }
    } catch (const GeoDataError& e) {
        model.issues.push_back({core::Severity::Error, basemap.string(), "", e.reason()});
    } catch (const std::exception& e) {
        model.issues.push_back({core::Severity::Error, basemap.string(), "", e.what()});
    }
    const std::size_t fromGazetteer = model.features.size();
    addGazetteer(geodataDir / "gazetteer.geojson", model);
    lodsWithCache(model, geodataDir, cacheDir, fromGazetteer);
    return model;
}

}  // namespace atlas::geoio
