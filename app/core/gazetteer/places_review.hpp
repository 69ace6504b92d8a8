// Gazetteer growth: the corpus's unknown place names with their ranked GeoNames suggestions, and --suggest's rule.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/gaps.hpp"
#include "core/gazetteer/suggest.hpp"
#include "core/gazetteer/user_gazetteer.hpp"

namespace atlas::core {

struct PlaceCandidate {
    Gap gap;
    std::vector<Vec2> context;  // lon/lat of the known places its passages name
    SuggestionSet suggestions;
};

/// findGaps without the rejected names, each with the places named in its passages (point features, and the
/// label point of small areas) and its ranked suggestions.
std::vector<PlaceCandidate> placeCandidates(const CorpusIndex& index, const std::vector<GazetteerFeature>& features,
                                            const NameMatcher& matcher, const GeoNamesIndex& geonames,
                                            const ReviewMemory& review, const GapOptions& options = {},
                                            const SuggestOptions& suggest = {});

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
