// The timeline as a film (`render --animate`): which dates become frames, how long each is held, and its stamp.
// A frame is a distinct drawn state: a sample date whose features' looks (visibility, the shape in force, status,
// style) or off-map arrows differ from the previous sample's; unchanged samples lengthen the frame before them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/explore/time_step.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/map/map_model.hpp"

namespace atlas::core {

struct Event;

/// How long frames are held. A frame covering `samples` steps of the timeline lasts samples / stepsPerSecond,
/// but at least minHoldSeconds (long enough to read) and at most maxHoldSeconds (26 unchanged years do not stall
/// the film); the last frame lastHoldSeconds.
struct AnimationPace {
    double stepsPerSecond = 0.0;  // 0: one year of timeline per second (1 for years, 12 for months, 365 for days)
    double minHoldSeconds = 1.2;
    double maxHoldSeconds = 3.0;
    double lastHoldSeconds = 4.0;
};

struct AnimationFrame {
    Date date;                // the first sample in this state, at the step's precision
    Date until;               // the last sample still in this state
    std::size_t samples = 1;  // how many samples it covers
    double seconds = 0.0;     // how long it is shown
    std::string eventTitle;   // the dated event(s) on its first sample ("" when none)
};

struct AnimationPlan {
    std::vector<AnimationFrame> frames;
    std::size_t samples = 0;  // timeline samples walked
    [[nodiscard]] double seconds() const;
};

/// `date` at the unit's precision: its first day's year, month or day (2020 at Day -> 2020-01-01).
Date datePrecisionOf(const Date& date, TimeUnit unit);
/// Every sample from the first day of `from` to the last day of `to`, one unit apart; empty when from > to.
std::vector<Date> animationSamples(const Date& from, const Date& to, TimeUnit unit);
/// The time filter a sample is drawn with: a year sample is "any day of that year", a month or day sample its days.
TimeFilter animationFilter(const Date& sample, TimeUnit unit);
/// The stamp drawn on a frame: "1994", "November 2020", "10 November 2020".
std::string animationStamp(const Date& sample);
/// How long a frame of `samples` steps is held (see AnimationPace).
double frameSeconds(std::size_t samples, bool last, TimeUnit unit, const AnimationPace& pace);

/// Walks the timeline from `from` to `to` and keeps the samples where what is drawn changes. `layerOpacity` as in
/// computeVisuals (empty: every layer shown). Events (geodata/events.json) dated at least as precisely as the unit
/// title the frame that starts on their date; they do not make frames of their own.
AnimationPlan planAnimation(const MapModel& model, std::span<const Event> events, const Date& from, const Date& to,
                            TimeUnit unit, const AnimationPace& pace = {}, const std::vector<float>& layerOpacity = {});

}  // namespace atlas::core
