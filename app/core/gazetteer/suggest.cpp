// Suggested locations for a place name the gazetteer lacks: GeoNames entries ranked by name and by proximity.
#include "core/gazetteer/suggest.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/text/inflection.hpp"
#include "core/text/name_key.hpp"
#include "core/text/text_normalize.hpp"

namespace atlas::core {

namespace {

/// When the passages name no region, a town's size is the best remaining evidence (texts name towns more often than
/// villages of the same name): a place scores kPopulationWeight * min(1, log10(1 + population) / 6) more (a town
/// of 35,000 about 0.023 more than a village of 1,400). Not applied when regions are hinted: region first stays
/// first. The candidate's confidence leaves it out.
constexpr double kPopulationWeight = 0.1;

double populationShare(long population) {
    return std::min(1.0, std::log10(1.0 + std::max(0.0, static_cast<double>(population))) / 6.0);
}

/// Two places tie (a person decides) only when their names match alike: within this much name similarity.
constexpr double kNamesakeNameGap = 0.03;

}  // namespace

GeoNamesIndex::GeoNamesIndex(std::vector<GeoNamesPlace> list) : places(std::move(list)) {
    keys.reserve(places.size());
    for (const auto& p : places) {
        std::vector<std::string> k{nameKey(p.name)};
        for (const auto& alt : p.alternates) k.push_back(nameKey(alt));
        keys.push_back(std::move(k));
    }
}

std::vector<std::string> dictionaryFormKeys(std::string_view name) {
    const std::string folded = foldForMatch(name);
    std::vector<std::string> words;
    for (std::size_t b = 0; b <= folded.size();) {
        const std::size_t e = std::min(folded.find(' ', b), folded.size());
        if (e > b) words.emplace_back(folded.substr(b, e - b));
        b = e + 1;
    }
    if (words.empty()) return {};
    std::vector<std::string> out;
    auto joined = [&](const std::vector<std::string>& w) {
        std::string s;
        for (const auto& x : w) s += (s.empty() ? "" : " ") + x;
        return s;
    };
    const StemLanguage language = stemLanguageOf(words.front());
    if (language != StemLanguage::None) {
        std::vector<std::string> stems;
        for (const auto& w : words) stems.push_back(stemLanguageOf(w) == language ? stemWord(language, w) : w);
        if (stems != words) out.push_back(nameKey(joined(stems)));
        if (language == StemLanguage::Armenian)
            for (std::string_view st : armenianStems(words.back())) {
                std::vector<std::string> w = words;
                w.back() = std::string(st);
                out.push_back(nameKey(joined(w)));
            }
        return out;
    }
    for (std::string_view st : turkicStems(words.back())) {
        std::vector<std::string> w = words;
        w.back() = std::string(st);
        out.push_back(nameKey(joined(w)));
    }
    return out;
}

bool placeInRegion(const GeoNamesPlace& place, const RegionHint& region) {
    if (region.polygons != nullptr && !region.polygons->empty()) {
        const Vec2 at{place.lon, place.lat};
        return std::any_of(region.polygons->begin(), region.polygons->end(),
                           [&](const Polygon& poly) { return pointInPolygon(poly, at); });
    }
    if (region.country.empty() || place.country != region.country) return false;
    return region.admin1.empty() || place.admin1 == region.admin1;
}

double stemKeySimilarity(const std::string& stemKey, const std::string& placeKey) {
    const double sim = keySimilarity(stemKey, placeKey);
    if (placeKey.size() <= stemKey.size() || !placeKey.starts_with(stemKey)) return sim;
    const std::size_t ending = placeKey.size() - stemKey.size();
    if ((stemKey.size() >= 4 && ending <= 2) || (stemKey.size() >= 3 && ending == 1))
        return std::max(sim, 0.95);
    return sim;
}

SuggestionSet suggestPlaces(std::string_view name, const GeoNamesIndex& index, const std::vector<Vec2>& context,
                            const SuggestOptions& options, const std::vector<RegionHint>& regions) {
    const std::vector<GeoNamesPlace>& places = index.places;
    const std::string key = nameKey(name);
    const std::vector<std::string> stemKeys = dictionaryFormKeys(name);
    SuggestionSet out;
    std::vector<Suggestion> all;
    for (std::size_t i = 0; i < places.size(); ++i) {
        const GeoNamesPlace& p = places[i];
        Suggestion s;
        s.place = i;
        for (std::size_t k = 0; k < index.keys[i].size(); ++k) {
            double sim = keySimilarity(key, index.keys[i][k]);
            for (const std::string& stem : stemKeys) sim = std::max(sim, stemKeySimilarity(stem, index.keys[i][k]));
            if (sim > s.nameScore) {
                s.nameScore = sim;
                s.matchedName = k == 0 ? p.name : p.alternates[k - 1];
            }
        }
        if (s.nameScore < options.minNameScore) continue;
        double proximity = 0.5;
        if (!context.empty()) {
            double best = std::numeric_limits<double>::infinity();
            for (const Vec2 c : context) best = std::min(best, distanceKm(p.lon, p.lat, c.x, c.y));
            s.distanceKm = best;
            proximity = std::exp(-best / options.proximityKm);
        }
        s.score = options.nameWeight * s.nameScore + (1.0 - options.nameWeight) * proximity;
        if (regions.empty())
            s.score += kPopulationWeight * populationShare(p.population);
        for (const RegionHint& r : regions) {
            if (!placeInRegion(p, r)) continue;
            s.insideRegions.push_back(r.featureId);
            s.score += options.regionBonus;
        }
        all.push_back(std::move(s));
    }
    std::stable_sort(all.begin(), all.end(), [&](const Suggestion& a, const Suggestion& b) {
        if (a.score != b.score) return a.score > b.score;
        return places[a.place].population > places[b.place].population;
    });
    if (all.empty()) return out;
    const GeoNamesPlace& top = places[all.front().place];
    // The best place's population: the largest among the rows for the same place (one place is often listed twice,
    // once without a population).
    long long topPopulation = 0;
    for (const Suggestion& s : all) {
        if (s.score < all.front().score - options.tieMargin) break;
        const GeoNamesPlace& p = places[s.place];
        if (distanceKm(top.lon, top.lat, p.lon, p.lat) <= options.samePlaceKm)
            topPopulation = std::max<long long>(topPopulation, static_cast<long long>(p.population));
    }
    for (std::size_t k = 1; k < all.size(); ++k) {
        if (all[k].score < all.front().score - options.tieMargin) break;
        const GeoNamesPlace& other = places[all[k].place];
        if (distanceKm(top.lon, top.lat, other.lon, other.lat) <= options.samePlaceKm) continue;
        // Not a namesake: a clearly less alike name (Vardenik for "Вардениса" where Vardenis matches), or another
        // place's alternate (Masis, once called Hrazdan) against the best place's own name.
        if (all.front().nameScore - all[k].nameScore >= kNamesakeNameGap) continue;
        if (all.front().matchedName == top.name && all[k].matchedName != other.name) continue;
        // A town scoring alike with a village of its name (the passages' places near both): texts name the town.
        const auto otherPopulation = static_cast<long long>(other.population);
        if (topPopulation >= options.prominentPopulation &&
            otherPopulation * options.dominanceRatio <= topPopulation)
            continue;
        out.ambiguous = true;
        break;
    }
    if (all.size() > options.maxSuggestions) all.resize(options.maxSuggestions);
    out.ranked = std::move(all);
    // Population orders namesakes; it never makes a suggestion confident by itself.
    const GeoNamesPlace& best = places[out.ranked.front().place];
    out.confidence = out.ranked.front().score -
                     (regions.empty() ? kPopulationWeight * populationShare(best.population) : 0.0);
    out.autoAccept = out.confidence >= options.autoAcceptScore && !out.ambiguous;
    return out;
}

}  // namespace atlas::core
