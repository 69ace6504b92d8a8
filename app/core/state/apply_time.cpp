// The reducer's time area: one year, a date or a range, hide or fade, the timeline's step unit and its play.
#include "core/state/reducer_detail.hpp"

#include <algorithm>

namespace atlas::core::detail {

void tickPlay(AppState& s, double dt) {
    if (!s.playing) return;
    if (!s.time.year) s.playClock = kTimelineFirstYear;
    s.playClock += dt * s.playSpeed;
    if (s.playClock > kTimelineLastYear) {
        s.playClock = kTimelineLastYear;
        s.playing = false;
    }
    s.time.year = static_cast<int>(s.playClock);
    s.time.range.reset();
    // Shapes that change with their periods follow the clock's day and cross-fade while playing (feature_visuals).
    s.time.playClock = s.playing ? std::optional<double>(s.playClock) : std::nullopt;
}

void reduce(AppState& s, const action::SetYear& a, const ReduceContext&, Commands&) {
    s.time.year = a.year;
    s.time.playClock.reset();
    s.time.date.reset();  // a year means any day of it
    if (a.year) {
        s.playClock = *a.year;
        s.time.range.reset();
    }
}

void reduce(AppState& s, const action::SetRange& a, const ReduceContext&, Commands&) {
    s.time.range = a.range;
    s.time.playClock.reset();
    if (a.range) {
        s.time.year.reset();
        s.time.date.reset();
    }
}

void reduce(AppState& s, const action::SetDate& a, const ReduceContext&, Commands&) {
    s.time.date = a.date;
    s.time.playClock.reset();
    if (!a.date) return;
    s.time.year = a.date->year;  // the year-stepping timeline and stamps stand on the date's year
    s.time.range.reset();
    s.playClock = a.date->year;
}

void reduce(AppState& s, const action::SetTimeDisplay& a, const ReduceContext&, Commands&) {
    s.time.display = a.display;
}

void reduce(AppState& s, const action::SetPlaying& a, const ReduceContext&, Commands&) {
    s.playing = a.playing;
    if (!a.playing) s.time.playClock.reset();
    if (a.playing) s.playClock = s.time.year ? *s.time.year : kTimelineFirstYear;
}

void reduce(AppState& s, const action::SetPlaySpeed& a, const ReduceContext&, Commands&) {
    s.playSpeed = std::clamp(a.yearsPerSecond, 0.25, 50.0);
}

void reduce(AppState& s, const action::SetTimelineUnit& a, const ReduceContext&, Commands&) {
    s.timelineUnit = a.unit;
}

}  // namespace atlas::core::detail
