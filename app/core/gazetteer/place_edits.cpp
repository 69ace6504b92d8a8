// Review edits to a workspace's gazetteer and review memory, shared by the places command and the reducer.
#include "core/gazetteer/place_edits.hpp"

#include <algorithm>

#include "core/text/text_normalize.hpp"

namespace atlas::core {
namespace {

bool hasName(const GazetteerFeature& f, const std::string& key) {
    return std::any_of(f.names.begin(), f.names.end(), [&](const Name& n) { return foldForMatch(n.text) == key; });
}

void dropName(std::vector<std::string>& list, const std::string& key) {
    std::erase_if(list, [&](const std::string& n) { return foldForMatch(n) == key; });
}

bool listed(const std::vector<std::string>& list, const std::string& key) {
    return std::any_of(list.begin(), list.end(), [&](const std::string& n) { return foldForMatch(n) == key; });
}

}  // namespace

std::optional<std::string> ownerOfName(const std::vector<GazetteerFeature>& known, const UserGazetteer& user,
                                       std::string_view name) {
    const std::string key = foldForMatch(name);
    for (const auto& u : user.features)
        if (!u.suggested && hasName(u.feature, key)) return u.feature.id;
    for (const auto& a : user.aliases)
        if (foldForMatch(a.name) == key) return a.featureId;
    for (const auto& f : known) {
        if (const auto* u = user.find(f.id); u && u->suggested) continue;
        if (hasName(f, key)) return f.id;
    }
    return std::nullopt;
}

std::string takeIdFor(UserGazetteer& user, const std::vector<GazetteerFeature>& known, const std::string& name) {
    if (const auto* u = user.findByName(name); u && u->suggested) {
        const std::string id = u->feature.id;
        std::erase_if(user.features, [&](const WorkspaceFeature& g) { return g.feature.id == id; });
        return id;
    }
    std::vector<std::string> taken;
    for (const auto& f : known) taken.push_back(f.id);
    for (const auto& u : user.features) taken.push_back(u.feature.id);
    return slugFor(name, taken);
}

void forgetName(ReviewMemory& memory, std::string_view name) {
    const std::string key = foldForMatch(name);
    dropName(memory.rejected, key);
    dropName(memory.deferred, key);
    dropName(memory.noMatch, key);
}

std::string acceptPlace(UserGazetteer& user, ReviewMemory& memory, const std::vector<GazetteerFeature>& known,
                        const std::string& name, const GeoNamesPlace& place,
                        const std::vector<std::string>& passageIds) {
    const std::string id = takeIdFor(user, known, name);
    user.features.push_back(featureFromGeoNames(id, name, place, passageIds, false));
    forgetName(memory, name);
    return id;
}

std::string placeByHand(UserGazetteer& user, ReviewMemory& memory, const std::vector<GazetteerFeature>& known,
                        const std::string& name, Vec2 lonLat, FeatureKind kind,
                        const std::vector<std::string>& passageIds) {
    const std::string id = takeIdFor(user, known, name);
    user.features.push_back(featurePlacedByHand(id, name, lonLat.x, lonLat.y, kind, passageIds));
    forgetName(memory, name);
    return id;
}

std::optional<std::string> placeRoute(UserGazetteer& user, ReviewMemory& memory,
                                      const std::vector<GazetteerFeature>& known, const std::string& name,
                                      const GazetteerFeature& from, const GazetteerFeature& to,
                                      const std::vector<std::string>& passageIds) {
    const auto end = [](const GazetteerFeature& f) -> std::optional<Vec2> {
        if (!f.geometry.points.empty()) return f.geometry.points.front();
        const BBox b = f.geometry.bounds();
        if (b.empty()) return std::nullopt;
        return b.center();
    };
    const auto a = end(from), b = end(to);
    if (!a || !b) return std::nullopt;
    const std::string id = takeIdFor(user, known, name);
    WorkspaceFeature w = featurePlacedByHand(id, name, a->x, a->y, FeatureKind::Corridor, passageIds);
    w.feature.geometry.points.clear();
    w.feature.geometry.lines.push_back({*a, *b});
    w.feature.subkind = "road";
    user.features.push_back(std::move(w));
    forgetName(memory, name);
    return id;
}

bool addAlias(UserGazetteer& user, ReviewMemory& memory, const GazetteerFeature& target, const std::string& surface,
              const std::vector<std::string>& passageIds) {
    const std::string key = foldForMatch(surface);
    if (hasName(target, key)) return false;
    for (const auto& a : user.aliases)
        if (a.featureId == target.id && foldForMatch(a.name) == key) return false;
    user.aliases.push_back({target.id, surface, passageIds});
    forgetName(memory, surface);
    return true;
}

bool rejectName(UserGazetteer& user, ReviewMemory& memory, const std::string& name) {
    const std::string key = foldForMatch(name);
    const bool dropped = std::erase_if(user.features, [&](const WorkspaceFeature& u) {
                             return u.suggested && hasName(u.feature, key);
                         }) > 0;
    forgetName(memory, name);
    memory.rejected.push_back(name);
    return dropped;
}

void deferName(ReviewMemory& memory, const std::string& name) {
    const std::string key = foldForMatch(name);
    if (!listed(memory.deferred, key)) memory.deferred.push_back(name);
}

void noMatchName(ReviewMemory& memory, const std::string& name) {
    const std::string key = foldForMatch(name);
    dropName(memory.deferred, key);
    if (!listed(memory.noMatch, key)) memory.noMatch.push_back(name);
}

}  // namespace atlas::core
