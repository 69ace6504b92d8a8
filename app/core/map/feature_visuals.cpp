// Status, certainty and time rules that turn the model into per-feature colours, dashes and opacities.
#include "core/map/feature_visuals.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "core/map/scene.hpp"

#include "core/time_filter.hpp"

namespace atlas::core {

std::optional<StatusStyle> statusStyle(MapLayer layer, const std::string& s) {
    const bool line = layer == MapLayer::Corridor || layer == MapLayer::Railway || layer == MapLayer::Pipeline ||
                      layer == MapLayer::Frontline || layer == MapLayer::Border;
    if (!line) return std::nullopt;
    if (s == "blockaded") return StatusStyle{Color::rgb(0x7A0F1E), true, 1.3f};
    if (s == "closed") return StatusStyle{Color::rgb(0x6F6A66), true, 1.0f};
    if (s == "proposed" || s == "planned") return StatusStyle{Color::rgb(0x6A4C93), true, 1.0f};
    if (s == "under-construction") return StatusStyle{Color::rgb(0x6A4C93), true, 1.1f};
    if (s == "claimed") return StatusStyle{Color::rgb(0x9C6B30), true, 1.0f};
    if (s == "controlled-by-armenia") return StatusStyle{Color::rgb(0xC0562E), false, 1.0f};
    if (s == "controlled-by-azerbaijan") return StatusStyle{Color::rgb(0x2E7D6B), false, 1.0f};
    if (s == "peacekeeping") return StatusStyle{Color::rgb(0x2F6DB5), false, 1.0f};
    if (s == "dissolved" || s == "historical") return StatusStyle{Color::rgb(0x8C8580), true, 0.9f};
    return std::nullopt;  // open, operational, existing, de-facto, de-jure: the layer's own style
}

std::optional<StatusStyle> regionStatusStyle(const std::string& s) {
    if (s == "dissolved" || s == "historical") return StatusStyle{Color::rgb(0x8C8580), true, 0.9f, 0.45f};
    if (s == "claimed") return StatusStyle{Color::rgb(0x9C6B30), true, 1.0f, 0.8f};
    if (s == "peacekeeping") return StatusStyle{Color::rgb(0x2F6DB5), false, 1.0f, 1.0f};
    return std::nullopt;  // de-facto, de-jure, existing, controlled-by-*: the region layer's own style
}

double dayOfPlayClock(double clock) {
    const int year = static_cast<int>(std::floor(clock));
    const auto first = static_cast<double>(Date(year).firstDay());
    const auto next = static_cast<double>(Date(year + 1).firstDay());
    return first + (clock - year) * (next - first);
}

float shapeFade(const DaySpan& shape, double day) {
    auto ramp = [](double x) { return static_cast<float>(std::clamp(0.5 + x / kShapeFadeDays, 0.0, 1.0)); };
    float a = 1.0f;
    if (shape.from > kOpenStart) a = std::min(a, ramp(day - static_cast<double>(shape.from)));
    if (shape.to < kOpenEnd) a = std::min(a, ramp(static_cast<double>(shape.to) - day));
    return a;
}

std::optional<std::size_t> periodForFilter(const std::vector<Period>& periods, const TimeFilter& f) {
    if (f.date) return matchingPeriod(periods, daysOf(*f.date, *f.date));
    if (f.year) return matchingPeriod(periods, *f.year);
    if (f.range) {
        for (std::size_t i = 0; i < periods.size(); ++i)
            if (periodOverlaps(periods[i], f.range->first, f.range->second)) return i;
    }
    return std::nullopt;
}

namespace {

Color baseColor(const MapFeature& f, const Theme& t) {
    switch (f.layer) {
        case MapLayer::Place: return t.placeFill;
        case MapLayer::Land: return t.coastline.color;
        case MapLayer::Region:
        case MapLayer::Corridor:
        case MapLayer::Frontline:
        case MapLayer::Pipeline:
        case MapLayer::Railway: {  // the line style's colour (core::layerLineStyle), opaque: opacity is the visual's
            Color c = layerLineStyle(f.layer, t).color;
            c.a = 1.0f;
            return c;
        }
        default: return layerLineStyle(f.layer, t).color;
    }
}

/// A year or a range of years can hold two shapes of one feature (the Lachin corridor's road before and after the
/// re-route of 25 August 2022): the map shows the shape the window ends on, the latest one in force during it; an
/// earlier one is hidden, or ghosted when the filter fades what is out of time.
void hideSupersededShapes(const MapModel& model, const TimeFilter& filter, std::vector<FeatureVisual>& out) {
    if (!filter.active() || filter.date || filter.playClock) return;
    const DaySpan window = filter.year ? daysOf(*filter.year, *filter.year)
                                       : daysOf(filter.range->first, filter.range->second);
    std::unordered_map<std::string_view, DayNumber> latestStart;  // gazetteer id -> start of its latest shape shown
    for (const MapFeature& f : model.features) {
        if (!f.shapeDays || f.gazetteerId.empty() || !f.shapeDays->overlaps(window)) continue;
        auto [it, fresh] = latestStart.try_emplace(f.gazetteerId, f.shapeDays->from);
        if (!fresh) it->second = std::max(it->second, f.shapeDays->from);
    }
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        if (!f.shapeDays || f.gazetteerId.empty() || !f.shapeDays->overlaps(window)) continue;
        if (f.shapeDays->from < latestStart.at(f.gazetteerId))
            out[i].opacity *= filter.display == TimeDisplay::Fade ? 0.18f : 0.0f;
    }
}

}  // namespace

std::vector<FeatureVisual> computeVisuals(const MapModel& model, const TimeFilter& filter,
                                          const std::vector<float>& layerOpacity, std::optional<std::size_t> selected,
                                          std::optional<std::size_t> hovered, const Theme& theme,
                                          std::span<const std::optional<Color>> layerColour) {
    std::vector<FeatureVisual> out(model.features.size());
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        FeatureVisual& v = out[i];
        v.color = baseColor(f, theme);
        v.dashed = f.dashed;
        const auto layer = static_cast<std::size_t>(f.layer);
        v.opacity = layer < layerOpacity.size() ? layerOpacity[layer] : 1.0f;
        const Period* period = nullptr;
        if (f.shapeDays && !filter.active() && !f.latestShape) v.opacity = 0.0f;  // no time: the latest shape only
        if (f.shapeDays && filter.active() && filter.playClock) {
            // Play: the clock's day decides which shape shows (a shape's period still gives its style).
            v.opacity *= shapeFade(*f.shapeDays, dayOfPlayClock(*filter.playClock));
            const auto p = periodForFilter(f.periods, filter);
            period = &f.periods[p ? *p : 0];
        } else if (filter.active() && !f.periods.empty()) {
            const auto p = periodForFilter(f.periods, filter);
            if (!p) v.opacity *= filter.display == TimeDisplay::Fade ? 0.18f : 0.0f;
            else period = &f.periods[*p];
        } else if (!f.periods.empty()) {
            period = &f.periods.back();  // no filter: the latest state
        }
        if (period) {
            if (filter.active()) {
                v.status = period->status;
                if (period->widthKm) v.bandKm = static_cast<float>(*period->widthKm);
            }
            if (auto st = statusStyle(f.layer, period->status)) {
                v.color = st->color;
                v.dashed = v.dashed || st->dashed;
                v.widthScale = st->widthScale;
            } else if (f.layer == MapLayer::Region) {
                if (auto rs = regionStatusStyle(period->status)) {
                    v.color = rs->color;
                    v.dashed = v.dashed || rs->dashed;
                    v.widthScale = rs->widthScale;
                    v.opacity *= rs->opacity;
                }
            }
            if (period->certainty == "uncertain") v.opacity *= 0.55f;
            else if (period->certainty == "probable") v.opacity *= 0.8f;
        }
        if (layer < layerColour.size() && layerColour[layer]) v.color = *layerColour[layer];
        v.highlighted = (selected && *selected == i) || (hovered && *hovered == i);
    }
    hideSupersededShapes(model, filter, out);
    if (selected) out[shownShapeOf(model, out, *selected)].highlighted = true;  // the shape in force, not its sibling
    return out;
}

std::size_t shownShapeOf(const MapModel& model, const std::vector<FeatureVisual>& visuals, std::size_t index) {
    if (index >= model.features.size() || index >= visuals.size()) return index;
    const MapFeature& f = model.features[index];
    if (!f.shapeDays || f.gazetteerId.empty()) return index;
    std::size_t best = index;
    for (std::size_t i = 0; i < model.features.size() && i < visuals.size(); ++i)
        if (model.features[i].shapeDays && model.features[i].gazetteerId == f.gazetteerId &&
            visuals[i].opacity > visuals[best].opacity)
            best = i;
    return best;
}

void applyEmphasis(std::vector<FeatureVisual>& visuals, const std::vector<float>& opacityFactor,
                   const std::vector<float>& symbolScale) {
    for (std::size_t i = 0; i < visuals.size(); ++i) {
        if (i < opacityFactor.size()) visuals[i].opacity *= opacityFactor[i];
        if (i < symbolScale.size()) visuals[i].widthScale *= symbolScale[i];
    }
}

}  // namespace atlas::core
