// A workspace's own gazetteer (gazetteer.user.geojson) and review memory (review.json): formats and merging.
#include "core/gazetteer/user_gazetteer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "core/atomic_file.hpp"
#include "core/gazetteer/feature_output.hpp"
#include "core/text/name_key.hpp"
#include "core/text/text_normalize.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {
namespace {

using json = nlohmann::ordered_json;

json nameToJson(const Name& n) {
    json usage = json::array();
    for (const auto u : n.usage) usage.push_back(std::string(nameUsageName(u)));
    json out{{"text", n.text}, {"lang", n.lang}, {"script", n.script}, {"usage", usage}, {"primary", n.primary}};
    if (n.adjectival) out["adjectival"] = true;
    return out;
}

json featureToGeoJson(const WorkspaceFeature& u) {
    const GazetteerFeature& f = u.feature;
    json names = json::array();
    for (const auto& n : f.names) names.push_back(nameToJson(n));
    json props{{"id", f.id},
               {"kind", std::string(featureKindName(f.kind))},
               {"subkind", f.subkind},
               {"importance", f.importance},
               {"offmap", f.offmap},
               {"names", names},
               {"accuracy", std::string(accuracyName(f.accuracy))},
               {"source", f.source},
               {"provenance", u.provenance},
               {"suggested", u.suggested},
               {"passages", u.passageIds}};
    if (!f.note.empty()) props["note"] = f.note;
    return {{"type", "Feature"}, {"id", f.id}, {"geometry", geometryToGeoJson(f.geometry)}, {"properties", props}};
}

Name makeName(const std::string& text, bool primary, NameUsage usage) {
    Name n;
    n.text = text;
    n.script = scriptOf(text);
    n.lang = n.script == "Cyrl" ? "ru" : n.script == "Armn" ? "hy" : n.script == "Geor" ? "ka" : n.script == "Arab" ? "fa" : "en";
    n.usage = {usage};
    n.primary = primary;
    return n;
}

}  // namespace

const WorkspaceFeature* UserGazetteer::find(std::string_view id) const {
    for (const auto& f : features)
        if (f.feature.id == id) return &f;
    return nullptr;
}

const WorkspaceFeature* UserGazetteer::findByName(std::string_view name) const {
    const std::string key = foldForMatch(name);
    for (const auto& f : features)
        for (const auto& n : f.feature.names)
            if (foldForMatch(n.text) == key) return &f;
    return nullptr;
}

UserGazetteerParse parseUserGazetteer(std::string_view text, const std::string& fileLabel) {
    UserGazetteerParse out;
    GazetteerParseResult base = parseGazetteerGeoJson(text, fileLabel);
    out.problems = std::move(base.problems);
    const json doc = json::parse(text, nullptr, false);
    // The workspace's own properties, by id (a file the parser had to salvage keeps its features without them).
    std::map<std::string, const json*> props;
    if (doc.is_object() && doc.contains("features") && doc["features"].is_array())
        for (const auto& f : doc["features"])
            if (f.is_object() && f.contains("properties") && f["properties"].is_object() &&
                f["properties"].contains("id") && f["properties"]["id"].is_string())
                props.emplace(f["properties"]["id"].get<std::string>(), &f["properties"]);
    for (auto& f : base.features) {
        WorkspaceFeature u;
        if (const auto it = props.find(f.id); it != props.end()) {
            const json& p = *it->second;
            if (p.contains("provenance") && p["provenance"].is_string()) u.provenance = p["provenance"].get<std::string>();
            if (p.contains("suggested") && p["suggested"].is_boolean()) u.suggested = p["suggested"].get<bool>();
            if (p.contains("passages") && p["passages"].is_array())
                for (const auto& pid : p["passages"])
                    if (pid.is_string()) u.passageIds.push_back(pid.get<std::string>());
        }
        if (u.provenance.empty()) u.provenance = u.suggested ? "suggested" : "placed by hand";
        u.feature = std::move(f);
        out.gazetteer.features.push_back(std::move(u));
    }
    if (doc.is_object() && doc.contains("aliases")) {
        const json& list = doc["aliases"];
        if (!list.is_array()) {
            out.problems.push_back({fileLabel, "", "\"aliases\" is not an array; ignored"});
        } else {
            for (std::size_t i = 0; i < list.size(); ++i) {
                const json& a = list[i];
                if (!a.is_object() || !a.contains("feature") || !a["feature"].is_string() || !a.contains("name") ||
                    !a["name"].is_string() || a["name"].get<std::string>().empty()) {
                    out.problems.push_back({fileLabel, "", "aliases[" + std::to_string(i) +
                                                               "]: needs \"feature\" and \"name\" strings; skipped"});
                    continue;
                }
                Alias alias{a["feature"].get<std::string>(), a["name"].get<std::string>(), {}};
                if (a.contains("passages") && a["passages"].is_array())
                    for (const auto& p : a["passages"])
                        if (p.is_string()) alias.passageIds.push_back(p.get<std::string>());
                out.gazetteer.aliases.push_back(std::move(alias));
            }
        }
    }
    return out;
}

UserGazetteerParse loadUserGazetteer(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return {};
    const auto bytes = readWholeFile(file);
    if (!bytes) return {{}, {{file.string(), "", "cannot read the user gazetteer"}}};
    return parseUserGazetteer(*bytes, file.string());
}

std::string userGazetteerToGeoJson(const UserGazetteer& g) {
    json features = json::array();
    for (const auto& f : g.features) features.push_back(featureToGeoJson(f));
    json aliases = json::array();
    for (const auto& a : g.aliases)
        aliases.push_back({{"feature", a.featureId}, {"name", a.name}, {"passages", a.passageIds}});
    const json doc{{"type", "FeatureCollection"},
                   {"name", "caucasus_atlas_user_gazetteer"},
                   {"features", features},
                   {"aliases", aliases}};
    return doc.dump(2) + "\n";
}

std::vector<Problem> extendGazetteer(std::vector<GazetteerFeature>& base, const UserGazetteer& user,
                                     const std::string& fileLabel) {
    std::vector<Problem> problems;
    std::set<std::string> ids;
    for (const auto& f : base) ids.insert(f.id);
    for (const auto& u : user.features) {
        if (!ids.insert(u.feature.id).second) {
            problems.push_back({fileLabel, u.feature.id, "id already in the gazetteer; user feature skipped"});
            continue;
        }
        base.push_back(u.feature);
    }
    for (const auto& a : user.aliases) {
        auto it = std::find_if(base.begin(), base.end(), [&](const GazetteerFeature& f) { return f.id == a.featureId; });
        if (it == base.end()) {
            problems.push_back({fileLabel, a.featureId, "alias '" + a.name + "' names no feature; ignored"});
            continue;
        }
        const std::string key = foldForMatch(a.name);
        const bool known = std::any_of(it->names.begin(), it->names.end(),
                                       [&](const Name& n) { return foldForMatch(n.text) == key; });
        if (!known) it->names.push_back(makeName(a.name, false, NameUsage::Variant));
    }
    return problems;
}

namespace {
bool listsName(const std::vector<std::string>& list, std::string_view name) {
    const std::string key = foldForMatch(name);
    return std::any_of(list.begin(), list.end(), [&](const std::string& r) { return foldForMatch(r) == key; });
}
}  // namespace

bool ReviewMemory::isRejected(std::string_view name) const { return listsName(rejected, name); }
bool ReviewMemory::isDeferred(std::string_view name) const { return listsName(deferred, name); }
bool ReviewMemory::isNoMatch(std::string_view name) const { return listsName(noMatch, name); }

ReviewMemory loadReviewMemory(const std::filesystem::path& file, std::string& error) {
    ReviewMemory out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return out;
    const auto bytes = readWholeFile(file);
    if (!bytes) {
        error = file.string() + ": cannot read";
        return out;
    }
    const json doc = json::parse(*bytes, nullptr, false);
    if (!doc.is_object() || !doc.contains("rejected") || !doc["rejected"].is_array()) {
        error = file.string() + ": not a review file (expected an object with a \"rejected\" array)";
        return out;
    }
    for (const auto& r : doc["rejected"])
        if (r.is_string()) out.rejected.push_back(r.get<std::string>());
    for (const auto& [key, list] : {std::pair{"deferred", &out.deferred}, std::pair{"no_match", &out.noMatch}})
        if (doc.contains(key) && doc[key].is_array())
            for (const auto& r : doc[key])
                if (r.is_string()) list->push_back(r.get<std::string>());
    return out;
}

std::string reviewMemoryToJson(const ReviewMemory& memory) {
    json doc{{"format", "caucasus-atlas-review"}, {"version", 1}, {"rejected", memory.rejected}};
    if (!memory.deferred.empty()) doc["deferred"] = memory.deferred;  // only when used: older files stay as they were
    if (!memory.noMatch.empty()) doc["no_match"] = memory.noMatch;
    return doc.dump(2) + "\n";
}

std::string slugFor(std::string_view name, const std::vector<std::string>& taken) {
    std::string slug;
    for (const char c : latinAscii(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug.push_back(c);
        else if (!slug.empty() && slug.back() != '-') slug.push_back('-');
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = "place";
    std::string id = slug;
    for (int n = 2; std::find(taken.begin(), taken.end(), id) != taken.end(); ++n) id = slug + "-" + std::to_string(n);
    return id;
}

WorkspaceFeature featureFromGeoNames(const std::string& id, const std::string& name, const GeoNamesPlace& place,
                                const std::vector<std::string>& passageIds, bool suggested) {
    WorkspaceFeature u;
    GazetteerFeature& f = u.feature;
    f.id = id;
    f.kind = FeatureKind::Place;
    f.subkind = place.featureCode == "PPLC" ? "capital" : place.population >= 10000 ? "town" : "village";
    f.importance = place.population >= 100000 ? 3 : place.population >= 10000 ? 4 : 5;
    f.names.push_back(makeName(name, true, NameUsage::Common));
    if (foldForMatch(place.name) != foldForMatch(name)) f.names.push_back(makeName(place.name, false, NameUsage::Variant));
    f.accuracy = Accuracy::Exact;
    const std::string gn = place.id.empty() ? "GeoNames" : "GeoNames " + place.id;
    f.source = gn + " (geodata/geonames-caucasus.tsv)";
    u.provenance = suggested ? "suggested" : gn;
    u.suggested = suggested;
    u.passageIds = passageIds;
    f.geometry.points.push_back({place.lon, place.lat});
    return u;
}

WorkspaceFeature featurePlacedByHand(const std::string& id, const std::string& name, double lon, double lat,
                                FeatureKind kind, const std::vector<std::string>& passageIds) {
    WorkspaceFeature u;
    GazetteerFeature& f = u.feature;
    f.id = id;
    f.kind = kind;
    f.importance = 5;
    f.names.push_back(makeName(name, true, NameUsage::Common));
    f.accuracy = Accuracy::Approximate;
    f.source = "placed by hand";
    u.provenance = "placed by hand";
    u.passageIds = passageIds;
    f.geometry.points.push_back({lon, lat});
    return u;
}

std::string scriptOf(std::string_view name) {
    for (std::size_t pos = 0; pos < name.size();) {
        const Utf8Char ch = decodeUtf8(name, pos);
        pos += ch.length;
        const char32_t c = ch.cp;
        if (c >= 0x0400 && c <= 0x052F) return "Cyrl";
        if (c >= 0x0530 && c <= 0x058F) return "Armn";
        if (c >= 0x10A0 && c <= 0x10FF) return "Geor";
        if (c >= 0x0600 && c <= 0x06FF) return "Arab";
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x0250)) return "Latn";
    }
    return "Latn";
}

}  // namespace atlas::core
