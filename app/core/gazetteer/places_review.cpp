// Gazetteer growth: the corpus's unknown place names with their ranked GeoNames suggestions, and --suggest's rule.
#include "core/gazetteer/places_review.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/text/text_normalize.hpp"

namespace atlas::core {
namespace {

/// Where a known feature is, for distances: a point feature's first point, a small area's or line's centre
/// (under about 1.5 degrees across); countries and long borders say too little to count.
std::optional<Vec2> anchorOf(const GazetteerFeature& f) {
    if (!f.geometry.points.empty()) return f.geometry.points.front();
    const BBox b = f.geometry.bounds();
    if (b.empty() || b.width() > 1.5 || b.height() > 1.5) return std::nullopt;
    return b.center();
}

std::string fixed(double v, int digits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

bool inDocument(const Document& doc, const std::optional<std::string>& document) {
    if (!document) return true;
    const std::string& file = doc.meta.file;
    return file == *document || file.substr(0, file.rfind('.')) == *document;
}

/// The routes named by two known ends that no feature joins, one candidate per pair of ends and route word
/// (named by its first spelling: "Yerevan–Gyumri highway" and "Yerevan-Gyumri highway" are one road).
void addRouteCandidates(const CorpusIndex& index, const NameMatcher& matcher, const ReviewMemory& review,
                        const GapOptions& options, std::vector<PlaceCandidate>& out) {
    std::map<std::string, std::size_t> byEnds;  // "from|to|word" -> index into out
    const std::size_t firstRoute = out.size();
    std::vector<Passage> passages;
    std::size_t first = 0;
    for (std::size_t d = 0; d < index.documents.size(); ++d) {
        passages.clear();
        while (first < index.passages.size() && index.passages[first].documentIndex == d)
            passages.push_back(index.passages[first++]);
        if (!inDocument(index.documents[d], options.document)) continue;
        for (const RouteCompound& r : matcher.unknownRoutes(index.documents[d], passages)) {
            if (r.passage >= passages.size() || passages[r.passage].kind != PassageKind::Body) continue;
            const std::string& pid = passages[r.passage].id;
            auto [it, fresh] = byEnds.try_emplace(r.firstEndId + "|" + r.secondEndId + "|" + foldForMatch(r.routeWord),
                                                  out.size());
            if (fresh) {
                PlaceCandidate c;
                c.gap.text = r.text;
                c.route = RouteEnds{r.firstEndId, r.secondEndId, r.routeWord};
                out.push_back(std::move(c));
            }
            Gap& g = out[it->second].gap;
            ++g.count;
            if (std::find(g.passageIds.begin(), g.passageIds.end(), pid) == g.passageIds.end()) g.passageIds.push_back(pid);
        }
    }
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(firstRoute), out.end(),
                             [&](const PlaceCandidate& c) {
                                 return c.gap.count < options.minCount || review.isRejected(c.gap.text);
                             }),
              out.end());
}

}  // namespace

std::optional<RegionHint> regionHintOf(const GazetteerFeature& f, const GeoNamesIndex& geonames) {
    if (!f.geometry.polygons.empty() && (f.kind == FeatureKind::Region || f.subkind == "country"))
        return RegionHint{f.id, &f.geometry.polygons, {}, {}};
    const bool country = f.subkind == "country";
    const bool area = f.kind == FeatureKind::Region && f.subkind != "country-group" && f.subkind != "historical-region";
    if ((!country && !area) || f.geometry.points.empty()) return std::nullopt;
    const Vec2 at = f.geometry.points.front();
    const GeoNamesPlace* nearest = nullptr;
    double best = country ? 150.0 : 30.0;
    for (const GeoNamesPlace& p : geonames.places) {
        const double d = distanceKm(at.x, at.y, p.lon, p.lat);
        if (d <= best) {
            best = d;
            nearest = &p;
        }
    }
    if (nearest == nullptr || nearest->country.empty()) return std::nullopt;
    return RegionHint{f.id, nullptr, nearest->country, country ? std::string() : nearest->admin1};
}

std::vector<PlaceCandidate> placeCandidates(const CorpusIndex& index, const std::vector<GazetteerFeature>& features,
                                            const NameMatcher& matcher, const GeoNamesIndex& geonames,
                                            const ReviewMemory& review, const GapOptions& options,
                                            const SuggestOptions& suggest) {
    std::map<std::string, const GazetteerFeature*> byId;
    for (const auto& f : features) byId[f.id] = &f;
    std::map<std::string, std::vector<Vec2>> placesInPassage;
    std::map<std::string, std::optional<RegionHint>> hintById;
    std::map<std::string, std::vector<const RegionHint*>> regionsInPassage;
    for (const Mention& m : index.mentions) {
        const auto it = byId.find(m.featureId);
        if (it == byId.end()) continue;
        if (const auto a = anchorOf(*it->second)) placesInPassage[m.passageId].push_back(*a);
        auto [hint, fresh] = hintById.try_emplace(m.featureId);
        if (fresh) hint->second = regionHintOf(*it->second, geonames);
        if (hint->second) regionsInPassage[m.passageId].push_back(&*hint->second);
    }
    std::vector<PlaceCandidate> out;
    for (Gap& g : findGaps(index, matcher, options)) {
        if (review.isRejected(g.text)) continue;
        PlaceCandidate c;
        for (const auto& pid : g.passageIds) {
            const auto it = placesInPassage.find(pid);
            if (it != placesInPassage.end()) c.context.insert(c.context.end(), it->second.begin(), it->second.end());
            const auto r = regionsInPassage.find(pid);
            if (r == regionsInPassage.end()) continue;
            for (const RegionHint* h : r->second)
                if (std::none_of(c.regions.begin(), c.regions.end(), [&](const RegionHint& x) { return x.featureId == h->featureId; }))
                    c.regions.push_back(*h);
        }
        c.suggestions = suggestPlaces(g.text, geonames, c.context, suggest, c.regions);
        c.gap = std::move(g);
        out.push_back(std::move(c));
    }
    addRouteCandidates(index, matcher, review, options, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const PlaceCandidate& a, const PlaceCandidate& b) { return a.gap.count > b.gap.count; });
    return out;
}

std::vector<WorkspaceFeature> provisionalFeatures(const std::vector<PlaceCandidate>& candidates,
                                             const GeoNamesIndex& geonames, std::vector<std::string> takenIds) {
    std::vector<WorkspaceFeature> out;
    for (const auto& c : candidates) {
        const auto& s = c.suggestions;
        if (s.ranked.empty() || s.ambiguous || s.ranked.front().nameScore < kProvisionalNameScore) continue;
        const std::string id = slugFor(c.gap.text, takenIds);
        takenIds.push_back(id);
        out.push_back(featureFromGeoNames(id, c.gap.text, geonames.places[s.ranked.front().place], c.gap.passageIds, true));
    }
    return out;
}

nlohmann::ordered_json candidatesToJson(const std::vector<PlaceCandidate>& candidates, const GeoNamesIndex& geonames) {
    using json = nlohmann::ordered_json;
    json list = json::array();
    for (const auto& c : candidates) {
        json sugg = json::array();
        for (std::size_t i = 0; i < c.suggestions.ranked.size(); ++i) {
            const Suggestion& s = c.suggestions.ranked[i];
            const GeoNamesPlace& p = geonames.places[s.place];
            sugg.push_back({{"rank", i + 1},
                            {"geonames_id", p.id.empty() ? json(nullptr) : json(p.id)},
                            {"name", p.name},
                            {"matched_name", s.matchedName},
                            {"lon", p.lon},
                            {"lat", p.lat},
                            {"country", p.country},
                            {"admin1", p.admin1},
                            {"feature_code", p.featureCode},
                            {"population", p.population},
                            {"name_score", s.nameScore},
                            {"distance_km", s.distanceKm ? json(*s.distanceKm) : json(nullptr)},
                            {"score", s.score}});
        }
        list.push_back({{"name", c.gap.text},
                        {"count", c.gap.count},
                        {"passages", c.gap.passageIds},
                        {"confidence", c.suggestions.confidence},
                        {"ambiguous", c.suggestions.ambiguous},
                        {"auto_accept", c.suggestions.autoAccept},
                        {"suggestions", sugg}});
        if (c.route)
            list.back()["route"] = {{"from", c.route->fromId}, {"to", c.route->toId}, {"word", c.route->routeWord}};
    }
    return {{"version", 1}, {"count", list.size()}, {"candidates", list}};
}

std::string candidatesToText(const std::vector<PlaceCandidate>& candidates, const GeoNamesIndex& geonames) {
    std::string out;
    for (const auto& c : candidates) {
        const auto& s = c.suggestions;
        const std::string verdict = s.ranked.empty() ? "no suggestion"
                                    : s.ambiguous    ? "two places score alike: review"
                                    : s.autoAccept   ? "auto-accept"
                                                     : "review";
        if (c.route) {
            out += c.gap.text + "  (" + std::to_string(c.gap.count) + (c.gap.count == 1 ? " mention" : " mentions") +
                   ", a new " + c.route->routeWord + " between " + c.route->fromId + " and " + c.route->toId +
                   ": places place NAME --route " + c.route->fromId + " " + c.route->toId + ")\n";
            continue;
        }
        out += c.gap.text + "  (" + std::to_string(c.gap.count) + (c.gap.count == 1 ? " mention" : " mentions") +
               ", confidence " + fixed(s.confidence, 2) + ", " + verdict + ")\n";
        for (std::size_t i = 0; i < s.ranked.size(); ++i) {
            const Suggestion& g = s.ranked[i];
            const GeoNamesPlace& p = geonames.places[g.place];
            out += "  " + std::to_string(i + 1) + ". " + p.name + (g.matchedName != p.name ? " (" + g.matchedName + ")" : "") +
                   "  GeoNames " + (p.id.empty() ? "-" : p.id) + "  " + p.country + " " + p.featureCode + "  " +
                   fixed(p.lon, 4) + "," + fixed(p.lat, 4) + "  name " + fixed(g.nameScore, 2) +
                   (g.distanceKm ? "  " + fixed(*g.distanceKm, 0) + " km from the passages' places" : "") + "  score " +
                   fixed(g.score, 2) + "\n";
        }
    }
    return out;
}

}  // namespace atlas::core
