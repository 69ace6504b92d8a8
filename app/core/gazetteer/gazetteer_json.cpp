// Parses the gazetteer GeoJSON FeatureCollection into GazetteerFeature records, collecting per-record problems.
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/json_salvage.hpp"
#include "core/time_filter.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace atlas::core {

namespace {

using nlohmann::json;

/// A record-level error: the record is skipped.
struct RecordError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

Vec2 parsePosition(const json& p) {
    if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number())
        throw RecordError("invalid coordinates: position is not [lon, lat]");
    const Vec2 v{p[0].get<double>(), p[1].get<double>()};
    if (!std::isfinite(v.x) || !std::isfinite(v.y) || v.x < -180.0 || v.x > 180.0 || v.y < -90.0 || v.y > 90.0)
        throw RecordError("invalid coordinates: lon/lat out of range");
    return v;
}

std::vector<Vec2> parsePositions(const json& arr, std::size_t minCount, const char* what) {
    if (!arr.is_array()) throw RecordError(std::string("invalid coordinates: ") + what + " is not an array");
    std::vector<Vec2> out;
    out.reserve(arr.size());
    for (const auto& p : arr) out.push_back(parsePosition(p));
    if (out.size() < minCount) throw RecordError(std::string("invalid coordinates: too few positions in ") + what);
    return out;
}

Polygon parsePolygon(const json& rings) {
    if (!rings.is_array() || rings.empty()) throw RecordError("invalid coordinates: polygon without rings");
    Polygon poly;
    for (std::size_t i = 0; i < rings.size(); ++i) {
        Ring ring = parsePositions(rings[i], 4, "polygon ring");
        if (ring.front() == ring.back()) ring.pop_back();
        if (i == 0) poly.outer = std::move(ring);
        else poly.holes.push_back(std::move(ring));
    }
    return poly;
}

Geometry parseGeometry(const json& g) {
    if (!g.is_object()) throw RecordError("missing geometry");
    const auto type = g.value("type", std::string());
    const auto it = g.find("coordinates");
    if (it == g.end()) throw RecordError("missing geometry coordinates");
    const json& c = *it;
    Geometry geom;
    if (type == "Point") {
        geom.points.push_back(parsePosition(c));
    } else if (type == "MultiPoint") {
        geom.points = parsePositions(c, 1, "MultiPoint");
    } else if (type == "LineString") {
        geom.lines.push_back(parsePositions(c, 2, "LineString"));
    } else if (type == "MultiLineString") {
        if (!c.is_array() || c.empty()) throw RecordError("invalid coordinates: empty MultiLineString");
        for (const auto& l : c) geom.lines.push_back(parsePositions(l, 2, "LineString"));
    } else if (type == "Polygon") {
        geom.polygons.push_back(parsePolygon(c));
    } else if (type == "MultiPolygon") {
        if (!c.is_array() || c.empty()) throw RecordError("invalid coordinates: empty MultiPolygon");
        for (const auto& p : c) geom.polygons.push_back(parsePolygon(p));
    } else {
        throw RecordError("unsupported geometry type '" + type + "'");
    }
    return geom;
}

// A period bound: null (open), an integer year (the old form) or an ISO date string at year, month or day
// precision ("1994", "2024-06", "2020-11-10").
std::optional<Date> parseBound(const json& v, const char* field) {
    if (v.is_null()) return std::nullopt;
    if (v.is_number_integer()) return Date(v.get<int>());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::floor(d) == d && std::abs(d) < 1e6) return Date(static_cast<int>(d));
    }
    if (v.is_string()) {
        if (const auto date = parseDate(v.get<std::string>())) return date;
        throw RecordError(std::string("malformed period: ") + field + " '" + v.get<std::string>() +
                          "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    throw RecordError(std::string("malformed period: ") + field + " is not a year, an ISO date or null");
}

std::vector<Period> parsePeriods(const json& props) {
    std::vector<Period> periods;
    const auto it = props.find("periods");
    if (it == props.end() || it->is_null()) return periods;
    if (!it->is_array()) throw RecordError("malformed period: periods is not an array");
    for (const auto& p : *it) {
        if (!p.is_object()) throw RecordError("malformed period: entry is not an object");
        Period period;
        period.start = parseBound(p.value("start", json()), "start");
        period.end = parseBound(p.value("end", json()), "end");
        if (period.start && period.end && periodDays(period).empty())
            throw RecordError("malformed period: start " + period.start->toString() + " is not before end " +
                              period.end->toString());
        // null reads as empty: the `features --json` output writes an empty note as null and must read back.
        auto text = [&](const char* key) {
            const auto v = p.find(key);
            return v != p.end() && v->is_string() ? v->get<std::string>() : std::string();
        };
        period.status = text("status");
        period.certainty = text("certainty");
        period.note = text("note");
        if (const auto w = p.find("width_km"); w != p.end() && !w->is_null()) {
            if (!w->is_number() || !(w->get<double>() > 0.0) || w->get<double>() > 100.0)
                throw RecordError("malformed period: width_km is not a number of kilometres between 0 and 100");
            period.widthKm = w->get<double>();
        }
        if (const auto g = p.find("geometry"); g != p.end() && !g->is_null()) {
            try {
                period.geometry = parseGeometry(*g);
            } catch (const RecordError& e) {
                throw RecordError("malformed period " + std::to_string(periods.size()) + " geometry: " + e.what());
            }
        }
        if (const auto gap = p.find("gap"); gap != p.end() && !gap->is_null()) {
            if (!gap->is_boolean()) throw RecordError("malformed period: gap is not true or false");
            period.gapBefore = gap->get<bool>();
        }
        periods.push_back(std::move(period));
    }
    return periods;
}

std::vector<Name> parseNames(const json& props, const std::string& file, const std::string& id, std::vector<Problem>& problems) {
    const auto it = props.find("names");
    if (it == props.end() || !it->is_array() || it->empty()) throw RecordError("empty names");
    std::vector<Name> names;
    for (const auto& n : *it) {
        if (!n.is_object() || !n.contains("text") || !n["text"].is_string() || n["text"].get<std::string>().empty())
            throw RecordError("empty name text");
        Name name;
        name.text = n["text"].get<std::string>();
        name.lang = n.value("lang", std::string());
        name.script = n.value("script", std::string());
        name.primary = n.value("primary", false);
        name.adjectival = n.value("adjectival", false);
        json usage = n.value("usage", json::array());
        if (usage.is_string()) usage = json::array({usage});
        for (const auto& u : usage) {
            const auto parsed = u.is_string() ? nameUsageFromString(u.get<std::string>()) : std::nullopt;
            if (parsed) name.usage.push_back(*parsed);
            else problems.push_back({file, id, "unknown name usage for '" + name.text + "' ignored"});
        }
        names.push_back(std::move(name));
    }
    return names;
}

Accuracy parseAccuracy(const std::string& s, const std::string& file, const std::string& id, std::vector<Problem>& problems) {
    if (const auto a = enumFromName<Accuracy>(s)) return *a;
    if (!s.empty()) problems.push_back({file, id, "unknown accuracy '" + s + "'; approximate assumed"});
    return s.empty() ? Accuracy::Exact : Accuracy::Approximate;
}

GazetteerFeature parseFeature(const json& f, const std::string& file, const std::string& id, std::vector<Problem>& problems) {
    const json& props = f["properties"];
    GazetteerFeature feat;
    feat.id = id;
    const auto kind = featureKindFromString(props.value("kind", std::string()));
    if (!kind) throw RecordError("unknown kind '" + props.value("kind", std::string()) + "'");
    feat.kind = *kind;
    feat.subkind = props.value("subkind", std::string());
    if (props.contains("importance") && props["importance"].is_number()) {
        const double imp = props["importance"].get<double>();
        feat.importance = static_cast<int>(std::lround(std::clamp(imp, 1.0, 5.0)));
        if (imp < 1.0 || imp > 5.0) problems.push_back({file, id, "importance out of 1..5; clamped"});
    }
    feat.offmap = props.value("offmap", false);
    feat.names = parseNames(props, file, id, problems);
    feat.periods = parsePeriods(props);
    feat.accuracy = parseAccuracy(props.value("accuracy", std::string()), file, id, problems);
    if (props.contains("width_km") && props["width_km"].is_number()) feat.widthKm = props["width_km"].get<double>();
    feat.source = props.value("source", std::string());
    feat.note = props.value("note", std::string());
    if (!f.contains("geometry") || f["geometry"].is_null()) throw RecordError("missing geometry");
    feat.geometry = parseGeometry(f["geometry"]);
    return feat;
}

}  // namespace

std::optional<FeatureKind> featureKindFromString(std::string_view s) { return enumFromName<FeatureKind>(s); }

std::string_view featureKindName(FeatureKind kind) { return enumName(kind, "place"); }

std::optional<NameUsage> nameUsageFromString(std::string_view s) { return enumFromName<NameUsage>(s); }

std::string_view nameUsageName(NameUsage usage) { return enumName(usage, "common"); }

namespace {

/// Adds one record of the features array (or a problem naming it).
void addRecord(const json& f, std::size_t index, const std::string& fileLabel, std::set<std::string>& seen,
               GazetteerParseResult& result) {
    const std::string where = "features[" + std::to_string(index) + "]";
    if (!f.is_object() || !f.contains("properties") || !f["properties"].is_object()) {
        result.problems.push_back({fileLabel, "", where + ": no properties; skipped"});
        return;
    }
    const json& props = f["properties"];
    const std::string id = props.contains("id") && props["id"].is_string() ? props["id"].get<std::string>() : "";
    if (id.empty()) {
        result.problems.push_back({fileLabel, "", where + ": missing id; skipped"});
        return;
    }
    if (!seen.insert(id).second) {
        result.problems.push_back({fileLabel, id, "duplicate id; later record skipped"});
        return;
    }
    std::vector<Problem> soft;
    try {
        result.features.push_back(parseFeature(f, fileLabel, id, soft));
    } catch (const std::exception& e) {  // RecordError or a json type error inside one record
        result.problems.push_back({fileLabel, id, std::string(e.what()) + "; skipped"});
    }
    result.problems.insert(result.problems.end(), soft.begin(), soft.end());
}

/// The whole text does not parse: read each element of the features array on its own, repairing bad bytes,
/// so that one bad byte or record costs only that record.
GazetteerParseResult salvage(std::string_view text, const std::string& fileLabel) {
    GazetteerParseResult result;
    const FeatureSlices slices = sliceFeatures(text);
    if (!slices.collection || !slices.hasArray) {
        result.problems.push_back({fileLabel, "", "not a GeoJSON FeatureCollection: " + jsonErrorText(text, 0)});
        return result;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < slices.items.size(); ++i) {
        const FeatureSlice& item = slices.items[i];
        const std::string where = "features[" + std::to_string(i) + "] at byte " + std::to_string(item.offset);
        if (item.cutOff) {
            result.problems.push_back(
                {fileLabel, guessRecordId(item.text), where + ": cut off by the end of the file; skipped"});
            continue;
        }
        const JsonRepair repaired = repairJsonText(item.text);
        json f = json::parse(repaired.text, nullptr, false);
        if (f.is_discarded()) {
            result.problems.push_back({fileLabel, guessRecordId(item.text),
                                       where + ": not valid JSON, " + jsonErrorText(repaired.text, item.offset) +
                                           "; skipped"});
            continue;
        }
        const std::size_t before = result.features.size();
        addRecord(f, i, fileLabel, seen, result);
        if (result.features.size() == before) continue;
        const std::string at = " (first at byte " + std::to_string(item.offset + repaired.firstAt) + ")";
        if (repaired.invalidUtf8 > 0)
            result.problems.push_back({fileLabel, result.features.back().id,
                                       std::to_string(repaired.invalidUtf8) + " invalid UTF-8 sequence(s)" + at +
                                           " replaced by U+FFFD"});
        if (repaired.badEscapes > 0)
            result.problems.push_back({fileLabel, result.features.back().id,
                                       std::to_string(repaired.badEscapes) + " unpaired surrogate escape(s)" +
                                           (repaired.invalidUtf8 > 0 ? std::string() : at) + " replaced by U+FFFD"});
    }
    if (result.features.empty())
        result.problems.push_back({fileLabel, "", "not a GeoJSON FeatureCollection: " + jsonErrorText(text, 0) +
                                                      "; no feature could be read"});
    return result;
}

}  // namespace

GazetteerParseResult parseGazetteerGeoJson(std::string_view text, const std::string& fileLabel) {
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded()) return salvage(text, fileLabel);
    GazetteerParseResult result;
    if (!root.is_object() || root.value("type", std::string()) != "FeatureCollection" ||
        !root.contains("features") || !root["features"].is_array()) {
        result.problems.push_back({fileLabel, "", "not a GeoJSON FeatureCollection"});
        return result;
    }
    std::set<std::string> seen;
    std::size_t index = 0;
    for (const auto& f : root["features"]) addRecord(f, index++, fileLabel, seen, result);
    return result;
}

GazetteerParseResult loadGazetteerFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        GazetteerParseResult r;
        r.problems.push_back({path.string(), "", "cannot read file"});
        return r;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseGazetteerGeoJson(ss.str(), path.filename().string());
}

}  // namespace atlas::core
