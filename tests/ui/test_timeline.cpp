// The Timeline panel headless: the track takes clicks at the piecewise scale's years, and a typed year is set.
#include <catch2/catch.hpp>

#include <variant>

#include "core/explore/timeline_scale.hpp"
#include "imgui_harness.hpp"
#include "panel_world.hpp"

namespace {
using atlas::ui::testing::ImGuiHarness;
namespace core = atlas::core;
namespace ui = atlas::ui;

struct TimelineWorld : ui::testing::PanelWorld {
    TimelineWorld() {
        for (int y : {1828, 1921, 1988, 1994, 2020, 2023}) {
            core::Event e;
            e.id = "e" + std::to_string(y);
            e.year = y;
            e.title = "event of " + std::to_string(y);
            events.push_back(e);
        }
        state.time.year = 2020;
    }
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(900, 160));
        ui::drawTimeline(explorer(), uiState, out);  // without a layout the panel floats where it is put
    }
    std::optional<int> lastYear() const {
        for (auto it = out.rbegin(); it != out.rend(); ++it)
            if (const auto* y = std::get_if<core::action::SetYear>(&*it)) return y->year;
        return std::nullopt;
    }
};
}  // namespace

TEST_CASE("ui timeline: a click on the track picks the year the piecewise scale puts there", "[ui][timeline]") {
    TimelineWorld w;
    ImGuiHarness h(1000, 400);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    const auto at = h.locateIn("Timeline", {"##track"}, draw, 8.0f);
    REQUIRE(at);
    // Walk right along the track: the years chosen grow, and the busy 1988-2025 stretch takes far more than the
    // 17 % of the width a linear slider gives it.
    std::vector<std::pair<float, int>> picks;
    for (float x = 20; x < 890; x += 10) {
        w.out.clear();
        h.click(ImVec2(x, at->y), draw);
        if (auto y = w.lastYear()) picks.emplace_back(x, *y);
    }
    REQUIRE(picks.size() > 60);
    for (std::size_t i = 1; i < picks.size(); ++i) CHECK(picks[i].second >= picks[i - 1].second);
    const auto firstModern = std::find_if(picks.begin(), picks.end(), [](const auto& p) { return p.second >= 1988; });
    REQUIRE(firstModern != picks.end());
    const float modernShare = (picks.back().first - firstModern->first) / (picks.back().first - picks.front().first);
    CHECK(modernShare > 0.35f);
    CHECK(picks.back().second >= 2024);
    CHECK(picks.front().second <= 1805);
}

TEST_CASE("ui timeline: typing a year in the visible field sets it", "[ui][timeline]") {
    TimelineWorld w;
    ImGuiHarness h(1000, 400);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    const auto field = h.locateIn("Timeline", {"##year"}, draw, 6.0f);
    REQUIRE(field);
    h.click(*field, draw);
    h.pressKey(ImGuiKey_A, draw, true);  // select the shown year, then type over it
    h.type("1994", draw);
    w.out.clear();
    h.pressKey(ImGuiKey_Enter, draw);
    REQUIRE(w.lastYear());
    CHECK(*w.lastYear() == 1994);
}
