// Per-feature dynamic styling: what each feature looks like for the current year, layer settings and selection.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/map/map_model.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

/// How features outside the chosen time are shown.
enum class TimeDisplay : std::uint8_t { Hide, Fade };
/// Their keys in view files ("display").
inline constexpr EnumName<TimeDisplay> kTimeDisplayKeys[] = {{TimeDisplay::Hide, "hide"}, {TimeDisplay::Fade, "fade"}};
constexpr std::span<const EnumName<TimeDisplay>> namesOf(TimeDisplay) { return kTimeDisplayKeys; }

/// The time filter: nothing, one year, one date within that year (year == date->year), or an inclusive range of
/// years. With a date, periods are matched on its days (core/time_filter.hpp), else on any day of the year.
struct TimeFilter {
    std::optional<int> year;
    std::optional<Date> date;
    std::optional<std::pair<int, int>> range;
    TimeDisplay display = TimeDisplay::Hide;
    /// While Play runs: the play clock (fractional year). A feature drawn in several shapes (MapFeature::shapeDays)
    /// then follows the clock's day rather than the whole year, cross-fading with the next shape around the change.
    std::optional<double> playClock;

    [[nodiscard]] bool active() const { return year.has_value() || range.has_value(); }
};

/// Days over which Play cross-fades two shapes of one feature, centred on the day the shape changes.
inline constexpr double kShapeFadeDays = 120.0;
/// The day (fractional) a play clock stands on: the year's first day plus the fraction of that year.
double dayOfPlayClock(double clock);
/// How much of a shape in force on `shapeDays` shows on `day` during Play: 1 inside, 0 outside, 0.5 on a bound,
/// linear over kShapeFadeDays across each bound.
float shapeFade(const DaySpan& shapeDays, double day);

/// One feature's look this frame. Colour applies to its lines and symbols; opacity to everything.
struct FeatureVisual {
    Color color;            // line / symbol colour
    float opacity = 1.0f;   // 0 hides the feature (and its label)
    bool dashed = false;    // schematic, approximate, proposed or blockaded
    float widthScale = 1.0f;
    bool highlighted = false;  // hover or selection
    std::string status;     // status of the matched period ("" when timeless or no filter)
    float bandKm = 0.0f;    // corridor width to draw to scale: the width_km of the period matched by the time filter
    friend bool operator==(const FeatureVisual&, const FeatureVisual&) = default;
};

/// The style rule for a status of a dated line (corridor, frontline, border). Documented in docs/gazetteer.md.
struct StatusStyle {
    Color color;
    bool dashed = false;
    float widthScale = 1.0f;
    float opacity = 1.0f;  // areas: a dissolved or claimed region is drawn fainter
};
std::optional<StatusStyle> statusStyle(MapLayer layer, const std::string& status);
/// The style rule for a status of an area (MapLayer::Region): its outline colour and dash, and a fainter fill for
/// a dissolved, historical or merely claimed entity. Documented in docs/gazetteer.md.
std::optional<StatusStyle> regionStatusStyle(const std::string& status);

/// Which period applies under a time filter: the first containing the year, or the first overlapping the range.
std::optional<std::size_t> periodForFilter(const std::vector<Period>& periods, const TimeFilter& filter);

/// Computes every feature's visual. `layerOpacity` is indexed by MapLayer (missing entries = 1); base colours come
/// from `theme` (the one the scene was built with). `layerColour` (indexed by MapLayer, may be shorter or empty)
/// is the colour a user chose for a layer: it replaces the theme's and a status's colour (a status keeps its dash).
std::vector<FeatureVisual> computeVisuals(const MapModel& model, const TimeFilter& filter,
                                          const std::vector<float>& layerOpacity,
                                          std::optional<std::size_t> selected, std::optional<std::size_t> hovered,
                                          const Theme& theme = defaultTheme(),
                                          std::span<const std::optional<Color>> layerColour = {});

/// The record that shows a feature selected as `index` now: a feature drawn in several shapes (MapFeature::shapeDays)
/// is selected through one of its records, and its halo belongs round the shape in force, the most opaque of the
/// records with its gazetteer id. Any other feature: `index` itself.
std::size_t shownShapeOf(const MapModel& model, const std::vector<FeatureVisual>& visuals, std::size_t index);

/// Multiplies each feature's opacity by `opacityFactor[i]` and its symbol/line width by `symbolScale[i]` (either
/// may be empty: no change). Co-mention focus and sizing places by mentions go through here.
void applyEmphasis(std::vector<FeatureVisual>& visuals, const std::vector<float>& opacityFactor,
                   const std::vector<float>& symbolScale);

}  // namespace atlas::core
