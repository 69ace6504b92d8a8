// Legend, off-map arrows, stamp and footer layout; naming choice in map labels (no display needed).
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/map/feature_visuals.hpp"
#include "core/frame/map_overlay.hpp"
#include "core/map/scene.hpp"
#include "core/frame/render_frame.hpp"

using namespace atlas::core;

namespace {

/// Every glyph is 0.6 em wide and 1.2 em tall: deterministic sizes for layout tests.
class FixedMeasurer final : public TextMeasurer {
public:
    Vec2 measure(std::string_view utf8, const LabelStyle& style) const override {
        std::size_t chars = 0;
        for (unsigned char c : utf8) chars += (c & 0xC0) != 0x80;
        return {static_cast<double>(chars) * 0.6 * style.sizePx, 1.2 * style.sizePx};
    }
};

MapFeature feature(const std::string& id, MapLayer layer, std::vector<Period> periods = {}, bool dashed = false) {
    MapFeature f;
    f.id = id;
    f.gazetteerId = id;
    f.name = id;
    f.layer = layer;
    f.periods = std::move(periods);
    f.dashed = dashed;
    return f;
}

bool hasEntry(const std::vector<LegendEntry>& entries, const std::string& label) {
    return std::any_of(entries.begin(), entries.end(), [&](const LegendEntry& e) { return e.label == label; });
}

bool overlaps(const BBox& a, const BBox& b) {
    return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

}  // namespace

TEST_CASE("the map legend lists only what is visible, and statuses under a time filter") {
    MapModel model;
    model.features = {feature("town", MapLayer::Place), feature("border", MapLayer::Border),
                      feature("corridor", MapLayer::Corridor, {}, true), feature("line", MapLayer::Frontline)};
    const Theme& theme = defaultTheme();

    SECTION("without visuals everything counts as visible and no status is listed") {
        const auto entries = mapLegendEntries(model, nullptr, theme);
        CHECK(hasEntry(entries, "Capital"));
        CHECK(hasEntry(entries, "State border"));
        CHECK(hasEntry(entries, "Corridor, road"));
        CHECK(hasEntry(entries, "Line of contact, ceasefire line"));
        CHECK(hasEntry(entries, "Approximate, schematic or proposed"));
        CHECK_FALSE(hasEntry(entries, "Railway"));
        CHECK(legendSections(entries) == std::vector<std::string>{"Places", "Lines"});
    }
    SECTION("hidden features drop their layer; statuses of visible lines appear once, alike ones merged") {
        std::vector<FeatureVisual> visuals(model.features.size());
        visuals[0].opacity = 0.0f;  // places hidden
        visuals[2].status = "blockaded";
        visuals[3].status = "proposed";
        model.features.push_back(feature("other", MapLayer::Corridor));
        visuals.push_back({});
        visuals.back().status = "planned";
        model.features.push_back(feature("third", MapLayer::Corridor));
        visuals.push_back({});
        visuals.back().status = "blockaded";
        const auto entries = mapLegendEntries(model, &visuals, theme);
        CHECK_FALSE(hasEntry(entries, "Capital"));
        CHECK(hasEntry(entries, "Blockaded"));
        CHECK(hasEntry(entries, "Proposed, planned"));
        CHECK(std::count_if(entries.begin(), entries.end(), [](const LegendEntry& e) { return e.label == "Blockaded"; }) == 1);
        CHECK(legendSections(entries).back() == "Status");
    }
}

TEST_CASE("the legend panel sits in the bottom-right corner and its texts do not overlap") {
    const FixedMeasurer m;
    const auto entries = buildLegend(defaultTheme());
    for (double height : {900.0, 300.0}) {
        Overlay out;
        const Viewport vp{1200, height};
        const BBox box = layoutLegend(entries, m, vp, 12, vp.height - 12, Corner::BottomRight, 1.0f, out);
        REQUIRE_FALSE(box.empty());
        CHECK(box.maxX <= vp.width);
        CHECK(box.maxY == Approx(vp.height - 12));
        CHECK(box.minY >= 0);
        for (std::size_t i = 0; i < out.texts.size(); ++i) {
            const auto& t = out.texts[i];
            const Vec2 size = m.measure(t.text, t.style);
            const BBox ti{t.topLeft.x, t.topLeft.y, t.topLeft.x + size.x, t.topLeft.y + size.y};
            CHECK(box.contains({ti.minX, ti.minY}));
            CHECK(box.contains({ti.maxX, ti.maxY}));
            for (std::size_t j = i + 1; j < out.texts.size(); ++j) {
                const auto& u = out.texts[j];
                const Vec2 us = m.measure(u.text, u.style);
                CHECK_FALSE(overlaps(ti, {u.topLeft.x, u.topLeft.y, u.topLeft.x + us.x, u.topLeft.y + us.y}));
            }
        }
        if (height < 400) CHECK(box.width() > 300);  // wrapped into several columns
    }
    Overlay none;
    CHECK(layoutLegend({}, m, {800, 600}, 12, 588, Corner::BottomRight, 1.0f, none).empty());
    CHECK(none.empty());
}

TEST_CASE("the legend goes to the corner that hides the fewest places") {
    const FixedMeasurer m;
    const auto entries = buildLegend(defaultTheme());
    const Viewport vp{1000, 800};
    std::vector<BBox> boxes;
    for (Corner c : {Corner::BottomRight, Corner::TopRight, Corner::BottomLeft, Corner::TopLeft}) {
        Overlay scratch;
        boxes.push_back(layoutLegend(entries, m, vp, 12, 788, c, 1.0f, scratch));
    }
    CHECK(boxes[0].maxX > 900);
    CHECK(boxes[0].maxY == Approx(788));
    CHECK(boxes[1].minY == Approx(12));
    CHECK(boxes[2].minX == Approx(12));
    CHECK(boxes[3].minX == Approx(12));
    CHECK(boxes[3].minY == Approx(12));
    CHECK(leastCoveredCorner(boxes, {}) == Corner::BottomRight);
    // A capital in the bottom-right and a town in the top-right: the legend goes bottom-left.
    const std::vector<std::pair<Vec2, double>> places{{{980, 770}, 6.0}, {{980, 30}, 2.0}};
    CHECK(leastCoveredCorner(boxes, places) == Corner::BottomLeft);
}

TEST_CASE("off-map arrows point along the bearing, avoid obstacles and each other, selected first") {
    const FixedMeasurer m;
    ArrowLayoutInput in;
    in.centreLonLat = {46.0, 40.0};
    in.viewport = {1000, 700};
    const ArrowTarget moscow{"moscow", "Moscow", {37.62, 55.75}, 1, false};
    const ArrowTarget tehran{"tehran", "Tehran", {51.39, 35.69}, 2, false};
    const ArrowTarget ankara{"ankara", "Ankara", {32.85, 39.93}, 2, false};

    Overlay out;
    const auto arrows = layoutOffmapArrows({tehran, moscow, ankara}, in, m, out);
    REQUIRE(arrows.size() == 3);
    CHECK(arrows[0].id == "moscow");  // most important first
    for (const auto& a : arrows) {
        if (a.id == "moscow") CHECK(a.tip.y < 20);           // top edge
        if (a.id == "tehran") CHECK(a.tip.y > 680);          // bottom edge (south-east)
        if (a.id == "ankara") CHECK(a.tip.x < 20);           // left edge
        // PROJ's `geod -I +ellps=WGS84` from 40N 46E to Moscow: azimuth -16.6 deg, 1856.8 km.
        if (a.id == "moscow") CHECK(a.angleDeg == Approx(343.4).margin(1.0));
    }
    const auto& label = std::find_if(out.texts.begin(), out.texts.end(), [](const auto& t) { return t.text.starts_with("Moscow"); });
    REQUIRE(label != out.texts.end());
    CHECK(label->text == "Moscow \u00B7 1,860 km");
    for (std::size_t i = 0; i < arrows.size(); ++i)
        for (std::size_t j = i + 1; j < arrows.size(); ++j) CHECK_FALSE(overlaps(arrows[i].box, arrows[j].box));

    SECTION("an obstacle over the top edge removes the northern arrow") {
        in.obstacles = {{0, 0, 1000, 120}};
        Overlay o2;
        const auto blocked = layoutOffmapArrows({moscow, tehran}, in, m, o2);
        REQUIRE(blocked.size() == 1);
        CHECK(blocked[0].id == "tehran");
    }
    SECTION("a selected target comes first even when less important, and the limit holds") {
        ArrowTarget far{"granada", "Granada", {-3.6, 37.18}, 5, true};
        in.maxArrows = 2;
        Overlay o3;
        const auto limited = layoutOffmapArrows({moscow, tehran, ankara, far}, in, m, o3);
        REQUIRE(limited.size() == 2);
        CHECK(limited[0].id == "granada");
        CHECK(limited[1].id == "moscow");
    }
    SECTION("a rotated north turns the arrows") {
        in.northAngleDeg = 90.0;  // north points right on screen
        Overlay o4;
        const auto turned = layoutOffmapArrows({moscow}, in, m, o4);
        REQUIRE(turned.size() == 1);
        CHECK(turned[0].tip.x > 980);
    }
}

TEST_CASE("stamp, footer and text wrapping") {
    const FixedMeasurer m;
    Overlay out;
    const BBox stamp = layoutStamp("1994", m, 1.0f, out);
    CHECK(stamp.minX > 0);
    CHECK(stamp.minY > 0);
    CHECK(stamp.width() == Approx(4 * 0.6 * 30));
    CHECK(layoutStamp("", m, 1.0f, out).empty());

    LabelStyle st;
    st.sizePx = 10;  // 6 px per character
    CHECK(wrapText("aaa bbb ccc", st, m, 45) == std::vector<std::string>{"aaa bbb", "ccc"});
    CHECK(wrapText("aaaaaaaaaaaaaaaaaaaa b", st, m, 45) == std::vector<std::string>{"aaaaaaaaaaaaaaaaaaaa", "b"});
    CHECK(wrapText("  ", st, m, 45).empty());

    Overlay f;
    const Viewport vp{400, 300};
    std::string longText;
    for (int i = 0; i < 60; ++i) longText += "word ";
    const BBox band = layoutFooter(longText, m, vp, 1.0f, f);
    CHECK(band.maxY == Approx(300));
    CHECK(band.width() == Approx(400));
    REQUIRE(f.texts.size() == 3);  // at most three lines, the last cut with an ellipsis
    CHECK(f.texts.back().text.ends_with("\u2026"));
    for (const auto& t : f.texts) CHECK(m.measure(t.text, t.style).x <= 400);
}

TEST_CASE("map features carry a label per naming choice") {
    MapFeature f = feature("stepanakert", MapLayer::Place);
    f.name = "Stepanakert";
    f.names = {"Stepanakert", "Stepanakert", "Khankendi", "Stepanakert / Khankendi"};
    CHECK(f.label(NamingChoice::English) == "Stepanakert");
    CHECK(f.label(NamingChoice::Azerbaijani) == "Khankendi");
    CHECK(f.label(NamingChoice::Both) == "Stepanakert / Khankendi");
    MapFeature bare = feature("land-1", MapLayer::Land);
    bare.name = "Land";
    CHECK(bare.label(NamingChoice::Armenian) == "Land");
}

TEST_CASE("a corridor's stated width is drawn to scale only in its period and only once it is wide enough") {
    MapModel model;
    Period open{2020, 2022, "open", "certain", "", 5.0};
    Period later{2023, std::nullopt, "closed", "certain", "", std::nullopt};
    model.features = {feature("corridor", MapLayer::Corridor, {open, later})};
    const Theme& theme = defaultTheme();
    const std::vector<float> opacity;

    TimeFilter in2021;
    in2021.year = 2021;
    TimeFilter in2023;
    in2023.year = 2023;
    const auto v2021 = computeVisuals(model, in2021, opacity, std::nullopt, std::nullopt);
    const auto v2023 = computeVisuals(model, in2023, opacity, std::nullopt, std::nullopt);
    const auto vNone = computeVisuals(model, TimeFilter{}, opacity, std::nullopt, std::nullopt);
    CHECK(v2021[0].bandKm == 5.0f);
    CHECK(v2023[0].bandKm == 0.0f);  // the later period states no width
    CHECK(vNone[0].bandKm == 0.0f);  // no time filter: no period is matched, no band

    const float line = layerLineStyle(MapLayer::Corridor, theme).widthPx;
    CHECK(bandPixels(5000.0, 5000.0 / (2.0 * line), line) == 0.0f);  // 2 line widths: the line alone
    CHECK(bandPixels(5000.0, 100.0, line) == Approx(50.0f));          // 50 px: drawn
    CHECK(bandPixels(0.0, 100.0, line) == 0.0f);

    const std::string label = "Corridor width, 5 km (to scale)";
    CHECK(hasEntry(mapLegendEntries(model, &v2021, theme, 100.0), label));
    CHECK_FALSE(hasEntry(mapLegendEntries(model, &v2021, theme, 2000.0), label));  // 2.5 px: not drawn, not listed
    CHECK_FALSE(hasEntry(mapLegendEntries(model, &v2023, theme, 100.0), label));
}

TEST_CASE("a colour chosen for a layer replaces the theme's and the status colour, and the status legend entry") {
    MapModel model;
    Period blockade{2022, 2023, "blockaded", "certain", "", std::nullopt};
    model.features = {feature("corridor", MapLayer::Corridor, {blockade}), feature("line", MapLayer::Frontline)};
    const Theme& theme = defaultTheme();
    TimeFilter in2023;
    in2023.year = 2023;
    std::vector<std::optional<Color>> colours(static_cast<std::size_t>(MapLayer::Count));

    const auto plain = computeVisuals(model, in2023, {}, std::nullopt, std::nullopt, theme, colours);
    REQUIRE(statusStyle(MapLayer::Corridor, "blockaded"));
    CHECK(plain[0].color == statusStyle(MapLayer::Corridor, "blockaded")->color);
    CHECK(plain[0].dashed);
    CHECK(hasEntry(mapLegendEntries(model, &plain, theme), "Blockaded"));

    colours[static_cast<std::size_t>(MapLayer::Corridor)] = Color::rgb(0x1F6FB5);
    const auto recoloured = computeVisuals(model, in2023, {}, std::nullopt, std::nullopt, theme, colours);
    CHECK(recoloured[0].color == Color::rgb(0x1F6FB5));
    CHECK(recoloured[0].dashed);                     // the status still dashes the line
    CHECK(recoloured[1].color == plain[1].color);    // another layer keeps its colour
    const auto legend = mapLegendEntries(model, &recoloured, theme, 0.0, 1.0f, colours);
    CHECK_FALSE(hasEntry(legend, "Blockaded"));
    const auto corridor = std::find_if(legend.begin(), legend.end(), [](const LegendEntry& e) { return e.label == "Corridor, road"; });
    REQUIRE(corridor != legend.end());
    CHECK(corridor->color == Color::rgb(0x1F6FB5));
}
