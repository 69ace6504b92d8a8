// User layers in the window's state: actions add, load, restyle, reorder and remove them; the view state saves
// and restores them; picking ranks their features with the map's by one rule.
#include <catch2/catch.hpp>

#include "core/state/reducer.hpp"
#include "core/state/app_state.hpp"
#include "core/map/user_layer.hpp"
#include "core/state/view_conversion.hpp"

using namespace atlas::core;

namespace {

/// x = lon * 1e5, y = lat * 1e5: enough to test projection-independent logic.
class FlatProjector : public Projector {
public:
    [[nodiscard]] ProjectionId id() const override { return ProjectionId::PlateCarree; }
    [[nodiscard]] std::optional<Vec2> forward(Vec2 ll) const override { return Vec2{ll.x * 1e5, ll.y * 1e5}; }
    [[nodiscard]] std::optional<Vec2> inverse(Vec2 xy) const override { return Vec2{xy.x / 1e5, xy.y / 1e5}; }
    [[nodiscard]] double geodesicDistance(Vec2 a, Vec2 b) const override { return length(b - a) * 111320.0; }
    void forwardInPlace(std::vector<Vec2>& pts) const override {
        for (auto& p : pts) p = *forward(p);
    }
};

const BBox kHome{0, 0, 1, 1};

void run(AppState& s, const Action& a) { apply(s, a, kHome); }

std::vector<std::string> paths(const AppState& s) {
    std::vector<std::string> out;
    for (const auto& l : s.userLayers) out.push_back(l.path);
    return out;
}

UserFeature square(double x0, double y0, double size, std::string name) {
    UserFeature f;
    f.attributes["NAME"] = std::move(name);
    f.lonLat.polygons.push_back({{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}}, {}});
    return f;
}

}  // namespace

TEST_CASE("user layers: adding appends a loading entry with its own id and colour; a path only once", "[user_layers]") {
    AppState s;
    run(s, action::AddUserLayer{"/data/a.geojson"});
    run(s, action::AddUserLayer{"/data/b.gpkg"});
    run(s, action::AddUserLayer{"/data/a.geojson"});  // already open
    run(s, action::AddUserLayer{""});
    REQUIRE(paths(s) == std::vector<std::string>{"/data/a.geojson", "/data/b.gpkg"});
    CHECK(s.userLayers[0].id != s.userLayers[1].id);
    CHECK(s.userLayers[0].status == UserLayerStatus::Loading);
    CHECK_FALSE(s.userLayers[0].colour == s.userLayers[1].colour);
    CHECK(s.userLayers[1].displayName() == "b.gpkg");
}

TEST_CASE("user layers: a finished load sets the status, count and problems; a failed one keeps the error",
          "[user_layers]") {
    AppState s;
    run(s, action::AddUserLayer{"/data/a.geojson"});
    run(s, action::AddUserLayer{"/data/broken.geojson"});
    const auto a = s.userLayers[0].id, broken = s.userLayers[1].id;
    run(s, action::UserLayerLoaded{a, true, 12, UserGeometryKind::Polygons, {"3 features without geometry skipped"}});
    run(s, action::UserLayerLoaded{broken, false, 0, UserGeometryKind::None, {"GDAL cannot open it as vector data"}});
    run(s, action::UserLayerLoaded{999, true, 1, UserGeometryKind::Points, {}});  // removed meanwhile: ignored
    CHECK(s.userLayers[0].status == UserLayerStatus::Ready);
    CHECK(s.userLayers[0].featureCount == 12);
    CHECK(s.userLayers[0].kind == UserGeometryKind::Polygons);
    CHECK(s.userLayers[0].problems.size() == 1);
    CHECK(s.userLayers[1].status == UserLayerStatus::Failed);
    CHECK(s.userLayers[1].problems == std::vector<std::string>{"GDAL cannot open it as vector data"});
    CHECK(s.userLayers.size() == 2);
}

TEST_CASE("user layers: reorder, restyle and remove", "[user_layers]") {
    AppState s;
    for (const char* p : {"/a", "/b", "/c"}) run(s, action::AddUserLayer{p});
    const auto a = s.userLayers[0].id, c = s.userLayers[2].id;
    run(s, action::MoveUserLayer{a, +1});
    CHECK(paths(s) == std::vector<std::string>{"/b", "/a", "/c"});
    run(s, action::MoveUserLayer{a, +5});  // clamped to the top
    CHECK(paths(s) == std::vector<std::string>{"/b", "/c", "/a"});
    run(s, action::MoveUserLayer{a, -2});
    CHECK(paths(s) == std::vector<std::string>{"/a", "/b", "/c"});
    run(s, action::MoveUserLayer{a, -1});  // already at the bottom
    CHECK(paths(s) == std::vector<std::string>{"/a", "/b", "/c"});

    run(s, action::SetUserLayerStyle{c, false, 1.7f, Color::rgb(0x336699, 0.2f)});
    CHECK_FALSE(s.userLayers[2].visible);
    CHECK(s.userLayers[2].opacity == 1.0f);  // clamped
    CHECK(hexColour(s.userLayers[2].colour) == "#336699");
    CHECK(s.userLayers[2].colour.a == 1.0f);

    run(s, action::SelectUserFeature{UserFeatureRef{c, 4}});
    run(s, action::HoverUserFeature{UserFeatureRef{c, 4}});
    run(s, action::RemoveUserLayer{c});
    CHECK(paths(s) == std::vector<std::string>{"/a", "/b"});
    CHECK_FALSE(s.selectedUser);
    CHECK_FALSE(s.hoveredUser);
}

TEST_CASE("user layers: selecting a user feature and a map feature exclude each other", "[user_layers]") {
    AppState s;
    run(s, action::AddUserLayer{"/a"});
    run(s, action::Select{Selection::feature(3)});
    run(s, action::SelectUserFeature{UserFeatureRef{s.userLayers[0].id, 1}});
    CHECK_FALSE(s.selected);
    REQUIRE(s.selectedUser);
    CHECK(s.selectedUser->feature == 1);
    run(s, action::Select{Selection::feature(2)});
    CHECK(s.selected == Selection::feature(2));
    CHECK_FALSE(s.selectedUser);
    run(s, action::SelectUserFeature{UserFeatureRef{s.userLayers[0].id, 0}});
    run(s, action::Select{std::nullopt});  // a click on empty map clears both
    CHECK_FALSE(s.selected);
    CHECK_FALSE(s.selectedUser);
}

TEST_CASE("user layers: settings go through the view state and back", "[user_layers]") {
    FlatProjector projector;
    const ViewLookup ids;
    AppState s;
    run(s, action::AddUserLayer{"/data/roads.gpkg"});
    run(s, action::AddUserLayer{"/data/sites.csv"});
    const auto roads = s.userLayers[0].id, sites = s.userLayers[1].id;
    run(s, action::SetUserLayerStyle{roads, false, 0.25f, Color::rgb(0x123ABC)});
    run(s, action::UserLayerLoaded{sites, true, 3, UserGeometryKind::Points, {}});

    const ViewState v = toViewState(s, projector, ids);
    std::vector<const LayerSettings*> user;
    for (const auto& l : v.layers)
        if (l.user) user.push_back(&l);
    REQUIRE(user.size() == 2);
    CHECK(user[0]->key == "/data/roads.gpkg");
    CHECK_FALSE(user[0]->visible);
    CHECK(user[0]->opacity == Approx(0.25));
    CHECK(user[0]->colour == std::optional<std::string>("#123abc"));
    CHECK(user[0]->order == 10);  // after the ten built-in layers
    CHECK(user[1]->order == 11);
    // The view state writes and reads them like any other field.
    const auto parsed = viewStateFromText(toJson(v).dump());
    REQUIRE(parsed.state);
    CHECK(*parsed.state == v);

    // Opening the view in a window that already has sites.csv keeps that entry (not read again); roads.gpkg is new.
    AppState other;
    run(other, action::AddUserLayer{"/data/other.kml"});
    run(other, action::AddUserLayer{"/data/sites.csv"});
    run(other, action::UserLayerLoaded{other.userLayers[1].id, true, 3, UserGeometryKind::Points, {}});
    const auto keptId = other.userLayers[1].id;
    applyViewState(v, projector, ids, other);
    REQUIRE(paths(other) == std::vector<std::string>{"/data/roads.gpkg", "/data/sites.csv"});
    CHECK(other.userLayers[0].status == UserLayerStatus::Loading);
    CHECK_FALSE(other.userLayers[0].visible);
    CHECK(hexColour(other.userLayers[0].colour) == "#123abc");
    CHECK(other.userLayers[1].id == keptId);
    CHECK(other.userLayers[1].status == UserLayerStatus::Ready);
    CHECK(toViewState(other, projector, ids) == v);
}

TEST_CASE("user layers: a view's order sorts them; moving one renumbers the ones above it", "[user_layers]") {
    FlatProjector projector;
    ViewState v;
    v.layers.push_back({"/top.geojson", true, true, 1.0, "#ff0000", false, 30, {}, "Name"});
    v.layers.push_back({"/bottom.geojson", true, true, 1.0, std::nullopt, false, 12, {}, std::nullopt});
    AppState s;
    applyViewState(v, projector, {}, s);
    REQUIRE(paths(s) == std::vector<std::string>{"/bottom.geojson", "/top.geojson"});
    CHECK(s.userLayers[0].status == UserLayerStatus::Loading);
    CHECK(s.userLayers[1].labelField == "Name");  // the label field travels with the view, both ways
    CHECK(s.userLayers[0].labelField.empty());
    CHECK(toViewState(s, projector, {}).layers.back().labelField == std::optional<std::string>{"Name"});
    auto orders = [&] {
        std::vector<int> out;
        for (const auto& l : toViewState(s, projector, {}).layers)
            if (l.user) out.push_back(l.order);
        return out;
    };
    CHECK(orders() == std::vector<int>{12, 30});
    run(s, action::MoveUserLayer{s.userLayers[0].id, +1});
    CHECK(paths(s) == std::vector<std::string>{"/top.geojson", "/bottom.geojson"});
    CHECK(orders() == std::vector<int>{30, 31});
}

TEST_CASE("user layers: picking prefers points over lines over areas, then the nearest or smallest", "[user_layers]") {
    const PickHit point{1, PickHit::Kind::Point, 50.0};
    const PickHit line{2, PickHit::Kind::Line, 1.0};
    const PickHit bigArea{3, PickHit::Kind::Area, 1e9};
    const PickHit smallArea{4, PickHit::Kind::Area, 1e6};
    CHECK(betterHit(point, line));
    CHECK(betterHit(line, bigArea));
    CHECK(betterHit(smallArea, bigArea));
    CHECK_FALSE(betterHit(bigArea, smallArea));
    CHECK_FALSE(betterHit(line, line));  // a tie keeps the first found

    // A user layer: a small square inside a big one; the point inside both picks the small one.
    UserLayer layer;
    layer.features.push_back(square(44.0, 40.0, 2.0, "Big"));
    layer.features.push_back(square(44.5, 40.5, 0.5, "Small"));
    UserFeature site;
    site.attributes["Title"] = "Well";
    site.lonLat.points.push_back({45.8, 41.8});
    layer.features.push_back(site);
    const FlatProjector projector;
    const UserLayerScene scene = projectUserLayer(layer, projector, {});
    REQUIRE(scene.pick.entries.size() == 3);
    CHECK(scene.points.size() == 1);
    const auto hit = pickHit(scene.pick, {{44.7e5, 40.7e5}, 100.0, 5.0, 6.0}, nullptr);
    REQUIRE(hit);
    CHECK(hit->feature == 1);
    CHECK(userFeatureName(layer.features[hit->feature], hit->feature) == "Small");
    const auto outside = pickHit(scene.pick, {{44.1e5, 40.1e5}, 100.0, 5.0, 6.0}, nullptr);
    REQUIRE(outside);
    CHECK(outside->feature == 0);
    const auto nearPoint = pickHit(scene.pick, {{45.8e5 + 500.0, 41.8e5}, 100.0, 5.0, 6.0}, nullptr);
    REQUIRE(nearPoint);
    CHECK(nearPoint->kind == PickHit::Kind::Point);
    CHECK(userFeatureName(layer.features[2], 2) == "Well");
    CHECK_FALSE(pickHit(scene.pick, {{50e5, 50e5}, 100.0, 5.0, 6.0}, nullptr));
}

TEST_CASE("user layers: colours, names and kinds", "[user_layers]") {
    CHECK(colourFromHex("#00ff80") == Color::rgb(0x00FF80));
    CHECK_FALSE(colourFromHex("00ff80"));
    CHECK_FALSE(colourFromHex("#00ff8"));
    CHECK_FALSE(colourFromHex("#00gg80"));
    CHECK(hexColour(Color::rgb(0xA0B0C0)) == "#a0b0c0");
    UserFeature unnamed;
    CHECK(userFeatureName(unnamed, 6) == "feature 7");
    std::vector<UserFeature> features(2);
    CHECK(geometryKindOf(features) == UserGeometryKind::None);
    features[0].lonLat.points.push_back({1, 1});
    CHECK(geometryKindOf(features) == UserGeometryKind::Points);
    features[1].lonLat.lines.push_back({{0, 0}, {1, 1}});
    CHECK(geometryKindOf(features) == UserGeometryKind::Mixed);
}
