// `render --animate` 1988-2024 on the bundled gazetteer: which days become frames (core/explore/animation_plan).
#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>

#include "core/explore/animation_plan.hpp"
#include "core/gazetteer/events.hpp"
#include "geoio/map_loader.hpp"

using namespace atlas;

namespace {
struct Bundled {
    core::MapModel model = geoio::loadMap(std::string(ATLAS_SOURCE_DIR) + "/geodata");
    std::vector<core::Event> events = core::loadEventsFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/events.json").events;
};
const Bundled& bundled() {
    static const Bundled b;
    return b;
}
bool startsFrame(const core::AnimationPlan& plan, const core::Date& d) {
    return std::any_of(plan.frames.begin(), plan.frames.end(), [&](const auto& f) { return f.date == d; });
}
}  // namespace

TEST_CASE("1988-2024 by day: the dated changes make frames, quiet days do not", "[animate][geoio]") {
    const auto& b = bundled();
    const core::AnimationPlan plan = core::planAnimation(b.model, b.events, core::Date(1988), core::Date(2024),
                                                         core::TimeUnit::Day);
    std::string frames;
    for (const auto& frame : plan.frames) frames += frame.date.toString() + " " + frame.eventTitle + "\n";
    INFO(frames);
    CHECK(plan.samples == 13515);  // 1988-01-01 .. 2024-12-31
    CHECK(plan.frames.size() > 5);
    CHECK(plan.frames.size() < 60);  // a film, not a slideshow of every day
    CHECK(plan.frames.front().date == core::Date(1988, 1, 1));
    CHECK(startsFrame(plan, core::Date(2020, 11, 10)));  // the ceasefire line replaces the line of contact
    // The offensive of 19-20 September 2023: the gazetteer dates its changes (corridor closed, road controlled by
    // Azerbaijan, ceasefire line gone) from 2023-09-19, so that day starts a frame and the 20th does not.
    CHECK(startsFrame(plan, core::Date(2023, 9, 19)));
    CHECK_FALSE(startsFrame(plan, core::Date(2023, 9, 20)));
    CHECK(startsFrame(plan, core::Date(2022, 12, 12)));  // the blockade
    CHECK(startsFrame(plan, core::Date(2024, 1, 1)));    // the republic dissolved
    // Days inside a calm span are not frames: neither the day after the ceasefire nor mid-2019.
    CHECK_FALSE(startsFrame(plan, core::Date(2020, 11, 11)));
    CHECK_FALSE(startsFrame(plan, core::Date(2019, 6, 1)));
    CHECK_FALSE(startsFrame(plan, core::Date(2023, 9, 21)));
    CHECK_FALSE(startsFrame(plan, core::Date(2020, 9, 27)));  // the war's first day: an event, but no change drawn
    std::size_t covered = 0;
    double seconds = 0.0;
    for (std::size_t i = 0; i < plan.frames.size(); ++i) {
        const auto& f = plan.frames[i];
        covered += f.samples;
        seconds += f.seconds;
        CHECK(f.seconds >= 1.2);
        if (i + 1 < plan.frames.size()) CHECK(core::stepDate(f.until, core::TimeUnit::Day, 1) == plan.frames[i + 1].date);
    }
    CHECK(covered == plan.samples);
    CHECK(plan.frames.back().seconds == Approx(4.0));
    CHECK(seconds == Approx(plan.seconds()));
    const auto ceasefire = std::find_if(plan.frames.begin(), plan.frames.end(),
                                        [](const auto& f) { return f.date == core::Date(2020, 11, 10); });
    REQUIRE(ceasefire != plan.frames.end());
    CHECK(ceasefire->eventTitle.find("ceasefire") != std::string::npos);
}

TEST_CASE("1988-2024 by month and by year: coarser steps, fewer frames", "[animate][geoio]") {
    const auto& b = bundled();
    const auto byDay = core::planAnimation(b.model, b.events, core::Date(1988), core::Date(2024), core::TimeUnit::Day);
    const auto byMonth =
        core::planAnimation(b.model, b.events, core::Date(1988), core::Date(2024), core::TimeUnit::Month);
    const auto byYear = core::planAnimation(b.model, b.events, core::Date(1988), core::Date(2024), core::TimeUnit::Year);
    CHECK(byMonth.samples == 37 * 12);
    CHECK(byYear.samples == 37);
    CHECK(byYear.frames.size() <= byMonth.frames.size());
    CHECK(byYear.frames.size() > 1);
    CHECK(startsFrame(byMonth, core::Date(2020, 11)));
    CHECK(startsFrame(byYear, core::Date(2024)));
    CHECK_FALSE(startsFrame(byYear, core::Date(1996)));  // 1995-1999 hold one state
}
