// Gazetteer and events validation rules (see docs/gazetteer.md, "Check rules").
#include "core/gazetteer/gazetteer_check.hpp"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/region_frame.hpp"
#include "core/ring_crossings.hpp"
#include "core/time_filter.hpp"

namespace atlas::core {

namespace {

bool contains(const std::vector<std::string_view>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

double orient(Vec2 a, Vec2 b, Vec2 c) { return cross(b - a, c - a); }

std::string dateText(const std::optional<Date>& d) { return d ? d->toString() : std::string("open"); }

void checkNames(const GazetteerFeature& f, const std::string& file, std::vector<Problem>& out) {
    const auto primaries = std::count_if(f.names.begin(), f.names.end(), [](const Name& n) { return n.primary; });
    if (primaries != 1)
        out.push_back({file, f.id, "has " + std::to_string(primaries) + " primary names; exactly one is required"});
    for (const auto& n : f.names) {
        if (n.text.find_first_not_of(" \t") == std::string::npos) out.push_back({file, f.id, "a name is blank"});
        if (n.lang.empty() || n.script.empty())
            out.push_back({file, f.id, "name '" + n.text + "' lacks lang or script"});
        if (n.usage.empty()) out.push_back({file, f.id, "name '" + n.text + "' has no usage"});
    }
}

void checkPeriods(const GazetteerFeature& f, const std::string& file, std::vector<Problem>& out) {
    for (std::size_t i = 0; i < f.periods.size(); ++i) {
        const Period& p = f.periods[i];
        const std::string which = "period " + std::to_string(i) + " (" + dateText(p.start) + ".." + dateText(p.end) + ")";
        const DaySpan days = periodDays(p);
        if (p.start && p.end && days.empty()) out.push_back({file, f.id, which + ": start not before end"});
        if (!isKnownStatus(p.status)) out.push_back({file, f.id, which + ": unknown status '" + p.status + "'"});
        if (!isKnownCertainty(p.certainty))
            out.push_back({file, f.id, which + ": unknown certainty '" + p.certainty + "'"});
        if (p.status == "dissolved" && !p.end)
            out.push_back({file, f.id, which + ": a dissolved period needs an end date (else it is shown for ever)"});
        for (std::size_t j = i + 1; j < f.periods.size(); ++j) {
            const Period& q = f.periods[j];
            if (p.status == q.status) continue;
            const DaySpan other = periodDays(q);
            const DayNumber shared = std::min(days.to, other.to) - std::max(days.from, other.from);
            if (shared > 366)  // sharing one transition year is fine; more is two statuses at once
                out.push_back({file, f.id, which + " and period " + std::to_string(j) + " overlap by more than one year "
                                                   "with different statuses ('" + p.status + "', '" + q.status + "')"});
        }
    }
}

// `where` prefixes each message ("" for the feature's geometry, "period 2 (...): geometry: " for a period's own).
void checkGeometry(const Geometry& g, bool offmap, const std::string& where, const std::string& file,
                   const std::string& id, std::vector<Problem>& out) {
    auto inRange = [](Vec2 p) { return p.x >= -180 && p.x <= 180 && p.y >= -90 && p.y <= 90; };
    bool badCoord = false;
    auto visit = [&](const std::vector<Vec2>& pts) {
        for (const Vec2 p : pts) badCoord = badCoord || !inRange(p);
    };
    visit(g.points);
    for (std::size_t i = 0; i < g.lines.size(); ++i) {
        visit(g.lines[i]);
        if (g.lines[i].size() < 2) out.push_back({file, id, where + "line " + std::to_string(i) + " has fewer than 2 points"});
    }
    for (std::size_t i = 0; i < g.polygons.size(); ++i) {
        const Polygon& poly = g.polygons[i];
        std::vector<const Ring*> rings{&poly.outer};
        for (const auto& h : poly.holes) rings.push_back(&h);
        for (std::size_t r = 0; r < rings.size(); ++r) {
            visit(*rings[r]);
            if (const auto msg = ringProblem(*rings[r]))
                out.push_back({file, id, where + "polygon " + std::to_string(i) + " ring " + std::to_string(r) + ": " + *msg});
        }
    }
    if (g.empty()) out.push_back({file, id, where + "empty geometry"});
    if (badCoord) out.push_back({file, id, where + "coordinates out of range (lon -180..180, lat -90..90)"});
    const bool inside = anyVertexInFrame(g);
    if (!inside && !offmap)
        out.push_back({file, id, where + "lies outside the region frame (lon 38..52, lat 36..45) but is not flagged offmap"});
    if (inside && offmap) out.push_back({file, id, where + "flagged offmap but has a vertex inside the region frame"});
}

/// A feature whose shape changes with its periods: periods in order of their start, each starting no later than
/// the previous one ends unless a gap is declared ("gap": true), each period's own geometry valid.
void checkDatedGeometry(const GazetteerFeature& f, const std::string& file, std::vector<Problem>& out) {
    if (!hasDatedGeometry(f)) return;
    for (std::size_t i = 0; i < f.periods.size(); ++i) {
        const Period& p = f.periods[i];
        const std::string which = "period " + std::to_string(i) + " (" + dateText(p.start) + ".." + dateText(p.end) + ")";
        if (p.geometry) checkGeometry(*p.geometry, f.offmap, which + ": geometry: ", file, f.id, out);
        if (i == 0) continue;
        const DaySpan prev = periodDays(f.periods[i - 1]), days = periodDays(p);
        if (days.from < prev.from)
            out.push_back({file, f.id, which + ": starts before period " + std::to_string(i - 1) +
                                           " (periods with their own geometry must be in date order)"});
        else if (days.from > prev.to && !p.gapBefore)
            out.push_back({file, f.id, which + ": gap after period " + std::to_string(i - 1) + " (which ends " +
                                           dateText(f.periods[i - 1].end) + "); declare it with \"gap\": true"});
    }
}

}  // namespace

const std::vector<std::string_view>& knownSubkinds(FeatureKind kind) {
    static const std::vector<std::string_view> place{"capital", "city", "town", "village", "country", "site"};
    static const std::vector<std::string_view> corridor{"corridor", "road", "railway", "pipeline", "route"};
    static const std::vector<std::string_view> border{"state-border", "contact-line", "ceasefire-line", "admin-boundary"};
    static const std::vector<std::string_view> region{"autonomous-region", "district",         "historical-region",
                                                      "peacekeeping-zone", "region",           "country-group"};
    static const std::vector<std::string_view> water{"lake", "river", "sea"};
    switch (kind) {
        case FeatureKind::Place: return place;
        case FeatureKind::Corridor: return corridor;
        case FeatureKind::Border: return border;
        case FeatureKind::Region: return region;
        case FeatureKind::Water: return water;
    }
    return place;
}

const std::vector<std::string_view>& knownStatuses() {
    static const std::vector<std::string_view> v{
        "existing",           "open",      "blockaded",        "closed",    "de-facto",  "de-jure",
        "claimed",            "proposed",  "planned",          "operational", "under-construction",
        "controlled-by-armenia", "controlled-by-azerbaijan", "peacekeeping", "historical", "dissolved"};
    return v;
}

const std::vector<std::string_view>& knownCertainties() {
    static const std::vector<std::string_view> v{"certain", "probable", "uncertain"};
    return v;
}

bool isKnownSubkind(FeatureKind kind, std::string_view s) { return contains(knownSubkinds(kind), s); }
bool isKnownStatus(std::string_view s) { return contains(knownStatuses(), s); }
bool isKnownCertainty(std::string_view s) { return contains(knownCertainties(), s); }

bool isValidSlug(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != std::string_view::npos) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::optional<std::string> ringProblem(const Ring& input) {
    Ring ring;
    for (const Vec2 p : input)
        if (ring.empty() || !(ring.back() == p)) ring.push_back(p);  // repeated vertices are harmless
    while (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
    const std::size_t n = ring.size();
    if (n < 3) return "fewer than 3 distinct vertices (a ring needs 4 positions, closed)";
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2 a = ring[i], b = ring[(i + 1) % n], c = ring[(i + 2) % n];
        if (orient(a, b, c) == 0.0 && dot(b - a, c - b) < 0)
            return "edge " + std::to_string(i + 1) + " folds back on edge " + std::to_string(i);
    }
    // A sweep over x (O(n log n) for real borders); the cap keeps a pathological scribble bounded too.
    const RingCrossings crossings = findRingCrossings(ring, 4096, 64 * n + 1'000'000);
    if (crossings.first)
        return "self-intersecting (edges " + std::to_string(crossings.first->first) + " and " +
               std::to_string(crossings.first->second) + " meet)";
    if (crossings.capped) return "too intricate to check for self-intersection (" + std::to_string(n) + " vertices)";
    return std::nullopt;
}

std::vector<Problem> checkFeature(const GazetteerFeature& f, const std::string& file) {
    std::vector<Problem> out;
    if (!isValidSlug(f.id)) out.push_back({file, f.id, "id is not a slug (lowercase ASCII, digits, hyphens)"});
    if (!isKnownSubkind(f.kind, f.subkind))
        out.push_back({file, f.id, "unknown subkind '" + f.subkind + "' for kind " + std::string(featureKindName(f.kind))});
    if (f.source.empty()) out.push_back({file, f.id, "missing source"});
    checkNames(f, file, out);
    checkPeriods(f, file, out);
    checkGeometry(f.geometry, f.offmap, "", file, f.id, out);
    checkDatedGeometry(f, file, out);
    return out;
}

std::vector<Problem> checkFeatures(const std::vector<GazetteerFeature>& features, const std::string& file) {
    std::vector<Problem> out;
    for (const auto& f : features) {
        auto p = checkFeature(f, file);
        out.insert(out.end(), p.begin(), p.end());
    }
    return out;
}

std::vector<Problem> checkGazetteerText(std::string_view text, const std::string& file) {
    using nlohmann::json;
    std::vector<Problem> out;
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("features") || !root["features"].is_array()) return out;
    auto checkRings = [&](const json& rings, const std::string& id, const std::string& where) {
        if (!rings.is_array()) return;
        for (std::size_t r = 0; r < rings.size(); ++r) {
            const json& ring = rings[r];
            if (!ring.is_array() || ring.empty()) continue;
            if (ring.front() != ring.back())
                out.push_back({file, id, where + "ring " + std::to_string(r) + " is not closed (first position != last)"});
        }
    };
    for (const auto& f : root["features"]) {
        if (!f.is_object() || !f.contains("geometry") || !f["geometry"].is_object()) continue;
        const json& g = f["geometry"];
        const std::string id = f.contains("properties") && f["properties"].is_object()
                                   ? f["properties"].value("id", std::string())
                                   : std::string();
        const std::string type = g.value("type", std::string());
        const json coords = g.value("coordinates", json());
        if (type == "Polygon") checkRings(coords, id, "polygon 0 ");
        if (type == "MultiPolygon" && coords.is_array())
            for (std::size_t i = 0; i < coords.size(); ++i) checkRings(coords[i], id, "polygon " + std::to_string(i) + " ");
    }
    return out;
}

std::vector<Problem> checkEventLinks(const std::vector<Event>& events, const std::vector<GazetteerFeature>& features,
                                     const std::string& file) {
    std::vector<std::string_view> ids;
    for (const auto& f : features) ids.push_back(f.id);
    std::sort(ids.begin(), ids.end());
    std::vector<Problem> out;
    for (const auto& e : events) {
        if (e.featureIds.empty()) out.push_back({file, e.id, "names no feature"});
        for (const auto& id : e.featureIds)
            if (!std::binary_search(ids.begin(), ids.end(), std::string_view(id)))
                out.push_back({file, e.id, "unknown feature id '" + id + "'"});
    }
    return out;
}

GeodataCheckResult checkGeodataFolder(const std::filesystem::path& dir) {
    GeodataCheckResult result;
    auto add = [&](const std::vector<Problem>& p) { result.problems.insert(result.problems.end(), p.begin(), p.end()); };
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        result.problems.push_back({dir.string(), "", "geodata folder not found"});
        return result;
    }
    const auto gazFile = dir / "gazetteer.geojson";
    auto gazetteer = loadGazetteerFile(gazFile);
    result.featureCount = gazetteer.features.size();
    for (auto& p : gazetteer.problems) p.file = gazFile.string();  // the parser names the file only
    add(gazetteer.problems);
    if (std::filesystem::is_regular_file(gazFile, ec)) {
        std::ifstream in(gazFile, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        add(checkGazetteerText(ss.str(), gazFile.string()));
    }
    add(checkFeatures(gazetteer.features, gazFile.string()));
    const auto eventsFile = dir / "events.json";
    const auto events = loadEventsFile(eventsFile);
    result.eventCount = events.events.size();
    add(events.problems);
    add(checkEventLinks(events.events, gazetteer.features, eventsFile.string()));
    return result;
}

std::string formatProblem(const Problem& p) {
    return p.file + ": " + (p.featureId.empty() ? std::string("-") : p.featureId) + ": " + p.message;
}

}  // namespace atlas::core
