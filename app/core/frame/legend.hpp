// The legend model: sections of entries (symbol kind, colour, width, dash) derived from the theme; the lead draws it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/map/user_layer.hpp"

#include "core/map/style.hpp"

namespace atlas::core {

enum class LegendSymbol { Fill, Line, DashedLine, Point, Capital };

struct LegendEntry {
    std::string section;  // "Base map", "Places", "Thematic layers"
    std::string label;
    LegendSymbol symbol = LegendSymbol::Fill;
    Color color;
    float widthPx = 0.0f;         // line width, or point diameter
    DashPattern dash{0, 0, 0, 0};
    Color casing;                 // line casing or capital ring
    float casingWidthPx = 0.0f;
    std::optional<MapLayer> layer;  // the map layer the entry stands for, when there is one
};

/// Styles that live with the scene (thematic layers); a function may return nullopt for a layer it does not style.
struct LayerStyleSource {
    std::function<std::optional<LineStyle>(MapLayer)> line;
    std::function<std::optional<Color>(MapLayer)> fill;
};

/// Base map (sea, land, focus countries, neighbours, lake, river, coastline, state border) and places (capital,
/// city, town) from the theme and labelStyle; thematic lines (corridor, road, railway, pipeline, front line, region)
/// from `scene` when given. Entries are in drawing order within each section.
std::vector<LegendEntry> buildLegend(const Theme& theme, const LayerStyleSource& scene = {});

LegendSymbol symbolForLine(const LineStyle& style);

/// One entry per user layer shown (visible, not transparent, loaded), in draw order, under "Your layers": its file
/// name, its colour, and a symbol for what it holds (points, lines, or areas; mixed layers as areas).
std::vector<LegendEntry> userLayerLegend(const std::vector<UserLayerEntry>& layers);
/// Distinct section names in order of first appearance.
std::vector<std::string> legendSections(const std::vector<LegendEntry>& entries);

}  // namespace atlas::core
