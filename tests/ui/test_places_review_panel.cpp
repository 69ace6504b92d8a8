// The Places-to-review panel driven headless, as a reviewer drives it: a workspace whose texts name places the
// gazetteer lacks, the panel focused by a click, then 1 / x / s / u (and r, a + search) typed through ImGuiIO. The
// actions the panel pushes go through core::apply and the files it asks for are written into a temporary workspace
// as ExplorerUi would: each step checks the user gazetteer, review.json and the queue.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/explore/explorer.hpp"
#include "core/gazetteer/places_review.hpp"
#include "core/state/dock_layout.hpp"
#include "core/state/reducer.hpp"
#include "imgui_harness.hpp"
#include "ui/places_review_panel.hpp"

using namespace atlas;
using atlas::ui::testing::ImGuiHarness;
namespace fs = std::filesystem;

namespace {

core::Name englishName(std::string text) {
    core::Name n;
    n.text = std::move(text);
    n.lang = "en";
    n.script = "Latn";
    n.primary = true;
    return n;
}

core::GazetteerFeature town(std::string id, std::string name, double lon, double lat) {
    core::GazetteerFeature f;
    f.id = std::move(id);
    f.kind = core::FeatureKind::Place;
    f.names.push_back(englishName(std::move(name)));
    f.geometry.points.push_back({lon, lat});
    return f;
}

core::GeoNamesPlace geonames(std::string id, std::string name, double lon, double lat) {
    core::GeoNamesPlace p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.lon = lon;
    p.lat = lat;
    p.country = "AM";
    p.featureCode = "PPL";
    p.population = 5000;
    return p;
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A workspace on disk, its corpus indexed against a three-town gazetteer, the candidates and GeoNames loaded.
struct ReviewWorld {
    fs::path root = fs::temp_directory_path() / ("atlas-review-ui-" + std::to_string(::getpid()));
    std::unique_ptr<core::AtlasData> data;
    core::ReduceContext ctx;
    core::AppState state;
    ui::UiState ui;
    std::vector<core::Action> out;

    ReviewWorld() {
        fs::remove_all(root);
        fs::create_directories(root);
        std::vector<core::GazetteerFeature> gazetteer{town("yerevan", "Yerevan", 44.51, 40.18),
                                                      town("gyumri", "Gyumri", 43.84, 40.79),
                                                      town("vanadzor", "Vanadzor", 44.49, 40.81)};
        const std::string text =
            "Talks in Yerevan went on late. Officials later drove from Yerevan to Vayk and on to Vayk again.\n\n"
            "A convoy left Vanadzor for Vayk in the morning.\n\n"
            "The bus stopped in Gavar and then near Gavar for water.\n\n"
            "Engineers said that work on the Yerevan–Gyumri highway resumed in spring.\n";
        core::DocumentMeta meta;
        meta.file = "news.txt";
        meta.inManifest = true;
        std::vector<core::Document> docs{core::makeDocument("news.txt", text, meta)};
        core::CorpusIndex index = core::buildCorpusIndex(std::move(docs), gazetteer, {}, 1);
        const core::NameMatcher matcher(gazetteer);
        auto names = std::make_shared<core::GeoNamesIndex>(std::vector<core::GeoNamesPlace>{
            geonames("616052", "Vayk", 45.466, 39.689), geonames("616599", "Gavarr", 45.124, 40.354)});
        auto candidates = std::make_shared<std::vector<core::PlaceCandidate>>(
            core::placeCandidates(index, gazetteer, matcher, *names, core::ReviewMemory{}));
        data = core::makeAtlasData(std::move(gazetteer), std::move(index));
        ctx.gazetteer = &data->gazetteer;
        core::apply(state, core::action::WorkspaceOpened{root.string(), false}, core::BBox{});
        core::apply(state, core::action::PlacesLoaded{root.string(), {}, {}, names, candidates}, ctx);
        state.panels = {};
        state.panels.placesReview = true;
    }
    ~ReviewWorld() { fs::remove_all(root); }
    ReviewWorld(const ReviewWorld&) = delete;
    ReviewWorld& operator=(const ReviewWorld&) = delete;

    void draw() {
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        core::DockInput in;
        in.work = {0.0f, 0.0f, display.x, display.y};
        in.open = state.panels;
        ui.dock = core::layoutDock(in);
        ui::drawPlacesReviewPanel(state, data.get(), ui, out);
    }
    /// What ExplorerUi does after the UI pass: the actions applied, the files the review asks for written.
    void settle() {
        for (const auto& a : std::exchange(out, {}))
            for (const auto& c : core::apply(state, a, ctx))
                if (const auto* w = std::get_if<core::command::WritePlacesFiles>(&c)) {
                    REQUIRE_FALSE(core::writeFileAtomically(fs::path(w->root) / core::kUserGazetteerFile,
                                                            core::userGazetteerToGeoJson(w->user)));
                    REQUIRE_FALSE(core::writeFileAtomically(fs::path(w->root) / core::kReviewFile,
                                                            core::reviewMemoryToJson(w->memory)));
                }
    }
    [[nodiscard]] std::string shown() const {
        const auto* c = core::currentCandidate(state.places);
        return c ? c->gap.text : std::string();
    }
    [[nodiscard]] std::vector<std::string> queue() const {
        std::vector<std::string> names;
        for (const auto i : core::reviewQueue(state.places)) names.push_back((*state.places.candidates)[i].gap.text);
        return names;
    }
    [[nodiscard]] nlohmann::json reviewFile() const { return nlohmann::json::parse(readFile(root / core::kReviewFile)); }
    [[nodiscard]] nlohmann::json userFile() const {
        return nlohmann::json::parse(readFile(root / core::kUserGazetteerFile));
    }
    [[nodiscard]] std::optional<nlohmann::json> userFeature(const std::string& id) const {
        const nlohmann::json file = userFile();  // kept alive: ranging over userFile()["features"] would dangle
        for (const auto& f : file.at("features"))
            if (f.value("id", "") == id) return f;
        return std::nullopt;
    }
};

/// Types one character into the panel (as the window's char callback does) and applies what it pushed.
void typeKey(ImGuiHarness& h, ReviewWorld& w, const std::string& key) {
    const auto draw = [&] { w.draw(); };
    h.type(key, draw);
    h.frame(draw);  // the key's release frame, as in the window
    w.settle();
    h.frame(draw);  // the panel shows the new state
}

void focusPanel(ImGuiHarness& h, ReviewWorld& w) {
    const auto draw = [&] { w.draw(); };
    h.frames(3, draw);
    const ImGuiWindow* panel = ImGuiHarness::window("Places to review");
    REQUIRE(panel);
    // Its title bar: focuses it without pressing a button, as the user's first click does.
    h.click(ImVec2(panel->Pos.x + panel->Size.x * 0.5f, panel->Pos.y + panel->TitleBarHeight() * 0.5f), draw);
    w.settle();
    h.frame(draw);
    REQUIRE(w.ui.reviewFocused);
}

}  // namespace

TEST_CASE("review panel headless: 1 accepts, x rejects, s defers and u undoes, each written to the workspace",
          "[ui][places]") {
    ImGuiHarness h(1600.0f, 1000.0f);
    ReviewWorld w;
    REQUIRE(w.queue() == std::vector<std::string>{"Vayk", "Gavar", "Yerevan–Gyumri highway"});
    focusPanel(h, w);
    CHECK(w.shown() == "Vayk");

    typeKey(h, w, "1");  // the first suggestion
    auto vayk = w.userFeature("vayk");
    REQUIRE(vayk);
    CHECK((*vayk)["properties"]["provenance"] == "GeoNames 616052");
    CHECK(w.queue() == std::vector<std::string>{"Gavar", "Yerevan–Gyumri highway"});
    CHECK(w.shown() == "Gavar");

    typeKey(h, w, "s");  // later: to the end of the queue
    CHECK(w.reviewFile()["deferred"] == nlohmann::json::array({"Gavar"}));
    CHECK(w.queue() == std::vector<std::string>{"Yerevan–Gyumri highway", "Gavar"});
    CHECK(w.shown() == "Yerevan–Gyumri highway");

    typeKey(h, w, "x");  // not a place
    CHECK(w.reviewFile()["rejected"] == nlohmann::json::array({"Yerevan–Gyumri highway"}));
    CHECK(w.queue() == std::vector<std::string>{"Gavar"});
    CHECK(w.shown() == "Gavar");

    typeKey(h, w, "u");  // the rejection undone
    CHECK(w.reviewFile()["rejected"].empty());
    CHECK(w.queue() == std::vector<std::string>{"Yerevan–Gyumri highway", "Gavar"});
    typeKey(h, w, "u");  // the deferral undone
    CHECK(w.reviewFile()["deferred"].empty());
    typeKey(h, w, "u");  // the accept undone: Vayk is a candidate again, its feature gone
    CHECK_FALSE(w.userFeature("vayk"));
    CHECK(w.queue() == std::vector<std::string>{"Vayk", "Gavar", "Yerevan–Gyumri highway"});
}

TEST_CASE("review panel headless: r places a route between its two ends, a + typed search aliases", "[ui][places]") {
    ImGuiHarness h(1600.0f, 1000.0f);
    ReviewWorld w;
    const auto draw = [&] { w.draw(); };
    focusPanel(h, w);
    w.out.push_back(core::action::ReviewGo{"Yerevan–Gyumri highway", 0});  // as a click on its queue row
    w.settle();
    h.frame(draw);
    typeKey(h, w, "r");
    const nlohmann::json user = w.userFile();
    REQUIRE(user["features"].size() == 1);
    const nlohmann::json* road = &user["features"][0];
    CHECK((*road)["properties"]["names"][0]["text"] == "Yerevan–Gyumri highway");
    CHECK((*road)["geometry"]["type"] == "LineString");
    CHECK((*road)["geometry"]["coordinates"] == nlohmann::json::parse("[[44.51,40.18],[43.84,40.79]]"));
    CHECK((*road)["properties"]["provenance"] == "placed by hand");
    CHECK(w.queue() == std::vector<std::string>{"Vayk", "Gavar"});

    // a: the search field takes the keyboard; "vanad" finds Vanadzor; Enter aliases Gavar (shown) to it.
    w.out.push_back(core::action::ReviewGo{"Gavar", 0});
    w.settle();
    h.frame(draw);
    typeKey(h, w, "a");
    CHECK(w.state.places.pick == core::ReviewPick::Alias);
    h.frame(draw);  // the field appears and takes the keyboard
    h.type("yer", draw);
    h.frame(draw);
    CHECK(w.ui.aliasSearch.query == "yer");
    CHECK(w.out.empty());  // typing into the field is not a review key (no 'r' route, no 'e')
    h.pressKey(ImGuiKey_Enter, draw);
    w.settle();
    h.frame(draw);
    const auto aliases = w.userFile()["aliases"];
    REQUIRE(aliases.size() == 1);
    CHECK(aliases[0]["feature"] == "yerevan");
    CHECK(aliases[0]["name"] == "Gavar");
    CHECK(w.queue() == std::vector<std::string>{"Vayk"});
}
