// Label placement: no two placed labels overlap, all stay on screen, priority wins, crowded labels drop out.
#include <catch2/catch.hpp>

#include <random>

#include "core/labels.hpp"
#include "core/render_frame.hpp"

using namespace atlas::core;

namespace {
bool overlap(const BBox& a, const BBox& b) {
    return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}
}  // namespace

TEST_CASE("no two placed labels overlap on random dense input", "[labels]") {
    const auto seed = GENERATE(1u, 2u, 3u, 42u);
    CAPTURE(seed);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> px(0, 1200), py(0, 800), w(20, 160), pr(0, 100);
    std::vector<LabelCandidate> cands;
    for (std::uint32_t i = 0; i < 600; ++i)
        cands.push_back({i, {px(rng), py(rng)}, w(rng), 14.0, pr(rng), 5.0, i % 3 != 0});
    LabelPlacementOptions opts{1200, 800, 2.0, {}};
    const auto placed = placeLabels(cands, opts);
    REQUIRE(placed.size() > 40);
    REQUIRE(placed.size() < cands.size());  // crowded: some are hidden
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const BBox& a = placed[i].box;
        CHECK(a.minX >= 0);
        CHECK(a.minY >= 0);
        CHECK(a.maxX <= 1200);
        CHECK(a.maxY <= 800);
        for (std::size_t j = i + 1; j < placed.size(); ++j) CHECK_FALSE(overlap(a, placed[j].box));
    }
}

TEST_CASE("the higher-priority label wins a conflict", "[labels]") {
    std::vector<LabelCandidate> cands{{1, {100, 100}, 80, 14, 10, 0, false}, {2, {110, 104}, 80, 14, 50, 0, false}};
    const auto placed = placeLabels(cands, {400, 400, 2, {}});
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].id == 2);
}

TEST_CASE("a point label moves to the left when the right is taken", "[labels]") {
    std::vector<LabelCandidate> cands{{1, {200, 100}, 60, 14, 10, 6, true}};
    LabelPlacementOptions opts{400, 400, 2, {BBox{206, 80, 300, 120}}};
    const auto placed = placeLabels(cands, opts);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].anchor == LabelAnchor::Left);
    CHECK(placed[0].box.maxX <= 200 - 6 + 1e-9);
}

TEST_CASE("scale bar lengths are round numbers that fit", "[labels]") {
    auto [mpp, text] = GENERATE(table<double, std::string>({{1000.0, "100 km"}, {250.0, "20 km"}, {3.0, "200 m"}}));
    const ScaleBar bar = chooseScaleBar(mpp, 140.0);
    CHECK(bar.text == text);
    CHECK(bar.pixels <= 140.0);
    CHECK(bar.pixels > 140.0 / 5.0);
}

TEST_CASE("graticule step keeps lines apart", "[labels]") {
    CHECK(graticuleStep(100.0) == 0.25);
    CHECK(graticuleStep(1000.0) == 1.0);
    CHECK(graticuleStep(3000.0) == 5.0);
}
