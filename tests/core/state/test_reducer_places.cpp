// The reducer's Places-to-review area: each review action changes the user gazetteer or the review memory, asks
// for the files and a relink, moves the queue on, and undo/redo give the files back exactly as they were.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <variant>

#include "core/gazetteer/user_gazetteer.hpp"
#include "core/state/history.hpp"
#include "core/state/reducer.hpp"

using namespace atlas::core;

namespace {

template <class T>
std::vector<T> only(const Commands& commands) {
    std::vector<T> out;
    for (const auto& c : commands)
        if (const auto* t = std::get_if<T>(&c)) out.push_back(*t);
    return out;
}

Name name(std::string text) {
    Name n;
    n.text = std::move(text);
    n.lang = "en";
    n.script = "Latn";
    n.primary = true;
    return n;
}

GeoNamesPlace gn(std::string id, std::string name, double lon, double lat, long pop) {
    GeoNamesPlace p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.lon = lon;
    p.lat = lat;
    p.country = "AM";
    p.featureCode = "PPL";
    p.population = pop;
    return p;
}

PlaceCandidate candidate(std::string name, std::size_t count, std::vector<std::string> passages,
                         const GeoNamesIndex& index, std::vector<Vec2> context) {
    PlaceCandidate c;
    c.gap.text = std::move(name);
    c.gap.count = count;
    c.gap.passageIds = std::move(passages);
    c.context = std::move(context);
    c.suggestions = suggestPlaces(c.gap.text, index, c.context);
    return c;
}

struct World {
    std::vector<GazetteerFeature> base;
    ReduceContext ctx;
    AppState s;

    World() {
        GazetteerFeature yerevan;
        yerevan.id = "yerevan";
        yerevan.kind = FeatureKind::Place;
        yerevan.names.push_back(name("Yerevan"));
        yerevan.geometry.points.push_back({44.51, 40.18});
        base.push_back(yerevan);
        GazetteerFeature gyumri = yerevan;
        gyumri.id = "gyumri";
        gyumri.names = {name("Gyumri")};
        gyumri.geometry.points = {{43.84, 40.79}};
        base.push_back(gyumri);
        ctx.gazetteer = &base;

        auto index = std::make_shared<GeoNamesIndex>(std::vector<GeoNamesPlace>{
            gn("616599", "Gavarr", 45.124, 40.354, 21680),     // Gavar, near Yerevan
            gn("616052", "Vayk", 45.466, 39.689, 5877),        // one of its kind: confident
            gn("900001", "Aghavno", 46.47, 39.67, 300),        // two villages of one name, far apart
            gn("900002", "Aghavno", 44.20, 41.10, 290),
        });
        std::vector<Vec2> near{{44.51, 40.18}};
        auto list = std::make_shared<std::vector<PlaceCandidate>>();
        list->push_back(candidate("Vayk", 5, {"news_a#p1", "news_b#p2"}, *index, {{45.45, 39.70}}));
        list->push_back(candidate("Gavar", 4, {"news_a#p3"}, *index, near));
        list->push_back(candidate("Aghavno", 3, {"news_b#p1"}, *index, {}));
        list->push_back(candidate("Residents", 2, {"news_b#p4"}, *index, {}));
        apply(s, action::WorkspaceOpened{"/home/u/reading", false}, BBox{});
        apply(s, action::PlacesLoaded{"/home/u/reading", {}, {}, index, list}, ctx);
    }
    Commands act(const Action& a) { return apply(s, a, ctx); }
    [[nodiscard]] std::vector<std::string> queueNames() const {
        std::vector<std::string> out;
        for (auto i : reviewQueue(s.places)) out.push_back((*s.places.candidates)[i].gap.text);
        return out;
    }
};

/// The files a step asked for, as text: what undo and redo must give back.
std::pair<std::string, std::string> written(const Commands& out) {
    const auto w = only<command::WritePlacesFiles>(out);
    REQUIRE(w.size() == 1);
    CHECK(w[0].root == "/home/u/reading");
    CHECK(only<command::Reindex>(out).size() == 1);  // the corpus is relinked with the new names
    return {userGazetteerToGeoJson(w[0].user), reviewMemoryToJson(w[0].memory)};
}

}  // namespace

TEST_CASE("places review: the queue is in mention order and the first candidate is shown", "[places][reducer]") {
    World w;
    CHECK(w.queueNames() == std::vector<std::string>{"Vayk", "Gavar", "Aghavno", "Residents"});
    REQUIRE(currentCandidate(w.s.places));
    CHECK(currentCandidate(w.s.places)->gap.text == "Vayk");
    w.act(action::ReviewGo{std::nullopt, 2});
    CHECK(currentCandidate(w.s.places)->gap.text == "Aghavno");
    w.act(action::ReviewGo{std::nullopt, 9});  // clamped at the end
    CHECK(currentCandidate(w.s.places)->gap.text == "Residents");
    CHECK_FALSE(canUndo(w.s));  // moving in the queue is not a step
    w.act(action::ReviewFilter{"news_a.txt"});
    CHECK(w.queueNames() == std::vector<std::string>{"Vayk", "Gavar"});
    CHECK(candidateDocuments(w.s.places) == std::vector<std::string>{"news_a", "news_b"});
}

TEST_CASE("places review: accept creates a GeoNames feature, undo and redo write the files back", "[places][reducer]") {
    World w;
    const auto before = std::pair{userGazetteerToGeoJson(w.s.places.user), reviewMemoryToJson(w.s.places.memory)};
    const auto out = w.act(action::ReviewAccept{"Gavar", 0, std::nullopt});
    const auto after = written(out);
    const auto* f = w.s.places.user.find("gavar");
    REQUIRE(f);
    CHECK(f->provenance == "GeoNames 616599");
    CHECK_FALSE(f->suggested);
    CHECK(f->passageIds == std::vector<std::string>{"news_a#p3"});
    CHECK(f->feature.geometry.points.front().x == Approx(45.124));
    CHECK(w.queueNames() == std::vector<std::string>{"Vayk", "Aghavno", "Residents"});

    const auto undone = w.act(action::Undo{});
    CHECK(written(undone) == before);
    CHECK_FALSE(w.s.places.user.find("gavar"));
    CHECK(w.queueNames().size() == 4);
    CHECK(w.s.places.candidates);  // the candidates stay (they come from the newest index)
    const auto redone = w.act(action::Redo{});
    CHECK(written(redone) == after);
    CHECK(w.s.places.user.find("gavar"));
}

TEST_CASE("places review: accepting a name the gazetteer has, or a missing suggestion, changes nothing",
          "[places][reducer]") {
    World w;
    auto out = w.act(action::ReviewAccept{"Yerevan", 0, std::string("616599")});
    CHECK(only<command::WritePlacesFiles>(out).empty());
    REQUIRE(only<command::Report>(out).size() == 1);
    CHECK_THAT(only<command::Report>(out)[0].issue.message, Catch::Contains("already a name of feature yerevan"));
    out = w.act(action::ReviewAccept{"Vayk", 7, std::nullopt});
    CHECK(only<command::WritePlacesFiles>(out).empty());
    CHECK(w.s.places.user.features.empty());
}

TEST_CASE("places review: alias, place by hand and a route by its ends, each undoable", "[places][reducer]") {
    World w;
    auto out = w.act(action::ReviewAlias{"Gavar", "gyumri"});
    written(out);
    REQUIRE(w.s.places.user.aliases.size() == 1);
    CHECK(w.s.places.user.aliases[0].featureId == "gyumri");
    CHECK(w.s.places.user.aliases[0].passageIds == std::vector<std::string>{"news_a#p3"});
    CHECK(w.queueNames() == std::vector<std::string>{"Vayk", "Aghavno", "Residents"});

    out = w.act(action::ReviewPlace{"Aghavno", {46.5, 39.7}, FeatureKind::Place});
    written(out);
    const auto* placed = w.s.places.user.find("aghavno");
    REQUIRE(placed);
    CHECK(placed->provenance == "placed by hand");
    CHECK(placed->feature.geometry.points.front().x == Approx(46.5));

    out = w.act(action::ReviewPlaceRoute{"Yerevan-Gyumri highway", "yerevan", "gyumri"});
    written(out);
    const auto* road = w.s.places.user.find("yerevan-gyumri-highway");
    REQUIRE(road);
    CHECK(road->feature.kind == FeatureKind::Corridor);
    REQUIRE(road->feature.geometry.lines.size() == 1);
    CHECK(road->feature.geometry.lines[0].back().x == Approx(43.84));

    w.act(action::Undo{});
    CHECK_FALSE(w.s.places.user.find("yerevan-gyumri-highway"));
    w.act(action::Undo{});
    CHECK_FALSE(w.s.places.user.find("aghavno"));
    w.act(action::Undo{});
    CHECK(w.s.places.user.aliases.empty());
    CHECK(w.queueNames().size() == 4);
}

TEST_CASE("places review: reject, defer and no match are remembered in review.json", "[places][reducer]") {
    World w;
    auto out = w.act(action::ReviewReject{"Residents"});
    CHECK(written(out).second.find("\"rejected\": [\n    \"Residents\"") != std::string::npos);
    out = w.act(action::ReviewDefer{"Vayk"});
    CHECK(written(out).second.find("\"deferred\"") != std::string::npos);
    CHECK(w.queueNames() == std::vector<std::string>{"Gavar", "Aghavno", "Vayk"});  // to the later queue
    out = w.act(action::ReviewNoMatch{"Aghavno"});
    CHECK(written(out).second.find("\"no_match\"") != std::string::npos);
    CHECK(w.queueNames() == std::vector<std::string>{"Gavar", "Vayk"});
    w.act(action::Undo{});
    w.act(action::Undo{});
    w.act(action::Undo{});
    CHECK(w.s.places.memory == ReviewMemory{});
    CHECK(w.queueNames().size() == 4);
}

TEST_CASE("places review: the memory reads back from review.json", "[places][gazetteer]") {
    ReviewMemory m;
    m.rejected = {"The"};
    m.deferred = {"Vayk"};
    m.noMatch = {"Zod"};
    const auto dir = std::filesystem::temp_directory_path() / "atlas_review_memory_test";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "review.json") << reviewMemoryToJson(m);
    }
    std::string error;
    CHECK(loadReviewMemory(dir / "review.json", error) == m);
    CHECK(error.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("places review: accept all confident is one step and leaves the ties to a person", "[places][reducer]") {
    World w;
    const auto confident = confidentCandidates(w.s.places);
    CHECK((*w.s.places.candidates)[2].suggestions.ambiguous);  // two Aghavnos score alike
    CHECK_FALSE((*w.s.places.candidates)[2].suggestions.autoAccept);
    CHECK((*w.s.places.candidates)[0].suggestions.autoAccept);  // Vayk, near the places its passages name
    REQUIRE_FALSE(confident.empty());
    for (auto i : confident) CHECK((*w.s.places.candidates)[i].gap.text != "Aghavno");
    const auto out = w.act(action::ReviewAcceptConfident{});
    written(out);
    CHECK(w.s.places.user.features.size() == confident.size());
    CHECK(w.s.history.past.size() == 1);
    w.act(action::Undo{});
    CHECK(w.s.places.user.features.empty());
}

TEST_CASE("places review: p waits for a map click that places the candidate; Esc cancels", "[places][reducer]") {
    World w;
    w.act(action::SetReviewPick{ReviewPick::Place});
    CHECK(w.s.places.pick == ReviewPick::Place);
    w.act(action::SetReviewPick{ReviewPick::None});
    CHECK(w.s.places.pick == ReviewPick::None);
    w.act(action::SetReviewPick{ReviewPick::Place});
    const auto out = w.act(action::ReviewMapClick{{45.0, 40.0}, ""});
    written(out);
    CHECK(w.s.places.pick == ReviewPick::None);
    REQUIRE(w.s.places.user.find("vayk"));
    CHECK(w.s.places.user.find("vayk")->provenance == "placed by hand");
    w.act(action::SetReviewPick{ReviewPick::Alias});
    w.act(action::ReviewMapClick{{44.5, 40.2}, "yerevan"});
    REQUIRE(w.s.places.user.aliases.size() == 1);
    CHECK(w.s.places.user.aliases[0].name == "Gavar");
}

TEST_CASE("places review: nothing is written without a writable workspace", "[places][reducer]") {
    World w;
    w.s.workspace.readOnly = true;
    const auto out = w.act(action::ReviewReject{"Residents"});
    CHECK(only<command::WritePlacesFiles>(out).empty());
    REQUIRE(only<command::Report>(out).size() == 1);
    CHECK_THAT(only<command::Report>(out)[0].issue.message, Catch::Contains("read-only"));
    CHECK(w.s.places.memory.rejected.empty());
    // Another workspace opened: the loaded places belong to the old one and are not written into the new.
    w.s.workspace.readOnly = false;
    apply(w.s, action::WorkspaceOpened{"/home/u/other", false}, BBox{});
    const auto moved = w.act(action::ReviewReject{"Residents"});
    CHECK(only<command::WritePlacesFiles>(moved).empty());
    CHECK_THAT(only<command::Report>(moved)[0].issue.message, Catch::Contains("still loading"));
}
