// The animation's timeline walk on a small model: samples, filters, stamps, hold times and change detection.
#include <catch2/catch.hpp>

#include "core/explore/animation_plan.hpp"
#include "core/gazetteer/events.hpp"

using namespace atlas::core;

namespace {
MapFeature dated(const std::string& id, std::vector<Period> periods) {
    MapFeature f;
    f.id = id;
    f.layer = MapLayer::Frontline;
    f.periods = std::move(periods);
    return f;
}
Period period(Date start, std::optional<Date> end, std::string status = "") {
    Period p;
    p.start = start;
    p.end = end;
    p.status = std::move(status);
    return p;
}
}  // namespace

TEST_CASE("animation samples run from the first day of FROM to the last day of TO", "[animate]") {
    auto days = animationSamples(Date(2020, 11), Date(2020, 11), TimeUnit::Day);
    REQUIRE(days.size() == 30);
    CHECK(days.front() == Date(2020, 11, 1));
    CHECK(days.back() == Date(2020, 11, 30));
    auto months = animationSamples(Date(1988), Date(2024), TimeUnit::Month);
    CHECK(months.size() == 37 * 12);
    CHECK(months.front() == Date(1988, 1));
    CHECK(months.back() == Date(2024, 12));
    auto years = animationSamples(Date(2020, 11, 10), Date(2024, 1, 1), TimeUnit::Year);
    CHECK(years == std::vector<Date>{Date(2020), Date(2021), Date(2022), Date(2023), Date(2024)});
    CHECK(animationSamples(Date(2024), Date(1988), TimeUnit::Day).empty());
    CHECK(animationSamples(Date(2020, 2, 29), Date(2020, 2, 29), TimeUnit::Day).size() == 1);
}

TEST_CASE("a sample's filter, stamp and hold time", "[animate]") {
    const TimeFilter y = animationFilter(Date(1994), TimeUnit::Year);
    CHECK(y.year == 1994);
    CHECK_FALSE(y.date);
    const TimeFilter d = animationFilter(Date(2020, 11, 10), TimeUnit::Day);
    CHECK(d.year == 2020);
    CHECK(d.date == Date(2020, 11, 10));
    CHECK(animationStamp(Date(1994)) == "1994");
    CHECK(animationStamp(Date(2020, 11)) == "November 2020");
    CHECK(animationStamp(Date(2020, 11, 10)) == "10 November 2020");
    const AnimationPace pace;
    CHECK(frameSeconds(1, false, TimeUnit::Day, pace) == Approx(1.2));         // a day still holds long enough to read
    CHECK(frameSeconds(730, false, TimeUnit::Day, pace) == Approx(2.0));       // two years at a year a second
    CHECK(frameSeconds(26 * 365, false, TimeUnit::Day, pace) == Approx(3.0));  // long calm spans are capped
    CHECK(frameSeconds(1, true, TimeUnit::Day, pace) == Approx(4.0));          // the last frame stays longest
    AnimationPace fast;
    fast.stepsPerSecond = 2.0;
    CHECK(frameSeconds(5, false, TimeUnit::Year, fast) == Approx(2.5));
}

TEST_CASE("only samples where what is drawn changes become frames", "[animate]") {
    MapModel model;
    model.features.push_back(dated("old-line", {period(Date(1994), Date(2020, 11, 10))}));
    model.features.push_back(dated("new-line", {period(Date(2020, 11, 10), std::nullopt)}));
    model.features.push_back(dated("corridor", {period(Date(2020, 11, 10), Date(2022, 12, 12), "open"),
                                                period(Date(2022, 12, 12), Date(2023, 9, 20), "blockaded")}));
    MapFeature timeless;
    timeless.id = "coast";
    model.features.push_back(timeless);
    std::vector<Event> events(2);
    events[0].year = 2020;
    events[0].date = "2020-11-10";
    events[0].title = "Ceasefire";
    events[1].year = 2021;
    events[1].date = "2021-05-12";
    events[1].title = "Nothing on the map";
    const AnimationPlan plan = planAnimation(model, events, Date(2020), Date(2023), TimeUnit::Day);
    CHECK(plan.samples == 366 + 365 * 3);
    std::vector<Date> starts;
    for (const auto& f : plan.frames) starts.push_back(f.date);
    CHECK(starts == std::vector<Date>{Date(2020, 1, 1), Date(2020, 11, 10), Date(2022, 12, 12), Date(2023, 9, 20)});
    REQUIRE(plan.frames.size() == 4);
    CHECK(plan.frames[0].until == Date(2020, 11, 9));
    CHECK(plan.frames[0].samples == 314);
    CHECK(plan.frames[1].eventTitle == "Ceasefire");
    CHECK(plan.frames[2].eventTitle.empty());
    CHECK(plan.frames[3].until == Date(2023, 12, 31));
    CHECK(plan.frames[3].seconds == Approx(4.0));
    std::size_t covered = 0;
    for (const auto& f : plan.frames) covered += f.samples;
    CHECK(covered == plan.samples);

    // By year: 2020 shows both lines (any day of it); 2021 and 2022 the open corridor (a year filter takes the first
    // period holding on some day of it); 2023 the blockade; 2024 no corridor.
    const AnimationPlan years = planAnimation(model, events, Date(2019), Date(2024), TimeUnit::Year);
    std::vector<Date> yearStarts;
    for (const auto& f : years.frames) yearStarts.push_back(f.date);
    CHECK(yearStarts == std::vector<Date>{Date(2019), Date(2020), Date(2021), Date(2023), Date(2024)});
}
