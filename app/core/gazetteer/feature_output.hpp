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

/// No year, date or range = every feature. A year keeps features holding on any day of it, a date features
/// holding on that day, a range (both ends inclusive, each a year, month or day) features holding on some day of
/// it; timeless features (no periods) are always kept. Days as defined in core/time_filter.hpp.
struct FeatureFilter {
    std::optional<int> year = std::nullopt;
    std::optional<Date> date = std::nullopt;
    std::optional<std::pair<Date, Date>> range = std::nullopt;

    /// The days the filter names; nullopt without a filter.
    [[nodiscard]] std::optional<DaySpan> days() const;
    /// A year or a date: one matched period and one status per feature.
    [[nodiscard]] bool single() const { return year.has_value() || date.has_value(); }
};

std::string_view accuracyName(Accuracy accuracy);

/// The features the filter keeps, in file order.
std::vector<const GazetteerFeature*> filterFeatures(const std::vector<GazetteerFeature>& features,
                                                    const FeatureFilter& filter);

/// GeoJSON geometry (lon/lat, rings closed): Point/MultiPoint/LineString/MultiLineString/Polygon/MultiPolygon,
/// or a GeometryCollection when the geometry mixes points, lines and polygons.
nlohmann::ordered_json geometryToGeoJson(const Geometry& geometry);

/// One feature as a JSON object; with a year or a date also `matched_period` (index or null) and `status`; with a
/// range `matched_periods` (indices of the overlapping periods). Period bounds: a year as a number, a month or a
/// day as an ISO string.
nlohmann::ordered_json featureToJson(const GazetteerFeature& feature, const FeatureFilter& filter);

/// {"version":1,"year":Y|null,"date":"YYYY-MM-DD"|null,"range":[A,B]|null,"count":N,"features":[...]}.
nlohmann::ordered_json featuresToJson(const std::vector<GazetteerFeature>& features, const FeatureFilter& filter);

/// Status of a feature under the filter: "timeless" without periods; for a year or a date the matched period's
/// status ("" when none); otherwise the statuses of the periods in the range (or of all) joined by ", ".
std::string featureStatus(const GazetteerFeature& feature, const FeatureFilter& filter);

/// Readable table: header line then one line per feature: id, kind/subkind, status.
std::string featuresToTable(const std::vector<GazetteerFeature>& features, const FeatureFilter& filter);

}  // namespace atlas::core
