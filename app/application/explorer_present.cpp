// Seminar mode and deck editing in the explorer: Present and EditDeck actions resolved against the open deck, the
// session (theme, projection) and the state; the presentation's frame. The decisions live in core/presenter and
// core/deck; this file applies them.
#include "application/explorer_ui.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "application/session_actions.hpp"
#include "application/view_files.hpp"
#include "ui/presenter_panels.hpp"

namespace atlas::app {
namespace {

/// Names a slide in the issues list: "decks/talk.json slide 3".
std::string slideSource(const core::DeckOrigin& origin, std::size_t slide) {
    return (origin.path.empty() ? std::string("deck") : origin.path.string()) + " slide " + std::to_string(slide + 1);
}

}  // namespace

bool ExplorerUi::present(std::size_t slide, core::PresentTheme theme, core::AppState& state, bool animate) {
    core::Deck shown = deck && !deck->slides.empty() ? *deck : core::singleViewDeck(currentView(state));
    auto p = core::startPresentation(std::move(shown), slide, theme);
    if (!p) return false;
    m_presentTheme = theme;
    p->savedSymbolScale = state.frame.symbolScale;
    p->restoreWindow = !m_ui.isFullscreen;
    m_present = std::move(p);
    state.frame.symbolScale = core::projectorSymbolScale(state.viewport.height);
    state.playing = false;
    state.hovered.reset();
    m_session.setTheme(core::themeFor(theme));
    m_ui.fullscreenWanted = true;
    showSlide(m_present->current, animate, state);
    return true;
}

void ExplorerUi::showSlide(std::size_t i, bool animate, core::AppState& state) {
    if (!m_present || i >= m_present->deck.slides.size()) return;
    const core::Camera before = state.camera;
    const core::ProjectionId projection = state.projection;
    const core::TimeFilter shown = state.time;
    showView(m_present->deck.slides[i].view, slideSource(deckOrigin, i), state);
    // Fly from where the camera was; a slide in another projection cannot be flown to (the scene was rebuilt).
    const bool fly = animate && state.projection == projection;
    if (fly) {
        const core::Camera target = state.camera;
        state.camera = before;
        core::apply(state, core::action::FlyTo{target, core::kSlideFlightSeconds}, m_session.scene().homeBounds);
    } else {
        state.flight.reset();
    }
    core::beginSlide(*m_present, shown, state.time, fly);
    state.time = core::advance(*m_present, 0.0);
    if (deck && i < deck->slides.size()) m_ui.deckSlide = i;
}

unsigned int ExplorerUi::nextSlidePreview(const core::AppState& state, int width, float& aspect) {
    aspect = 0.0f;
    if (!m_present || width <= 0 || state.viewport.width <= 0 || state.viewport.height <= 0) return 0;
    const std::size_t next = m_present->current + 1;
    if (next >= m_present->deck.slides.size()) return 0;
    const core::ViewState& view = m_present->deck.slides[next].view;
    if (view.camera.projection != m_session.projector().id()) return 0;
    aspect = static_cast<float>(state.viewport.width / state.viewport.height);
    const PreviewKey key{next, m_present->theme, width, state.viewport.width, state.viewport.height};
    if (m_previewKey == key) return m_previewTarget.texture();
    core::AppState preview = state;
    // Problems with the slide's view are reported when the slide itself is shown.
    (void)core::applyViewState(view, m_session.projector(), lookupFor(m_session, m_data), preview);
    preview.flight.reset();
    preview.hovered.reset();
    preview.frame.reservedBottomPx = 0.0;
    const float scale = static_cast<float>(width / state.viewport.width);
    m_previewTarget.resize(width, static_cast<int>(std::lround(state.viewport.height * scale)), 0);
    m_session.drawFrame(preview, scale, m_previewTarget);
    m_previewKey = key;
    return m_previewTarget.texture();
}

void ExplorerUi::leavePresentation(core::AppState& state) {
    if (!m_present) return;
    state.frame.symbolScale = m_present->savedSymbolScale;
    state.frame.reservedBottomPx = 0.0;
    state.time = m_present->slideTime;  // a count still running ends on the slide's time
    if (m_present->restoreWindow) m_ui.fullscreenWanted = false;
    m_present.reset();
    m_session.setTheme(core::defaultTheme());
    m_ui.captionBandHeight = 0.0f;
}

void ExplorerUi::applyPresent(const core::action::Present& a, core::AppState& state) {
    using C = core::PresentCommand;
    if (!m_present) {
        if (a.command == C::Theme)  // View > Dark presentation theme, chosen before presenting
            m_presentTheme =
                m_presentTheme == core::PresentTheme::Light ? core::PresentTheme::Dark : core::PresentTheme::Light;
        else if (a.command == C::Start || a.command == C::StartHere)
            present(a.command == C::StartHere ? a.slide : 0, m_presentTheme, state);
        return;
    }
    const core::PresentResult r =
        a.command == C::GoTo ? core::goToSlide(*m_present, a.slide) : core::handle(*m_present, a.command);
    if (r.themeChanged) {
        m_presentTheme = m_present->theme;
        m_session.setTheme(core::themeFor(m_presentTheme));
    }
    if (r.showSlide) showSlide(*r.showSlide, true, state);
    if (r.leave) leavePresentation(state);
}

void ExplorerUi::openDeck(const std::string& path, core::AppState& state) {
    auto load = core::loadDeckFile(path);
    const std::string prefix = path + ": ";
    for (const auto& m : load.messages)  // the issue names the file already
        addIssue(load.deck ? core::Severity::Warning : core::Severity::Error, path,
                 m.starts_with(prefix) ? m.substr(prefix.size()) : m);
    if (!load.deck) {
        if (load.messages.empty()) addIssue(core::Severity::Error, path, "not a deck; nothing was loaded");
        return;
    }
    deck = std::move(load.deck);
    deckOrigin = {path, load.partial, false};
    m_deckDirty = false;
    m_ui.deckSlide = 0;
    m_ui.deckTextSlide.reset();
    m_ui.showDeck = true;
    if (!deck->slides.empty()) showView(deck->slides.front().view, path + " slide 1", state);
    else addIssue(core::Severity::Warning, path, "the deck has no slides");
}

void ExplorerUi::saveDeck(const std::string& path) {
    if (!deck) return;
    const std::filesystem::path target = path.empty() ? deckOrigin.path : std::filesystem::path(path);
    if (target.empty()) {  // never saved: ask where
        m_ui.deckFileDialog = ui::UiState::DeckFileDialog::SaveAs;
        m_ui.deckFileDialogRequested = true;
        return;
    }
    const core::DeckSave saved = core::saveDeckFile(*deck, target, &deckOrigin);
    if (saved.error) {
        const std::string prefix = target.string() + ": ";  // the issue names the file already
        const std::string& error = *saved.error;
        addIssue(core::Severity::Error, target.string(),
                 (error.starts_with(prefix) ? error.substr(prefix.size()) : error) + "; the deck was not saved");
        return;
    }
    if (saved.originalKeptAsBackup)
        addIssue(core::Severity::Warning, target.string(),
                 target.filename().string() + " was opened partially; the original is kept as " +
                     saved.backup.filename().string());
    if (target != deckOrigin.path) deckOrigin = {target, false, false};  // "Save as": the deck now lives there
    m_deckDirty = false;
}

void ExplorerUi::applyDeckEdit(const core::action::EditDeck& e, core::AppState& state) {
    using E = core::DeckEdit;
    switch (e.edit) {
        case E::New:
            deck = core::Deck{"Untitled deck", {}, {}};
            deckOrigin = {};
            m_deckDirty = false;
            m_ui.deckSlide = 0;
            m_ui.deckTextSlide.reset();
            m_ui.showDeck = true;
            return;
        case E::Open: openDeck(e.path, state); return;
        case E::Save: saveDeck(e.path); return;
        default: break;
    }
    if (!deck) return;
    core::Deck& d = *deck;
    bool changed = false;
    switch (e.edit) {
        case E::AddCurrentView: {
            const std::size_t at = std::min(e.slide, d.slides.size());
            m_ui.deckSlide = core::addSlide(d, currentView(state), "Slide " + std::to_string(d.slides.size() + 1), at);
            changed = true;
            break;
        }
        case E::UpdateFromCurrentView: changed = core::updateSlideView(d, e.slide, currentView(state)); break;
        case E::Move:
            changed = core::moveSlide(d, e.slide, e.to);
            if (changed) m_ui.deckSlide = e.to;
            break;
        case E::Duplicate:
            changed = core::duplicateSlide(d, e.slide);
            if (changed) m_ui.deckSlide = e.slide + 1;
            break;
        case E::Delete:
            changed = core::deleteSlide(d, e.slide);
            if (changed) m_ui.deckSlide = d.slides.empty() ? 0 : std::min(e.slide, d.slides.size() - 1);
            break;
        case E::Show:
            if (e.slide >= d.slides.size()) return;
            m_ui.deckSlide = e.slide;
            if (m_present) applyPresent({core::PresentCommand::GoTo, e.slide}, state);
            else showView(d.slides[e.slide].view, slideSource(deckOrigin, e.slide), state);
            return;
        case E::SetText:
            // The edit buffers already hold these texts: they are not reloaded (that would fight the typing).
            m_deckDirty |= core::setSlideText(d, e.slide, e.title, e.caption, e.notes);
            return;
        case E::SetInfo:
            d.title = e.title;
            d.author = e.caption;
            m_deckDirty = true;
            return;
        default: return;
    }
    if (changed) {
        m_deckDirty = true;
        m_ui.deckTextSlide.reset();  // the slide under the buffers may be another one now
    }
}

void ExplorerUi::presentationFrame(core::AppState& state, double dt, float pixelScale,
                                   std::vector<core::Action> external) {
    const core::SlideCaption caption = core::slideCaption(*m_present, m_data);
    const core::Presentation& p = *m_present;
    ui::drawPresentationMap(m_mapTarget.texture(), m_ui);
    ui::drawCaptionBand(caption, p.theme, m_ui);
    if (p.spotlight && !p.blank) ui::drawSpotlight();
    if (p.notes && !p.blank) ui::drawSpeakerNotes(caption);
    if (p.blank) ui::drawBlankScreen();
    ImGui::Render();

    std::vector<core::Action> actions = std::move(external);
    actions.emplace_back(core::action::SetViewport{{m_ui.mapSize.x, m_ui.mapSize.y}});
    actions.emplace_back(core::action::Tick{dt});
    for (const auto& a : actions) applyAction(a, state);  // a key may end the presentation
    // A slide may name user layers: their files go on loading while presenting.
    auto loaded = m_userLayerJobs.poll(state, m_session);
    for (const auto& a : loaded.actions) applyAction(a, state);
    for (auto& issue : loaded.issues) m_issues.push_back(std::move(issue));
    if (m_present) {
        state.time = core::advance(*m_present, dt);
        state.frame.reservedBottomPx = m_ui.captionBandHeight;
        state.frame.symbolScale = core::projectorSymbolScale(state.viewport.height);
    }
    m_ui.presenting = m_present.has_value();
    m_ui.presentDark = m_presentTheme == core::PresentTheme::Dark;
    m_mapTarget.resize(static_cast<int>(std::lround(state.viewport.width * pixelScale)),
                       static_cast<int>(std::lround(state.viewport.height * pixelScale)), m_mapSamples);
    m_lastFrame = m_session.drawFrame(state, pixelScale, m_mapTarget);
}

}  // namespace atlas::app
