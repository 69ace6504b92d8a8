// Suggested locations for a place name the gazetteer lacks: GeoNames entries ranked by name and by proximity.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/geonames.hpp"
#include "core/geometry.hpp"

namespace atlas::core {

/// The GeoNames places with their names' keys made once (nameKey is an ICU transliteration).
struct GeoNamesIndex {
    std::vector<GeoNamesPlace> places;
    std::vector<std::vector<std::string>> keys;  // per place: the name's key, then each alternate's

    explicit GeoNamesIndex(std::vector<GeoNamesPlace> list);
};

/// A region the candidate's passages name (a country, province or district of the gazetteer): a place lies in it
/// when it is inside one of its polygons, or when its GeoNames country (and admin1, when set) are the region's.
struct RegionHint {
    std::string featureId;
    const std::vector<Polygon>* polygons = nullptr;  // lon/lat; must outlive the call
    std::string country;                             // ISO 3166-1 alpha-2, or empty
    std::string admin1;                              // GeoNames admin1 code within the country, or empty
};

/// True when the place lies in the hinted region (see RegionHint).
bool placeInRegion(const GeoNamesPlace& place, const RegionHint& region);

struct Suggestion {
    std::size_t place = 0;            // index into the GeoNames places
    std::string matchedName;          // the GeoNames name or alternate that scored best
    double nameScore = 0.0;           // nameSimilarity, 0..1
    std::optional<double> distanceKm; // to the nearest place its passages name (none when they name none)
    double score = 0.0;               // the ranking score, 0..1 plus region bonuses
    std::vector<std::string> insideRegions;  // the hinted regions the place lies in (region-first resolution)
};

struct SuggestOptions {
    double minNameScore = 0.75;    // names less alike than this are not suggested
    std::size_t maxSuggestions = 5;
    double nameWeight = 0.65;      // score = nameWeight * name + (1 - nameWeight) * proximity
    double proximityKm = 75.0;     // proximity = exp(-distance / proximityKm); 0.5 when the passages name no place
    double autoAcceptScore = 0.85; // the best is accepted without a person at or above this score ...
    double tieMargin = 0.05;       // ... unless another place (farther than samePlaceKm) scores within this margin
    double samePlaceKm = 5.0;
    // ... or unless the best is a town (at least prominentPopulation people) and that other place has a
    // dominanceRatio-th of its population or less (a village sharing the town's name).
    long long prominentPopulation = 5000;
    long long dominanceRatio = 10;
    // Region first: a place inside a region the passages name scores regionBonus more per such region (a village
    // inside its district inside its country), so a namesake across the border loses even when it is nearer.
    double regionBonus = 0.1;
};

struct SuggestionSet {
    std::vector<Suggestion> ranked;  // best first
    double confidence = 0.0;         // the best score (0 when none)
    bool ambiguous = false;          // two different places score alike: a person decides
    bool autoAccept = false;         // confidence >= autoAcceptScore and not ambiguous
};

/// Ranks the index's places for `name`: each place's best name similarity over its name and alternates, and its
/// distance to the nearest of `context` (lon/lat of the known places named in the candidate's passages), so of
/// two villages of the same name the one near the passage's other places comes first. Ties keep the larger
/// population first, then the lower index.
SuggestionSet suggestPlaces(std::string_view name, const GeoNamesIndex& index,
                            const std::vector<Vec2>& context, const SuggestOptions& options = {},
                            const std::vector<RegionHint>& regions = {});

/// nameKey()s of the dictionary forms a declined or suffixed name may have, besides its own: Russian and
/// Armenian words reduced to their Snowball stem ("Джермука" -> "джермук"), an Azerbaijani/Turkish last word
/// without a case or possessive suffix ("Tovuzda" -> "tovuz"). Empty when no word changes.
std::vector<std::string> dictionaryFormKeys(std::string_view name);

/// Similarity of a stem key with a place's key: keySimilarity, or 0.95 when the place's key is the stem plus a
/// nominative ending: one letter after a stem of 3 or more ("sus" + "a": Шуше -> Shusha), two after 4 or more.
double stemKeySimilarity(const std::string& stemKey, const std::string& placeKey);

}  // namespace atlas::core
