// Builds the `features` JSON document and table from gazetteer features and a year/range filter.
#include "core/gazetteer/feature_output.hpp"

#include <algorithm>
#include <sstream>

#include "core/gazetteer/gazetteer_json.hpp"
#include "core/time_filter.hpp"

namespace atlas::core {

namespace {

using json = nlohmann::ordered_json;

json position(Vec2 p) { return json::array({p.x, p.y}); }

json positions(const std::vector<Vec2>& pts) {
    json out = json::array();
    for (const Vec2 p : pts) out.push_back(position(p));
    return out;
}

json closedRing(const Ring& ring) {
    json out = positions(ring);
    if (!ring.empty() && !(ring.front() == ring.back())) out.push_back(position(ring.front()));
    return out;
}

json polygonCoords(const Polygon& poly) {
    json rings = json::array({closedRing(poly.outer)});
    for (const auto& hole : poly.holes) rings.push_back(closedRing(hole));
    return rings;
}

json pointsGeometry(const std::vector<Vec2>& pts) {
    if (pts.size() == 1) return {{"type", "Point"}, {"coordinates", position(pts.front())}};
    return {{"type", "MultiPoint"}, {"coordinates", positions(pts)}};
}

json linesGeometry(const std::vector<LineString>& lines) {
    if (lines.size() == 1) return {{"type", "LineString"}, {"coordinates", positions(lines.front())}};
    json coords = json::array();
    for (const auto& l : lines) coords.push_back(positions(l));
    return {{"type", "MultiLineString"}, {"coordinates", coords}};
}

json polygonsGeometry(const std::vector<Polygon>& polys) {
    if (polys.size() == 1) return {{"type", "Polygon"}, {"coordinates", polygonCoords(polys.front())}};
    json coords = json::array();
    for (const auto& p : polys) coords.push_back(polygonCoords(p));
    return {{"type", "MultiPolygon"}, {"coordinates", coords}};
}

json optionalYear(const std::optional<int>& y) { return y ? json(*y) : json(nullptr); }

// A year stays a number (as in files before dates); a month or a day is an ISO string.
json dateJson(const Date& d) { return d.precision() == DatePrecision::Year ? json(d.year) : json(d.toString()); }
json optionalDate(const std::optional<Date>& d) { return d ? dateJson(*d) : json(nullptr); }

json namesToJson(const std::vector<Name>& names) {
    json out = json::array();
    for (const auto& n : names) {
        json usage = json::array();
        for (const auto u : n.usage) usage.push_back(std::string(nameUsageName(u)));
        out.push_back({{"text", n.text}, {"lang", n.lang}, {"script", n.script}, {"usage", usage},
                       {"primary", n.primary}, {"adjectival", n.adjectival}});
    }
    return out;
}

json periodsToJson(const std::vector<Period>& periods) {
    json out = json::array();
    for (const auto& p : periods) {
        json period{{"start", optionalDate(p.start)}, {"end", optionalDate(p.end)}, {"status", p.status},
                    {"certainty", p.certainty}, {"note", p.note.empty() ? json(nullptr) : json(p.note)}};
        if (p.widthKm) period["width_km"] = *p.widthKm;
        if (p.gapBefore) period["gap"] = true;
        if (p.geometry) period["geometry"] = geometryToGeoJson(*p.geometry);
        out.push_back(std::move(period));
    }
    return out;
}

std::vector<std::size_t> overlappingPeriods(const std::vector<Period>& periods, const DaySpan& span) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < periods.size(); ++i)
        if (periodOverlaps(periods[i], span)) out.push_back(i);
    return out;
}

}  // namespace

std::optional<DaySpan> FeatureFilter::days() const {
    if (date) return daysOf(*date, *date);
    if (year) return daysOf(*year, *year);
    if (range) return daysOf(range->first, range->second);
    return std::nullopt;
}

std::string_view accuracyName(Accuracy accuracy) { return enumName(accuracy, "approximate"); }

std::vector<const GazetteerFeature*> filterFeatures(const std::vector<GazetteerFeature>& features,
                                                    const FeatureFilter& filter) {
    std::vector<const GazetteerFeature*> out;
    for (const auto& f : features) {
        if (visibleDuring(f.periods, filter.days())) out.push_back(&f);
    }
    return out;
}

json geometryToGeoJson(const Geometry& g) {
    std::vector<json> parts;
    if (!g.points.empty()) parts.push_back(pointsGeometry(g.points));
    if (!g.lines.empty()) parts.push_back(linesGeometry(g.lines));
    if (!g.polygons.empty()) parts.push_back(polygonsGeometry(g.polygons));
    if (parts.size() == 1) return parts.front();
    if (parts.empty()) return nullptr;
    return {{"type", "GeometryCollection"}, {"geometries", parts}};
}

std::string featureStatus(const GazetteerFeature& f, const FeatureFilter& filter) {
    if (f.periods.empty()) return "timeless";
    const auto days = filter.days();
    if (filter.single()) {
        const auto i = matchingPeriod(f.periods, *days);
        return i ? f.periods[*i].status : std::string();
    }
    std::vector<std::size_t> indices;
    if (days) indices = overlappingPeriods(f.periods, *days);
    else
        for (std::size_t i = 0; i < f.periods.size(); ++i) indices.push_back(i);
    std::string out;
    for (const auto i : indices) {
        const std::string& s = f.periods[i].status;
        if (out.find(s) != std::string::npos) continue;
        out += (out.empty() ? "" : ", ") + s;
    }
    return out;
}

json featureToJson(const GazetteerFeature& f, const FeatureFilter& filter) {
    json out = {{"id", f.id},
                {"kind", std::string(featureKindName(f.kind))},
                {"subkind", f.subkind},
                {"importance", f.importance},
                {"offmap", f.offmap},
                {"names", namesToJson(f.names)},
                {"periods", periodsToJson(f.periods)},
                {"accuracy", std::string(accuracyName(f.accuracy))},
                {"width_km", f.widthKm ? json(*f.widthKm) : json(nullptr)},
                {"source", f.source},
                {"geometry", geometryToGeoJson(f.geometry)}};
    if (const auto days = filter.days(); days && filter.single()) {
        const auto i = matchingPeriod(f.periods, *days);
        out["matched_period"] = i ? json(*i) : json(nullptr);
        out["status"] = featureStatus(f, filter);
    } else if (days) {
        out["matched_periods"] = overlappingPeriods(f.periods, *days);
    }
    return out;
}

json featuresToJson(const std::vector<GazetteerFeature>& features, const FeatureFilter& filter) {
    json list = json::array();
    for (const auto* f : filterFeatures(features, filter)) list.push_back(featureToJson(*f, filter));
    json range = filter.range ? json::array({dateJson(filter.range->first), dateJson(filter.range->second)}) : json(nullptr);
    const auto count = list.size();
    return {{"version", 1},   {"year", optionalYear(filter.year)}, {"date", optionalDate(filter.date)},
            {"range", range}, {"count", count},
            {"features", std::move(list)}};
}

std::string featuresToTable(const std::vector<GazetteerFeature>& features, const FeatureFilter& filter) {
    const auto kept = filterFeatures(features, filter);
    std::size_t idWidth = 2, kindWidth = 4;
    for (const auto* f : kept) {
        idWidth = std::max(idWidth, f->id.size());
        kindWidth = std::max(kindWidth, featureKindName(f->kind).size() + 1 + f->subkind.size());
    }
    std::ostringstream out;
    auto row = [&](const std::string& id, const std::string& kind, const std::string& status) {
        out << id << std::string(idWidth - id.size() + 2, ' ') << kind << std::string(kindWidth - kind.size() + 2, ' ')
            << status << "\n";
    };
    row("id", "kind", "status");
    for (const auto* f : kept) row(f->id, std::string(featureKindName(f->kind)) + "/" + f->subkind, featureStatus(*f, filter));
    return out.str();
}

}  // namespace atlas::core
