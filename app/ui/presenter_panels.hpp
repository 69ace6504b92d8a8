// Presentation's ImGui drawing: the map across the whole window, the caption band, the speaker-notes box, the
// spotlight and the blank screen. Drawing only; what to show comes from core/presenter.hpp.
#pragma once

#include <vector>

#include "core/state/app_state.hpp"
#include "core/present/presenter.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

/// Adds one font of `px` pixels merged from core::fonts::kInterfaceFaces (Noto Sans, Noto Sans Armenian, DejaVu Sans
/// for what they lack); false when the first face cannot be read. `oversampleH`: horizontal oversampling, ImGui's
/// default 3 (sub-pixel positions for small text); 1 for large text.
bool addInterfaceFont(float px, int oversampleH = 3);
/// Adds the caption band's large fonts (title and body, Latin + Cyrillic + Armenian) after the window's font, which
/// was rasterised at `windowFontSize` pixels; call from the style setup with the same scale and density. Index 1
/// is the panels' heading font (1.3 times the window's size): panels push Fonts[1] for a title.
void addPresenterFonts(float windowFontSize, float contentScale, float pixelDensity);

/// The map texture across the whole window: no menu, no panels, no status bar. Sets ui.mapOrigin/mapSize.
void drawPresentationMap(unsigned int mapTexture, UiState& ui);
/// The bottom band: the year (counting between slides), the slide's title, caption, quoted sentence with its
/// citation, and the slide counter. Sets ui.captionBandHeight (0 when nothing is shown).
void drawCaptionBand(const core::SlideCaption& caption, core::PresentTheme theme, UiState& ui);
/// The presenter's notes in the top-left corner (only when toggled with N), above the spotlight.
void drawSpeakerNotes(const core::SlideCaption& caption);
/// The presenter's own window (a second OS window with its own ImGui context, cli/presenter_window): the clock,
/// counter and year on top; the slide's title and speaker notes (wrapped, scrolling) on the left; the next slide's
/// title, year and picture (`nextTexture`, 0 for none, `nextAspect` width over height) on the right; Previous and
/// Next buttons that push Present actions to `out`. Fills the context's whole viewport.
void drawPresenterWindow(const core::PresenterNotes& notes, unsigned int nextTexture, float nextAspect,
                         std::vector<core::Action>& out);
/// Dims the screen except a bright circle around the mouse.
void drawSpotlight();
/// Black over everything, the mouse cursor hidden.
void drawBlankScreen();

}  // namespace atlas::ui
