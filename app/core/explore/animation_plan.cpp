// Timeline walk and change detection for `render --animate` (docs/cli.md, "Animations").
#include "core/explore/animation_plan.hpp"

#include <algorithm>
#include <array>

#include "core/gazetteer/events.hpp"

namespace atlas::core {

double AnimationPlan::seconds() const {
    double s = 0.0;
    for (const auto& f : frames) s += f.seconds;
    return s;
}

Date datePrecisionOf(const Date& date, TimeUnit unit) {
    const Date first = dateOfDay(date.firstDay());
    switch (unit) {
        case TimeUnit::Year: return Date(first.year);
        case TimeUnit::Month: return Date(first.year, first.month);
        case TimeUnit::Day: return first;
    }
    return first;
}

std::vector<Date> animationSamples(const Date& from, const Date& to, TimeUnit unit) {
    std::vector<Date> out;
    if (from.firstDay() > to.lastDay()) return out;
    const Date last = datePrecisionOf(dateOfDay(to.lastDay()), unit);
    for (Date d = datePrecisionOf(from, unit); d.firstDay() <= last.firstDay(); d = stepDate(d, unit, 1))
        out.push_back(d);
    return out;
}

TimeFilter animationFilter(const Date& sample, TimeUnit unit) {
    TimeFilter f;
    f.year = sample.year;
    if (unit != TimeUnit::Year) f.date = sample;
    return f;
}

std::string animationStamp(const Date& d) {
    static constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                                           "May",     "June",     "July",      "August",
                                                           "September", "October", "November", "December"};
    if (d.month < 1 || d.month > 12) return d.toString();
    std::string month = kMonths[static_cast<std::size_t>(d.month - 1)];
    const std::string year = Date(d.year).toString();
    if (d.day > 0) return std::to_string(d.day) + " " + month + " " + year;
    return month + " " + year;
}

double frameSeconds(std::size_t samples, bool last, TimeUnit unit, const AnimationPace& pace) {
    if (last) return pace.lastHoldSeconds;
    double perSecond = pace.stepsPerSecond;
    if (perSecond <= 0.0) perSecond = unit == TimeUnit::Year ? 1.0 : unit == TimeUnit::Month ? 12.0 : 365.0;
    const double s = static_cast<double>(samples) / perSecond;
    return std::clamp(s, pace.minHoldSeconds, std::max(pace.minHoldSeconds, pace.maxHoldSeconds));
}

namespace {

/// What the map shows for one sample, as far as time decides it.
struct DrawnState {
    std::vector<FeatureVisual> visuals;
    std::vector<bool> offmap;  // off-map places whose arrows may show
    bool operator==(const DrawnState&) const = default;
};

/// Only features whose look can change with time: timeless basemap features are left out of the comparison.
MapModel datedPart(const MapModel& model) {
    MapModel out;
    for (const MapFeature& f : model.features) {
        if (f.periods.empty() && !f.shapeDays) continue;
        MapFeature copy;
        copy.id = f.id;
        copy.layer = f.layer;
        copy.periods = f.periods;
        copy.dashed = f.dashed;
        copy.shapeDays = f.shapeDays;
        copy.latestShape = f.latestShape;
        out.features.push_back(std::move(copy));
    }
    return out;
}

DrawnState drawnAt(const MapModel& dated, const MapModel& model, const TimeFilter& filter,
                   const std::vector<float>& layerOpacity) {
    DrawnState s;
    s.visuals = computeVisuals(dated, filter, layerOpacity, std::nullopt, std::nullopt);
    for (auto& v : s.visuals)
        if (v.opacity <= 0.0f) {  // hidden is hidden, whatever its style would be
            v = FeatureVisual{};
            v.opacity = 0.0f;
        }
    s.offmap.reserve(model.offmap.size());
    for (const OffmapPlace& p : model.offmap) s.offmap.push_back(p.periods.empty() || periodForFilter(p.periods, filter));
    return s;
}

std::string eventTitleAt(std::span<const Event> events, const Date& sample, TimeUnit unit) {
    std::vector<const Event*> on;
    for (const Event& e : events) {
        const auto d = e.date.empty() ? std::optional<Date>(Date(e.year)) : parseDate(e.date);
        if (!d || d->year != e.year || d->precision() < sample.precision()) continue;
        if (datePrecisionOf(*d, unit) == sample) on.push_back(&e);
    }
    if (on.empty()) return {};
    std::string title = on.front()->title;
    if (on.size() > 1) title += " (+" + std::to_string(on.size() - 1) + " more)";
    return title;
}

}  // namespace

AnimationPlan planAnimation(const MapModel& model, std::span<const Event> events, const Date& from, const Date& to,
                            TimeUnit unit, const AnimationPace& pace, const std::vector<float>& layerOpacity) {
    AnimationPlan plan;
    const std::vector<Date> samples = animationSamples(from, to, unit);
    plan.samples = samples.size();
    const MapModel dated = datedPart(model);
    std::optional<DrawnState> previous;
    for (const Date& sample : samples) {
        DrawnState now = drawnAt(dated, model, animationFilter(sample, unit), layerOpacity);
        if (previous && now == *previous) {
            plan.frames.back().until = sample;
            ++plan.frames.back().samples;
            continue;
        }
        plan.frames.push_back({sample, sample, 1, 0.0, eventTitleAt(events, sample, unit)});
        previous = std::move(now);
    }
    for (std::size_t i = 0; i < plan.frames.size(); ++i)
        plan.frames[i].seconds = frameSeconds(plan.frames[i].samples, i + 1 == plan.frames.size(), unit, pace);
    return plan;
}

}  // namespace atlas::core
