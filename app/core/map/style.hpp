// The cartographic style: palette, line styles and label classes for every map layer.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace atlas::core {

struct Color {
    float r = 0, g = 0, b = 0, a = 1;
    static constexpr Color rgb(std::uint32_t hex, float alpha = 1.0f) {
        return {static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha};
    }
    friend bool operator==(const Color&, const Color&) = default;
};

/// Dash pattern in pixels: on, off, on, off. All zero = solid.
using DashPattern = std::array<float, 4>;

struct LineStyle {
    float widthPx = 1.0f;
    Color color;
    float casingWidthPx = 0.0f;  // drawn underneath, wider, when > width
    Color casing;
    DashPattern dash{0, 0, 0, 0};          // always applied when non-zero
    DashPattern dashedPattern{7, 5, 0, 0}; // applied to features drawn dashed (schematic, proposed, blockaded)
};

/// Layers in draw order (bottom to top).
enum class MapLayer : std::uint8_t { Land, Country, Region, Lake, River, Coastline, Border, Frontline, Pipeline, Railway, Corridor, Place, Label, Count };

enum class LabelClass : std::uint8_t { FocusCountry, Country, Sea, Lake, Region, Capital, City, Town };

struct LabelStyle {
    float sizePx = 12.0f;
    Color color;
    Color halo;
    float haloPx = 1.5f;
    bool uppercase = false;
    float letterSpacingEm = 0.0f;
    bool italic = false;
    bool bold = false;
    double priority = 0.0;
};

struct Theme {
    Color sea = Color::rgb(0xC6D9E3);
    Color land = Color::rgb(0xEFEBE2);
    Color neighbour = Color::rgb(0xE6E1D6);
    Color focusA = Color::rgb(0xF3DFC8);  // Armenia
    Color focusB = Color::rgb(0xDDE7CF);  // Azerbaijan (Nakhchivan included)
    Color focusC = Color::rgb(0xE9DCE8);  // Georgia
    Color coast = Color::rgb(0x8FB0C2);
    Color lake = Color::rgb(0xB9D2DF);
    Color river = Color::rgb(0x8DB3C8);
    Color graticule = Color::rgb(0x5B7A8C, 0.16f);
    LineStyle stateBorder{1.3f, Color::rgb(0x6E6258), 3.6f, Color::rgb(0xFFFFFF, 0.55f), {0, 0, 0, 0}};
    LineStyle coastline{0.8f, Color::rgb(0x7FA3B8), 0.0f, {}, {0, 0, 0, 0}};
    LineStyle riverLine{1.2f, Color::rgb(0x86AEC5), 0.0f, {}, {0, 0, 0, 0}};
    Color labelText = Color::rgb(0x3A342E);
    Color labelHalo = Color::rgb(0xFBFAF7, 0.9f);
    Color waterLabel = Color::rgb(0x4A7590);
    Color placeFill = Color::rgb(0x2F2A26);
    Color placeRing = Color::rgb(0xFFFFFF);
    // Label colours of the classes that do not use labelText (see labelStyle).
    Color focusCountryLabel = Color::rgb(0x4A4038);
    Color countryLabel = Color::rgb(0x7A7066);
    Color seaLabelHalo = Color::rgb(0xC6D9E3, 0.6f);
    Color regionLabel = Color::rgb(0x8A5A44);
    Color townLabel = Color::rgb(0x4E4740);
    // The map overlay (legend panel, off-map arrows, stamp, footer): panel fill, ink, rules and haloes.
    Color panelFill = Color::rgb(0xFFFFFF, 0.9f);
    Color panelInk = Color::rgb(0x3A342E);
    Color panelMuted = Color::rgb(0x7A6E64);
    Color panelRule = Color::rgb(0x8C8278, 0.55f);
    Color arrowInk = Color::rgb(0x6A5646);
    Color arrowLabel = Color::rgb(0x5A4636);
    Color overlayHalo = Color::rgb(0xFBFAF7, 0.92f);
};

/// The window's and `render`'s palette.
const Theme& defaultTheme();
/// Palettes for a projector (presentation): stronger contrast and heavier lines for a bright room (light), and
/// light ink on a dark map for a dim one (dark). Fills are baked into the scene, so switching needs a rebuild.
const Theme& projectorLightTheme();
const Theme& projectorDarkTheme();
LabelStyle labelStyle(LabelClass c, const Theme& theme);

/// A place symbol's radius in pixels (before the symbol scale): 1 (the most important) draws largest. The scene
/// builds the symbols with it and label placement keeps labels clear of them.
constexpr float placeSymbolRadiusPx(int importance) {
    return 1.6f + 0.9f * static_cast<float>(std::clamp(6 - importance, 1, 5));
}

/// Colour of a country fill by its ISO 3166-1 numeric code (Natural Earth `id`).
Color countryFill(std::string_view isoN3, const Theme& theme);
bool isFocusCountry(std::string_view isoN3);

}  // namespace atlas::core
