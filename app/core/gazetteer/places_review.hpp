// Gazetteer growth: the corpus's unknown place names with their ranked GeoNames suggestions, and --suggest's rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/gaps.hpp"
#include "core/gazetteer/suggest.hpp"
#include "core/gazetteer/user_gazetteer.hpp"

namespace atlas::core {

/// A candidate that names a route or border by two known ends ("the Yerevan–Gyumri highway"): the matcher's ends.
struct RouteEnds {
    std::string fromId, toId;  // feature ids, in text order
    std::string routeWord;     // road, highway, railway, border ...
};

struct PlaceCandidate {
    Gap gap;
    std::optional<RouteEnds> route;  // set: a new route between two known features (no GeoNames suggestions)
    std::vector<Vec2> context;  // lon/lat of the known places its passages name
    std::vector<RegionHint> regions;  // the countries, provinces and districts its passages name
    SuggestionSet suggestions;
};

/// findGaps without the rejected names, each with the places named in its passages (point features, and the
/// label point of small areas) and its ranked suggestions; then the routes the texts name by two known ends that no
/// feature joins (NameMatcher::unknownRoutes, one candidate per spelling, `route` set), all by mentions.
std::vector<PlaceCandidate> placeCandidates(const CorpusIndex& index, const std::vector<GazetteerFeature>& features,
                                            const NameMatcher& matcher, const GeoNamesIndex& geonames,
                                            const ReviewMemory& review, const GapOptions& options = {},
                                            const SuggestOptions& suggest = {});

/// The region a gazetteer feature stands for, for region-first suggestions, or nothing: a feature with polygons is
/// its polygons; a country (subkind "country") is the GeoNames country of the place nearest its point (within
/// 150 km); a province or district (kind region, a point or points) is the GeoNames country and admin1 of the
/// place nearest its first point (within 30 km). Groups of countries and historical regions give nothing.
std::optional<RegionHint> regionHintOf(const GazetteerFeature& feature, const GeoNamesIndex& geonames);

/// The least name similarity --suggest places a provisional feature at.
inline constexpr double kProvisionalNameScore = 0.85;

/// index --suggest: a provisional feature ("suggested") for each candidate whose best suggestion has a name
/// score of at least kProvisionalNameScore and is not tied with another place; ids avoid `takenIds`.
std::vector<WorkspaceFeature> provisionalFeatures(const std::vector<PlaceCandidate>& candidates,
                                             const GeoNamesIndex& geonames, std::vector<std::string> takenIds);

/// places suggest --json: {"version":1,"candidates":[{name,count,passages,confidence,ambiguous,auto_accept,
/// suggestions:[{rank,geonames_id,name,matched_name,lon,lat,country,admin1,feature_code,population,name_score,
/// distance_km,score}]}]}.
nlohmann::ordered_json candidatesToJson(const std::vector<PlaceCandidate>& candidates, const GeoNamesIndex& geonames);

/// places suggest: the same as text, one block per candidate.
std::string candidatesToText(const std::vector<PlaceCandidate>& candidates, const GeoNamesIndex& geonames);

}  // namespace atlas::core
