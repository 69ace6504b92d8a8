// Palette and label classes. Muted fills, a warm grey border hierarchy, blue water, dark text on light haloes.
#include "core/map/style.hpp"

namespace atlas::core {

const Theme& defaultTheme() {
    static const Theme theme;
    return theme;
}

const Theme& projectorLightTheme() {
    // Projectors wash out pale tints: deeper fills, darker ink, heavier borders and coastlines.
    static const Theme theme = [] {
        Theme t;
        t.sea = Color::rgb(0x9FC4DB);
        t.land = Color::rgb(0xF6F3EC);
        t.neighbour = Color::rgb(0xE2DDD1);
        t.focusA = Color::rgb(0xF4CB9C);
        t.focusB = Color::rgb(0xC6DDA6);
        t.focusC = Color::rgb(0xE2C3E0);
        t.coast = Color::rgb(0x4F7F9C);
        t.lake = Color::rgb(0x9FC4DB);
        t.river = Color::rgb(0x3F80AA);
        t.graticule = Color::rgb(0x37566A, 0.22f);
        t.stateBorder = LineStyle{1.8f, Color::rgb(0x3A322B), 4.4f, Color::rgb(0xFFFFFF, 0.7f), {0, 0, 0, 0}};
        t.coastline = LineStyle{1.1f, Color::rgb(0x4F7F9C), 0.0f, {}, {0, 0, 0, 0}};
        t.riverLine = LineStyle{1.5f, Color::rgb(0x3F80AA), 0.0f, {}, {0, 0, 0, 0}};
        t.labelText = Color::rgb(0x16120F);
        t.labelHalo = Color::rgb(0xFFFFFF, 0.95f);
        t.waterLabel = Color::rgb(0x174E72);
        t.placeFill = Color::rgb(0x16120F);
        t.placeRing = Color::rgb(0xFFFFFF);
        t.focusCountryLabel = Color::rgb(0x231B14);
        t.countryLabel = Color::rgb(0x4A4239);
        t.seaLabelHalo = Color::rgb(0xBFD8E8, 0.7f);
        t.regionLabel = Color::rgb(0x6A3219);
        t.townLabel = Color::rgb(0x241F1A);
        return t;
    }();
    return theme;
}

const Theme& projectorDarkTheme() {
    // A near-black sea and dark land so that a dimmed room is not lit by the screen; light ink with dark haloes.
    static const Theme theme = [] {
        Theme t;
        t.sea = Color::rgb(0x0F1B26);
        t.land = Color::rgb(0x2B2E33);
        t.neighbour = Color::rgb(0x2B2E33);
        t.focusA = Color::rgb(0x5A4330);
        t.focusB = Color::rgb(0x38503A);
        t.focusC = Color::rgb(0x4C3A55);
        t.coast = Color::rgb(0x6F9CBA);
        t.lake = Color::rgb(0x1C3447);
        t.river = Color::rgb(0x5C95BC);
        t.graticule = Color::rgb(0xA9C2D3, 0.16f);
        t.stateBorder = LineStyle{1.6f, Color::rgb(0xE4DCCF), 4.0f, Color::rgb(0x000000, 0.45f), {0, 0, 0, 0}};
        t.coastline = LineStyle{1.0f, Color::rgb(0x6F9CBA), 0.0f, {}, {0, 0, 0, 0}};
        t.riverLine = LineStyle{1.4f, Color::rgb(0x5C95BC), 0.0f, {}, {0, 0, 0, 0}};
        t.labelText = Color::rgb(0xF4F0EA);
        t.labelHalo = Color::rgb(0x101317, 0.9f);
        t.waterLabel = Color::rgb(0x9CCBE8);
        t.placeFill = Color::rgb(0xF4F0EA);
        t.placeRing = Color::rgb(0x101317);
        t.focusCountryLabel = Color::rgb(0xFFF7EA);
        t.countryLabel = Color::rgb(0xC4BBAF);
        t.seaLabelHalo = Color::rgb(0x0F1B26, 0.75f);
        t.regionLabel = Color::rgb(0xE8A583);
        t.townLabel = Color::rgb(0xE8E2DA);
        t.panelFill = Color::rgb(0x15191E, 0.9f);
        t.panelInk = Color::rgb(0xF4F0EA);
        t.panelMuted = Color::rgb(0xB5ACA0);
        t.panelRule = Color::rgb(0x8C8278, 0.6f);
        t.arrowInk = Color::rgb(0xD8CCBE);
        t.arrowLabel = Color::rgb(0xE8DED2);
        t.overlayHalo = Color::rgb(0x101317, 0.9f);
        return t;
    }();
    return theme;
}

LabelStyle labelStyle(LabelClass c, const Theme& t) {
    LabelStyle s;
    s.color = t.labelText;
    s.halo = t.labelHalo;
    switch (c) {
        case LabelClass::FocusCountry:
            s.sizePx = 17; s.uppercase = true; s.letterSpacingEm = 0.18f; s.bold = true; s.priority = 100;
            s.color = t.focusCountryLabel;
            break;
        case LabelClass::Country:
            s.sizePx = 14; s.uppercase = true; s.letterSpacingEm = 0.16f; s.priority = 80;
            s.color = t.countryLabel;
            break;
        case LabelClass::Sea:
            s.sizePx = 15; s.italic = true; s.letterSpacingEm = 0.12f; s.priority = 90;
            s.color = t.waterLabel; s.halo = t.seaLabelHalo;
            break;
        case LabelClass::Lake:
            s.sizePx = 12; s.italic = true; s.priority = 40; s.color = t.waterLabel;
            break;
        case LabelClass::Region:
            s.sizePx = 12; s.italic = true; s.uppercase = true; s.letterSpacingEm = 0.1f; s.priority = 50;
            s.color = t.regionLabel;
            break;
        case LabelClass::Capital: s.sizePx = 14; s.bold = true; s.priority = 70; break;
        case LabelClass::City: s.sizePx = 12.5f; s.priority = 60; break;
        case LabelClass::Town: s.sizePx = 11.5f; s.priority = 30; s.color = t.townLabel; break;
    }
    return s;
}

bool isFocusCountry(std::string_view isoN3) { return isoN3 == "051" || isoN3 == "031" || isoN3 == "268"; }

Color countryFill(std::string_view isoN3, const Theme& t) {
    if (isoN3 == "051") return t.focusA;
    if (isoN3 == "031") return t.focusB;
    if (isoN3 == "268") return t.focusC;
    return t.neighbour;
}

}  // namespace atlas::core
