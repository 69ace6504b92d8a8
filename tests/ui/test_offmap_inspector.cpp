// Off-map places in the real panels, headless: Search "Moscow" → click the result → the Inspector shows Moscow's
// passages; the hover tooltip of an arrow; the Inspector back at its top on a new selection.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <variant>

#include "core/corpus/corpus_index.hpp"
#include "core/explore/explorer.hpp"
#include "core/explore/search.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/state/reducer.hpp"
#include "imgui_harness.hpp"
#include "core/state/dock_layout.hpp"
#include "ui/explorer_panels.hpp"

using namespace atlas;
using atlas::ui::testing::ImGuiHarness;

namespace {

/// The bundled gazetteer and corpus, indexed once for every test here.
const core::AtlasData& atlasData() {
    static const std::unique_ptr<core::AtlasData> d = [] {
        auto g = core::loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
        auto c = core::indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", g.features);
        return core::makeAtlasData(std::move(g.features), std::move(c));
    }();
    return *d;
}

/// A map with no drawn features and the gazetteer's off-map places, as geoio's map loader lists them.
core::MapModel offmapModel(const core::AtlasData& data) {
    core::MapModel model;
    for (const auto& g : data.gazetteer) {
        if (!g.offmap || g.kind == core::FeatureKind::Water || g.geometry.points.empty()) continue;
        core::OffmapPlace p;
        p.gazetteerId = g.id;
        for (core::NamingChoice c : core::kAllNamingChoices) p.names[static_cast<std::size_t>(c)] = core::displayName(g, c);
        p.lonLat = g.geometry.points.front();
        p.importance = g.importance;
        model.offmap.push_back(std::move(p));
    }
    return model;
}

struct World {
    const core::AtlasData& data = atlasData();
    core::MapModel model = offmapModel(data);
    core::ViewLookup ids;
    core::AppState state;
    ui::UiState ui;
    std::vector<core::Event> events;
    std::vector<core::FeatureVisual> visuals;
    std::vector<core::Action> out;

    World() {
        for (const auto& p : model.offmap) ids.offmapIds.push_back(p.gazetteerId);
        state.panels.inspector = state.panels.search = true;
    }
    /// The panels docked as in the window, for the harness's display size.
    ui::ExplorerContext context() const {
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        core::DockInput in;
        in.work = {0.0f, 0.0f, display.x, display.y};
        in.open = state.panels;
        dock = core::layoutDock(in);
        return {state, model, &data, events, visuals, {}, &dock};
    }
    mutable core::DockLayout dock;
    void drawSearch() { ui::drawSearch(context(), ui, out); }
    void drawInspector() { ui::drawInspector(context(), ui, out); }
    void drawPanels() {
        drawSearch();
        drawInspector();
    }
    /// The panels' actions applied as the app applies them; Search answered as ExplorerUi::frame answers it.
    void applyActions() {
        core::ReduceContext rc;
        rc.ids = &ids;
        for (const auto& a : out) core::apply(state, a, rc);
        out.clear();
        if (state.search.resultsFor != state.search.query)
            core::apply(state, core::action::SearchDone{state.search.query,
                                                        core::search(state.search.query, data.gazetteer, &data.corpus)},
                        rc);
    }
    std::optional<std::size_t> offmapIndex(const std::string& id) const {
        for (std::size_t i = 0; i < model.offmap.size(); ++i)
            if (model.offmap[i].gazetteerId == id) return i;
        return std::nullopt;
    }
    /// "N passages in M documents" as the Inspector writes it for `id`, from the explorer's own query.
    std::string passageCount(const std::string& id) const {
        const auto groups = core::passagesForFeature(data, id);
        std::size_t total = 0;
        for (const auto& g : groups) total += g.hits.size();
        return std::to_string(total) + " passages in " + std::to_string(groups.size()) + " documents";
    }
};

/// Room for the whole Inspector (on a tall display), so that every line of it is drawn: ImGui skips clipped text.
/// By name, since the panel's own position and size apply only on first use.
void tallInspector() {
    ImGui::SetWindowPos("Inspector", ImVec2(0.0f, 0.0f));
    ImGui::SetWindowSize("Inspector", ImVec2(700.0f, 5800.0f));
}

}  // namespace

TEST_CASE("ui: Search \"Moscow\", click the result: the Inspector shows Moscow's passages", "[ui][offmap]") {
    World w;
    REQUIRE(w.offmapIndex("moscow"));
    ImGuiHarness h(1920, 1080);
    const auto draw = [&] { w.drawPanels(); };
    h.frames(2, draw);
    // Click into the query field (which focuses the Search window, as the user does), then type.
    const ImGuiWindow* search = ImGuiHarness::window("Search");
    REQUIRE(search != nullptr);
    const auto field = h.locate(ImGuiHarness::itemId("Search", {"##q"}), search->Rect(), draw);
    REQUIRE(field);
    h.click(*field, draw);
    h.type("Moscow", draw);
    CAPTURE(std::string(w.ui.searchBuffer));
    w.applyActions();
    REQUIRE(w.state.search.query == "Moscow");
    REQUIRE_FALSE(w.state.search.results.empty());
    const core::SearchResult& top = w.state.search.results.front();
    REQUIRE(top.kind == core::SearchResult::Kind::Feature);
    REQUIRE(w.data.gazetteer[top.index].id == "moscow");
    h.frames(2, draw);
    // The empty Inspector before: its hint, no passages.
    const std::string before = h.frameText({[&] { w.drawSearch(); }, [&] { w.drawInspector(); }});
    CHECK(before.find("Click a place") != std::string::npos);  // the Inspector's hint: the log sees the panel
    CHECK(before.find("passages in") == std::string::npos);

    // The first result: PushID(0) in the Search window, then the Selectable's label (matched name in brackets).
    const int row = 0;
    const ImGuiID scope = ImHashData(&row, sizeof row, search->ID);
    const std::string label = top.label + (top.matched != top.label ? "  (" + top.matched + ")" : "");
    const auto at = h.locate(ImHashStr(label.c_str(), 0, scope), search->Rect(), draw);
    REQUIRE(at);
    h.click(*at, draw);
    w.applyActions();
    REQUIRE(w.state.selected == core::Selection::offmap(*w.offmapIndex("moscow")));

    h.resize(1920, 6000);
    const auto tall = [&] {
        tallInspector();
        w.drawPanels();
    };
    h.frames(3, tall);
    const std::string text = h.frameText({[&] { w.drawSearch(); }, [&] {
                                               tallInspector();
                                               w.drawInspector();
                                           }});
    CAPTURE(text.substr(0, 3000));
    CHECK(text.find("Outside the map") != std::string::npos);
    CHECK(text.find(w.passageCount("moscow")) != std::string::npos);
    const auto groups = core::passagesForFeature(w.data, "moscow");
    REQUIRE(groups.size() >= 2);
    for (const auto& g : groups)  // every document that mentions Moscow heads its passages
        CHECK(text.find(w.data.corpus.documents[g.document].readerTitle() + " (") != std::string::npos);
    CHECK(text.find("Open in reader") != std::string::npos);
    CHECK(text.find("Named alongside") != std::string::npos);
}

TEST_CASE("ui: Washington and Brussels selected by id get the same Inspector", "[ui][offmap]") {
    for (const char* id : {"washington", "brussels"}) {
        CAPTURE(id);
        World w;
        core::ReduceContext rc;
        rc.ids = &w.ids;
        core::apply(w.state, core::action::SelectFeatureId{id, false}, rc);  // what --select and a deck slide send
        REQUIRE(core::offmapOf(w.state.selected));
        ImGuiHarness h(1920, 6000);
        const auto draw = [&] {
            tallInspector();
            ui::drawInspector(w.context(), w.ui, w.out);
        };
        h.frames(3, draw);
        const std::string text = h.frameText({draw});
        CAPTURE(text.substr(0, 3000));
        CHECK(text.find(w.passageCount(id)) != std::string::npos);
        CHECK(w.passageCount(id).rfind("0 passages", 0) != 0);  // the corpus does mention it
    }
}

TEST_CASE("ui: hovering an off-map place's arrow shows its tooltip", "[ui][offmap]") {
    World w;
    const auto i = w.offmapIndex("moscow");
    REQUIRE(i);
    w.state.hovered = core::Selection::offmap(*i);
    ImGuiHarness h(1280, 800);
    h.mouseTo(ImVec2(640.0f, 400.0f));  // over the map: the tooltip follows the mouse
    const auto draw = [&] { ui::drawHoverTooltip(w.context()); };
    h.frames(2, draw);
    const std::string text = h.frameText({draw});
    CAPTURE(text);
    CHECK(text.find("Moscow") != std::string::npos);
    CHECK(text.find("outside the map") != std::string::npos);
    CHECK(text.find(std::to_string(w.data.links->passagesOf("moscow").size()) + " passages") != std::string::npos);
}

TEST_CASE("ui: the Inspector starts at its top for a new selection and keeps its scroll otherwise", "[ui][offmap]") {
    World w;
    core::ReduceContext rc;
    rc.ids = &w.ids;
    core::apply(w.state, core::action::SelectFeatureId{"moscow", false}, rc);
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { ui::drawInspector(w.context(), w.ui, w.out); };
    h.frames(3, draw);
    ImGuiWindow* inspector = ImGuiHarness::window("Inspector");
    REQUIRE(inspector != nullptr);
    REQUIRE(inspector->ScrollMax.y > 200.0f);  // Moscow's passages are longer than the window
    // The wheel over the window scrolls it down.
    h.mouseTo(ImVec2(inspector->Pos.x + 100.0f, inspector->Pos.y + 200.0f));
    for (int i = 0; i < 5; ++i) {
        ImGui::GetIO().MouseWheel = -5.0f;
        h.frame(draw);
    }
    h.frames(2, draw);
    const float scrolled = inspector->Scroll.y;
    REQUIRE(scrolled > 100.0f);
    h.frames(2, draw);  // the same selection: the scroll stays
    CHECK(inspector->Scroll.y == scrolled);

    core::apply(w.state, core::action::SelectFeatureId{"washington", false}, rc);
    h.frames(2, draw);
    CHECK(inspector->Scroll.y == 0.0f);

    SECTION("so does undo back to the earlier selection") {
        ImGui::GetIO().MouseWheel = -5.0f;
        h.frames(2, draw);
        REQUIRE(inspector->Scroll.y > 0.0f);
        core::apply(w.state, core::action::Undo{}, rc);
        REQUIRE(w.state.selected == core::Selection::offmap(*w.offmapIndex("moscow")));
        h.frames(2, draw);
        CHECK(inspector->Scroll.y == 0.0f);
    }
}
