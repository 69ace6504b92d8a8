// Palette and label classes. Muted fills, a warm grey border hierarchy, blue water, dark text on light haloes.
#include "core/style.hpp"

namespace atlas::core {

const Theme& defaultTheme() {
    static const Theme theme;
    return theme;
}

LabelStyle labelStyle(LabelClass c, const Theme& t) {
    LabelStyle s;
    s.color = t.labelText;
    s.halo = t.labelHalo;
    switch (c) {
        case LabelClass::FocusCountry:
            s.sizePx = 17; s.uppercase = true; s.letterSpacingEm = 0.18f; s.bold = true; s.priority = 100;
            s.color = Color::rgb(0x4A4038);
            break;
        case LabelClass::Country:
            s.sizePx = 14; s.uppercase = true; s.letterSpacingEm = 0.16f; s.priority = 80;
            s.color = Color::rgb(0x7A7066);
            break;
        case LabelClass::Sea:
            s.sizePx = 15; s.italic = true; s.letterSpacingEm = 0.12f; s.priority = 90;
            s.color = t.waterLabel; s.halo = Color::rgb(0xC6D9E3, 0.6f);
            break;
        case LabelClass::Lake:
            s.sizePx = 12; s.italic = true; s.priority = 40; s.color = t.waterLabel;
            break;
        case LabelClass::Region:
            s.sizePx = 12; s.italic = true; s.uppercase = true; s.letterSpacingEm = 0.1f; s.priority = 50;
            s.color = Color::rgb(0x8A5A44);
            break;
        case LabelClass::Capital: s.sizePx = 14; s.bold = true; s.priority = 70; break;
        case LabelClass::City: s.sizePx = 12.5f; s.priority = 60; break;
        case LabelClass::Town: s.sizePx = 11.5f; s.priority = 30; s.color = Color::rgb(0x4E4740); break;
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
