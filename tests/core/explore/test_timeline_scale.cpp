// The Timeline's piecewise year scale: busy years get the room, positions map back to the same years.
#include <catch2/catch.hpp>

#include "core/explore/timeline_scale.hpp"

#include <algorithm>
#include <cmath>

using atlas::core::TimelineScale;

TEST_CASE("timeline scale: years near events get more of the track than quiet centuries", "[timeline]") {
    // Events of the kind a corpus on the conflict dates: a treaty in 1828, the 1918-1923 years, then 1988 onwards.
    const std::vector<int> events = {1828, 1918, 1920, 1921, 1923, 1988, 1991, 1994, 2008, 2016, 2020, 2022, 2023, 2024};
    const TimelineScale s(1800, 2025, events);
    const double linear = (2025.0 - 1988 + 1) / (2025.0 - 1800 + 1);  // 17 % on a linear slider
    CHECK(s.share(1988, 2025) > 2.5 * linear);
    CHECK(s.share(1988, 2025) > 0.4);
    CHECK(s.share(1800, 2025) == Approx(1.0));
    // A busy year is as wide as eight quiet ones.
    CHECK(s.share(2020, 2020) == Approx(TimelineScale::kBusyWeight / TimelineScale::kQuietWeight * s.share(1860, 1860)));
}

TEST_CASE("timeline scale: monotonic, and every year maps back to itself", "[timeline]") {
    const TimelineScale s(1800, 2025, {1905, 1990, 2020});
    double previous = -1.0;
    for (int y = 1800; y <= 2025; ++y) {
        const double f = s.fraction(y);
        CHECK(f > previous);
        previous = f;
        CHECK(s.yearAt(f) == y);
    }
    CHECK(s.yearAt(-0.5) == 1800);
    CHECK(s.yearAt(2.0) == 2025);
    CHECK(s.yearAt(std::nan("")) == 1800);
    CHECK(s.fraction(1700) == s.fraction(1800));  // clamped
    const TimelineScale none(1800, 2025, {});
    CHECK(none.share(1988, 2025) == Approx(38.0 / 226.0));  // no events: linear
}

TEST_CASE("timeline scale: labels are round years that do not collide", "[timeline]") {
    const TimelineScale s(1800, 2025, {1920, 1990, 1994, 2020});
    const double width = 600, gap = 40;
    const auto labels = s.labelYears(width, gap);
    REQUIRE(labels.size() >= 4);
    CHECK(labels.front() == 1800);
    CHECK(labels.back() == 2025);
    for (std::size_t i = 1; i < labels.size(); ++i)
        CHECK((s.fraction(labels[i]) - s.fraction(labels[i - 1])) * width >= gap);
    CHECK(std::find(labels.begin(), labels.end(), 1900) != labels.end());  // a century before a half-century
}
