// The explorer while presenting: the presentation's frame (map across the window, caption band, notes, spotlight,
// blank) and the next slide's preview for the presenter's window. What presenting changes is core::apply's
// (core/state/apply_present.cpp); this file draws it.
#include "application/explorer_ui.hpp"

#include <imgui.h>

#include <cmath>
#include <utility>

#include "application/view_files.hpp"
#include "ui/presenter_panels.hpp"

namespace atlas::app {

unsigned int ExplorerUi::nextSlidePreview(const core::AppState& state, int width, float& aspect) {
    aspect = 0.0f;
    const auto& present = state.presentation;
    if (!present || width <= 0 || state.viewport.width <= 0 || state.viewport.height <= 0) return 0;
    const std::size_t next = present->current + 1;
    if (next >= present->deck.slides.size()) return 0;
    const core::ViewState& view = present->deck.slides[next].view;
    if (view.camera.projection != m_session.projector().id()) return 0;
    aspect = static_cast<float>(state.viewport.width / state.viewport.height);
    const PreviewKey key{next, present->theme, width, state.viewport.width, state.viewport.height};
    if (m_previewKey == key) return m_previewTarget.texture();
    // A copy of the state showing the next slide, drawn offscreen; the window's state is not changed. Problems
    // with the slide's view are reported when the slide itself is shown.
    core::AppState preview = state;
    (void)core::applyViewState(view, m_session.projector(), m_ids, preview);
    preview.flight.reset();
    preview.hovered.reset();
    preview.frame.reservedBottomPx = 0.0;
    const float scale = static_cast<float>(width / state.viewport.width);
    m_previewTarget.resize(width, static_cast<int>(std::lround(state.viewport.height * scale)), 0);
    m_session.drawFrame(preview, scale, m_previewTarget);
    m_previewKey = key;
    return m_previewTarget.texture();
}

void ExplorerUi::presentationFrame(core::AppState& state, double dt, float pixelScale,
                                   std::vector<core::Action> external) {
    const core::Presentation& p = *state.presentation;
    const core::SlideCaption caption = core::slideCaption(p, m_data);
    ui::drawPresentationMap(m_mapTarget.texture(), m_ui);
    ui::drawCaptionBand(caption, p.theme, m_ui);
    if (p.spotlight && !p.blank) ui::drawSpotlight();
    if (p.notes && !p.blank) ui::drawSpeakerNotes(caption);
    if (p.blank) ui::drawBlankScreen();
    ImGui::Render();

    dispatchFrameActions(std::move(external), dt, state);  // a key may end the presentation
    m_mapTarget.resize(static_cast<int>(std::lround(state.viewport.width * pixelScale)),
                       static_cast<int>(std::lround(state.viewport.height * pixelScale)), m_mapSamples);
    m_lastFrame = m_session.drawFrame(state, pixelScale, m_mapTarget);
}

}  // namespace atlas::app
