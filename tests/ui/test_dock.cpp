// The docked layout in the real panels, drawn headless: at 1024x680, 1920x1080 and 200 % interface size every panel
// sits beside or under the map and none covers it; splitters resize, a double-click collapses, K toggles the legend.
#include <catch2/catch.hpp>

#include <variant>

#include "imgui_harness.hpp"
#include "ui/dock.hpp"
#include "panel_world.hpp"

namespace {
using atlas::ui::testing::ImGuiHarness;
namespace core = atlas::core;
namespace ui = atlas::ui;

struct DockWorld : ui::testing::PanelWorld {
    void draw() {
        const ui::PanelContext ctx = panels();
        const ui::ExplorerContext ex = explorer(&uiState.dock);
        ui::drawMainMenu(ctx, uiState, out);
        ui::layoutDockedPanels(state, ui::statusBarHeight(), uiState);
        ui::drawMapView(ctx, uiState, out);
        ui::drawLayersPanel(ex, out);
        ui::drawSearch(ex, uiState, out);
        ui::drawInspector(ex, uiState, out);
        ui::drawTimeline(ex, uiState, out);
        ui::drawDockHandles(state, uiState);
        ui::drawStatusBar(ctx, uiState);
    }
};

ImRect rectOf(const char* name) {
    const ImGuiWindow* w = ImGuiHarness::window(name);
    REQUIRE(w != nullptr);
    REQUIRE(w->WasActive);  // drawn in the last frame
    return w->Rect();
}

bool overlaps(const ImRect& a, const ImRect& b) {
    return a.Min.x < b.Max.x - 1 && b.Min.x < a.Max.x - 1 && a.Min.y < b.Max.y - 1 && b.Min.y < a.Max.y - 1;
}
}  // namespace

TEST_CASE("ui dock: panels beside and under the map at three window sizes", "[ui][dock]") {
    struct Case { float w, h, scale; };
    for (const Case c : {Case{1024, 680, 1}, Case{1920, 1080, 1}, Case{1920, 1080, 2}}) {
        INFO(c.w << "x" << c.h << " at " << c.scale * 100 << " %");
        DockWorld world;
        ImGuiHarness h(c.w, c.h, c.scale);
        const auto draw = [&] { world.draw(); };
        h.frames(3, draw);  // the menu bar's height reaches the work area on the next frame
        const ImRect map = rectOf("##map");
        const ImRect screen(0, 0, c.w, c.h);
        CHECK(map.GetWidth() >= 0.44f * c.w - 1);
        for (const char* panel : {"Layers", "Search", "Inspector", "Timeline"}) {
            INFO(panel);
            const ImRect r = rectOf(panel);
            CHECK(screen.Contains(r));
            CHECK_FALSE(overlaps(r, map));
        }
        CHECK_FALSE(overlaps(rectOf("Layers"), rectOf("Search")));
        CHECK(rectOf("Timeline").Min.y >= map.Max.y - 1);
        // The map view tells the reducer its size in logical pixels: the framing uses what is visible.
        CHECK(world.uiState.mapSize.x == Approx(map.GetWidth() / world.uiState.mapScale));
    }
}

TEST_CASE("ui dock: dragging the left splitter widens the side; a double-click collapses it to a strip",
          "[ui][dock]") {
    DockWorld world;
    ImGuiHarness h(1400, 900);
    const auto draw = [&] { world.draw(); };
    h.frames(3, draw);
    const float before = rectOf("Layers").GetWidth();
    const ImRect splitter = rectOf("##dock-left-splitter");
    ImGuiIO& io = ImGui::GetIO();
    h.mouseTo(splitter.GetCenter());
    h.frame(draw);
    io.MouseDown[0] = true;
    h.frame(draw);
    h.mouseTo(ImVec2(splitter.GetCenter().x + 60, splitter.GetCenter().y));
    h.frames(2, draw);
    io.MouseDown[0] = false;
    h.frames(2, draw);
    CHECK(rectOf("Layers").GetWidth() == Approx(before + 60).margin(4));
    CHECK(world.uiState.dockSizes.size[0] == Approx(before + 60).margin(4));

    const ImRect moved = rectOf("##dock-left-splitter");
    h.mouseTo(moved.GetCenter());
    h.frame(draw);
    for (int i = 0; i < 2; ++i) {  // a double click
        io.MouseDown[0] = true;
        h.frame(draw);
        io.MouseDown[0] = false;
        h.frame(draw);
    }
    h.frames(2, draw);
    CHECK(world.uiState.dockSizes.collapsed[0]);
    CHECK_FALSE(ImGuiHarness::window("Layers")->WasActive);
    const ImRect strip = rectOf("##dock-left-strip");
    CHECK(rectOf("##map").Min.x == Approx(strip.Max.x).margin(1));
    h.click(strip.GetCenter(), draw);  // the strip's button opens the side again
    h.frames(2, draw);
    CHECK_FALSE(world.uiState.dockSizes.collapsed[0]);
    CHECK(rectOf("Layers").GetWidth() > 100);
}

TEST_CASE("ui dock: a panel's close box and K on the map push the panel actions", "[ui][dock]") {
    DockWorld world;
    ImGuiHarness h(1400, 900);
    const auto draw = [&] { world.draw(); };
    h.frames(3, draw);
    ImGuiWindow* inspector = ImGuiHarness::window("Inspector");
    REQUIRE(inspector != nullptr);
    const auto close = h.locate(inspector->GetID("#CLOSE"), inspector->TitleBarRect(), draw, 3.0f);
    REQUIRE(close);
    world.out.clear();
    h.click(*close, draw);
    bool closed = false;
    for (const auto& a : world.out)
        if (const auto* p = std::get_if<core::action::SetPanelOpen>(&a))
            closed |= p->panel == core::Panel::Inspector && !p->open;
    CHECK(closed);

    world.out.clear();
    h.mouseTo(rectOf("##map").GetCenter());
    h.type("k", draw);
    bool legend = false;
    for (const auto& a : world.out)
        if (const auto* p = std::get_if<core::action::SetPanelOpen>(&a)) legend |= p->panel == core::Panel::Legend && p->open;
    CHECK(legend);
}

TEST_CASE("ui dock: the area sizes are saved in the layout's ini text and read back", "[ui][dock]") {
    ui::UiState saved;
    ImGuiHarness h(800, 600);
    ui::addDockSettingsHandler(saved);
    saved.dockSizes.size = {250, 390, 130};
    saved.dockSizes.collapsed[2] = true;
    h.frame([] {});
    const std::string ini = ImGui::SaveIniSettingsToMemory();
    CHECK(ini.find("[CaucasusAtlas][Dock]") != std::string::npos);
    INFO(ini);

    ui::UiState restored;
    ImGuiHarness other(800, 600);
    ui::addDockSettingsHandler(restored);
    ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());
    INFO(atlas::core::dockSizesText(restored.dockSizes));
    CHECK(restored.dockSizes == saved.dockSizes);
}
