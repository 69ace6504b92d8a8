// Legend entries from core::Theme, core::labelStyle and the scene's thematic layer styles.
#include "core/frame/legend.hpp"

#include <algorithm>

namespace atlas::core {

namespace {

LegendEntry fill(const std::string& section, const std::string& label, Color c, std::optional<MapLayer> layer) {
    LegendEntry e;
    e.section = section;
    e.label = label;
    e.symbol = LegendSymbol::Fill;
    e.color = c;
    e.layer = layer;
    return e;
}

LegendEntry line(const std::string& section, const std::string& label, const LineStyle& s, std::optional<MapLayer> layer) {
    LegendEntry e;
    e.section = section;
    e.label = label;
    e.symbol = symbolForLine(s);
    e.color = s.color;
    e.widthPx = s.widthPx;
    e.dash = s.dash;
    e.casing = s.casing;
    e.casingWidthPx = s.casingWidthPx;
    e.layer = layer;
    return e;
}

LegendEntry place(const std::string& label, LabelClass cls, const Theme& t) {
    LegendEntry e;
    e.section = "Places";
    e.label = label;
    e.symbol = cls == LabelClass::Capital ? LegendSymbol::Capital : LegendSymbol::Point;
    e.color = t.placeFill;
    e.casing = t.placeRing;
    // The symbol scales with the label class: half the label's size, at least 3 px.
    e.widthPx = std::max(3.0f, labelStyle(cls, t).sizePx * 0.5f);
    e.casingWidthPx = cls == LabelClass::Capital ? 1.5f : 1.0f;
    e.layer = MapLayer::Place;
    return e;
}

}  // namespace

LegendSymbol symbolForLine(const LineStyle& style) {
    const bool dashed = std::any_of(style.dash.begin(), style.dash.end(), [](float v) { return v > 0.0f; });
    return dashed ? LegendSymbol::DashedLine : LegendSymbol::Line;
}

std::vector<LegendEntry> buildLegend(const Theme& t, const LayerStyleSource& scene) {
    const std::string base = "Base map";
    std::vector<LegendEntry> out{
        fill(base, "Sea", t.sea, std::nullopt),
        fill(base, "Land", t.land, MapLayer::Land),
        fill(base, "Armenia", t.focusA, MapLayer::Country),
        fill(base, "Azerbaijan (with Nakhchivan)", t.focusB, MapLayer::Country),
        fill(base, "Georgia", t.focusC, MapLayer::Country),
        fill(base, "Neighbouring countries", t.neighbour, MapLayer::Country),
        fill(base, "Lake", t.lake, MapLayer::Lake),
        line(base, "River", t.riverLine, MapLayer::River),
        line(base, "Coastline", t.coastline, MapLayer::Coastline),
        line(base, "State border", t.stateBorder, MapLayer::Border),
        place("Capital", LabelClass::Capital, t),
        place("City", LabelClass::City, t),
        place("Town", LabelClass::Town, t),
    };
    const std::string thematic = "Thematic layers";
    struct Item {
        const char* label;
        MapLayer layer;
    };
    const Item items[] = {{"Region", MapLayer::Region},       {"Corridor / road", MapLayer::Corridor},
                          {"Railway", MapLayer::Railway},     {"Pipeline", MapLayer::Pipeline},
                          {"Line of contact / front", MapLayer::Frontline}};
    for (const auto& item : items) {
        if (scene.fill)
            if (const auto c = scene.fill(item.layer)) out.push_back(fill(thematic, std::string(item.label) + " (area)", *c, item.layer));
        if (scene.line)
            if (const auto s = scene.line(item.layer)) out.push_back(line(thematic, item.label, *s, item.layer));
    }
    return out;
}

std::vector<std::string> legendSections(const std::vector<LegendEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries)
        if (std::find(out.begin(), out.end(), e.section) == out.end()) out.push_back(e.section);
    return out;
}

std::vector<LegendEntry> userLayerLegend(const std::vector<UserLayerEntry>& layers) {
    std::vector<LegendEntry> out;
    for (const UserLayerEntry& l : layers) {
        if (!l.visible || l.opacity <= 0.0f || l.status != UserLayerStatus::Ready || l.featureCount == 0) continue;
        LegendEntry e;
        e.section = "Your layers";
        e.label = l.displayName();
        e.color = Color{l.colour.r, l.colour.g, l.colour.b, l.opacity};
        switch (l.kind) {
            case UserGeometryKind::Points:
                e.symbol = LegendSymbol::Point;
                e.widthPx = 8.0f;  // the map draws user points 4 px in radius
                e.casing = Color::rgb(0xFFFFFF);
                e.casingWidthPx = 1.0f;
                break;
            case UserGeometryKind::Lines:
                e.symbol = LegendSymbol::Line;
                e.widthPx = 2.0f;
                break;
            default: e.symbol = LegendSymbol::Fill; break;
        }
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace atlas::core
