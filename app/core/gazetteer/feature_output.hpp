// The `features` command's output: gazetteer features filtered by year or range, as JSON or a readable table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// No year and no range = every feature. A year keeps features visible in it (visibleInYear); a range keeps
/// features with a period overlapping it, and timeless features (no periods).
struct FeatureFilter {
    std::optional<int> year;
    std::optional<std::pair<int, int>> range;
};

std::string_view accuracyName(Accuracy accuracy);

/// The features the filter keeps, in file order.
std::vector<const GazetteerFeature*> filterFeatures(const std::vector<GazetteerFeature>& features,
                                                    const FeatureFilter& filter);

/// GeoJSON geometry (lon/lat, rings closed): Point/MultiPoint/LineString/MultiLineString/Polygon/MultiPolygon,
/// or a GeometryCollection when the geometry mixes points, lines and polygons.
nlohmann::ordered_json geometryToGeoJson(const Geometry& geometry);

/// One feature as a JSON object; with a year also `matched_period` (index or null) and `status`; with a range
/// `matched_periods` (indices of the overlapping periods).
nlohmann::ordered_json featureToJson(const GazetteerFeature& feature, const FeatureFilter& filter);

/// {"version":1,"year":Y|null,"range":[A,B]|null,"count":N,"features":[...]}.
nlohmann::ordered_json featuresToJson(const std::vector<GazetteerFeature>& features, const FeatureFilter& filter);

/// Status of a feature under the filter: the matched period's status for a year, "timeless" without periods,
/// "" otherwise (no year given: the statuses of all periods joined by ", ").
std::string featureStatus(const GazetteerFeature& feature, const FeatureFilter& filter);

/// Readable table: header line then one line per feature: id, kind/subkind, status.
std::string featuresToTable(const std::vector<GazetteerFeature>& features, const FeatureFilter& filter);

}  // namespace atlas::core
