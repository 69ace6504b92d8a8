// Legend model: sections, symbols and colours come from the theme and the scene's layer styles.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/frame/legend.hpp"

using namespace atlas::core;

namespace {

const LegendEntry* find(const std::vector<LegendEntry>& entries, const std::string& label) {
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const LegendEntry& e) { return e.label == label; });
    return it == entries.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("base map and places come from the theme", "[gazetteer][legend]") {
    const Theme& t = defaultTheme();
    const auto entries = buildLegend(t);
    CHECK(legendSections(entries) == std::vector<std::string>{"Base map", "Places"});
    const auto* armenia = find(entries, "Armenia");
    REQUIRE(armenia != nullptr);
    CHECK(armenia->symbol == LegendSymbol::Fill);
    CHECK(armenia->color == t.focusA);
    const auto* border = find(entries, "State border");
    REQUIRE(border != nullptr);
    CHECK(border->symbol == LegendSymbol::Line);
    CHECK(border->widthPx == t.stateBorder.widthPx);
    CHECK(border->casingWidthPx == t.stateBorder.casingWidthPx);
    const auto* capital = find(entries, "Capital");
    const auto* town = find(entries, "Town");
    REQUIRE(capital != nullptr);
    REQUIRE(town != nullptr);
    CHECK(capital->symbol == LegendSymbol::Capital);
    CHECK(town->symbol == LegendSymbol::Point);
    CHECK(capital->widthPx > town->widthPx);  // label classes rank capital above town
}

TEST_CASE("thematic entries follow the scene's styles, dashed where dashed", "[gazetteer][legend]") {
    LayerStyleSource scene;
    scene.line = [](MapLayer l) -> std::optional<LineStyle> {
        if (l == MapLayer::Region) return LineStyle{1.2f, Color::rgb(0xA0583C), 0.0f, {}, {6, 4, 0, 0}};
        if (l == MapLayer::Corridor) return LineStyle{2.4f, Color::rgb(0xB8452F), 4.4f, Color::rgb(0xFFFFFF), {}};
        return std::nullopt;
    };
    scene.fill = [](MapLayer l) -> std::optional<Color> {
        if (l == MapLayer::Region) return Color::rgb(0xB0674A, 0.1f);
        return std::nullopt;
    };
    const auto entries = buildLegend(defaultTheme(), scene);
    CHECK(legendSections(entries).back() == "Thematic layers");
    const auto* region = find(entries, "Region");
    REQUIRE(region != nullptr);
    CHECK(region->symbol == LegendSymbol::DashedLine);
    CHECK(region->dash[0] == 6.0f);
    const auto* corridor = find(entries, "Corridor / road");
    REQUIRE(corridor != nullptr);
    CHECK(corridor->symbol == LegendSymbol::Line);
    CHECK(corridor->color == Color::rgb(0xB8452F));
    CHECK(find(entries, "Region (area)") != nullptr);
    CHECK(find(entries, "Railway") == nullptr);  // the scene gave no style for it
}

TEST_CASE("legend: the user layers shown get entries under Your layers, with their colour and symbol", "[legend]") {
    using namespace atlas::core;
    std::vector<UserLayerEntry> layers(4);
    layers[0].path = "/data/interviews.csv";
    layers[0].status = UserLayerStatus::Ready;
    layers[0].kind = UserGeometryKind::Points;
    layers[0].featureCount = 12;
    layers[0].colour = Color::rgb(0x1F77B4);
    layers[1] = layers[0];
    layers[1].path = "/data/routes.gpkg";
    layers[1].kind = UserGeometryKind::Lines;
    layers[1].opacity = 0.5f;
    layers[2] = layers[0];
    layers[2].path = "/data/hidden.geojson";
    layers[2].visible = false;
    layers[3] = layers[0];
    layers[3].path = "/data/loading.geojson";
    layers[3].status = UserLayerStatus::Loading;
    const auto entries = userLayerLegend(layers);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].section == "Your layers");
    CHECK(entries[0].label == "interviews.csv");
    CHECK(entries[0].symbol == LegendSymbol::Point);
    CHECK(entries[0].color.r == Approx(0x1F / 255.0f));
    CHECK(entries[1].label == "routes.gpkg");
    CHECK(entries[1].symbol == LegendSymbol::Line);
    CHECK(entries[1].color.a == Approx(0.5f));
}
