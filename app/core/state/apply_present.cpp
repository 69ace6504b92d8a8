// The reducer's seminar area: starting, stepping and leaving a presentation of the open deck (or of the current
// view), the projector theme and the year that counts between slides. The decisions are core/present/presenter's.
#include "core/state/reducer_detail.hpp"

#include "core/present/presenter.hpp"

namespace atlas::core::detail {
namespace {

/// Names a slide in the issues list: "decks/talk.json slide 3".
std::string slideSource(const DeckOrigin& origin, std::size_t slide) {
    return (origin.path.empty() ? std::string("deck") : origin.path.string()) + " slide " + std::to_string(slide + 1);
}

void showSlide(AppState& s, std::size_t i, bool animate, const ReduceContext& ctx, Commands& out) {
    if (!s.presentation || i >= s.presentation->deck.slides.size()) return;
    const Camera before = s.camera;
    const TimeFilter shown = s.time;
    const ViewState view = s.presentation->deck.slides[i].view;
    // A slide in another projection is shown after the app switched it, without a flight (the scene is rebuilt).
    if (!showView(s, view, slideSource(s.deck.origin, i), ctx, out, action::ShowSlide{i, false})) return;
    if (const auto legend = s.presentation->deck.slides[i].legend) s.panels.legend = *legend;
    if (animate) {
        const Camera target = s.camera;
        s.camera = before;
        s.flight = Flight{before, target, kSlideFlightSeconds, 0.0};
    } else {
        s.flight.reset();
    }
    beginSlide(*s.presentation, shown, s.time, animate);
    s.time = advance(*s.presentation, 0.0);
    if (s.deck.deck && i < s.deck.deck->slides.size()) s.deck.selected = i;
}

void leavePresentation(AppState& s, Commands& out) {
    if (!s.presentation) return;
    s.frame.symbolScale = s.presentation->savedSymbolScale;
    s.frame.reservedBottomPx = 0.0;
    s.time = s.presentation->slideTime;  // a count still running ends on the slide's time
    if (s.presentation->restoreWindow) out.emplace_back(command::SetFullscreen{false});
    s.presentation.reset();
    out.emplace_back(command::SetMapTheme{false, s.presentTheme});
}

void startPresenting(AppState& s, std::size_t slide, bool animate, const ReduceContext& ctx, Commands& out) {
    std::optional<Deck> shown;
    if (s.deck.deck && !s.deck.deck->slides.empty()) shown = *s.deck.deck;
    else if (auto view = currentView(s, ctx)) shown = singleViewDeck(*view);
    if (!shown) return;
    auto p = startPresentation(std::move(*shown), slide, s.presentTheme);
    if (!p) return;
    p->savedSymbolScale = s.frame.symbolScale;
    p->restoreWindow = !s.fullscreen;
    s.presentation = std::move(p);
    s.frame.symbolScale = projectorSymbolScale(s.viewport.height);
    s.playing = false;
    s.hovered.reset();
    out.emplace_back(command::SetMapTheme{true, s.presentTheme});
    out.emplace_back(command::SetFullscreen{true});
    showSlide(s, s.presentation->current, animate, ctx, out);
}

}  // namespace

void tickPresentation(AppState& s, double dt) {
    if (!s.presentation) return;
    s.time = advance(*s.presentation, dt);
    s.frame.symbolScale = projectorSymbolScale(s.viewport.height);
}

void reduce(AppState& s, const action::Present& a, const ReduceContext& ctx, Commands& out) {
    using C = PresentCommand;
    if (!s.presentation) {
        if (a.command == C::Theme)  // View > Dark presentation theme, chosen before presenting
            s.presentTheme = s.presentTheme == PresentTheme::Light ? PresentTheme::Dark : PresentTheme::Light;
        else if (a.command == C::Start || a.command == C::StartHere)
            startPresenting(s, a.command == C::StartHere ? a.slide : 0, a.animate, ctx, out);
        return;
    }
    const PresentResult r = a.command == C::GoTo ? goToSlide(*s.presentation, a.slide) : handle(*s.presentation, a.command);
    if (r.themeChanged) {
        s.presentTheme = s.presentation->theme;
        out.emplace_back(command::SetMapTheme{true, s.presentTheme});
    }
    if (r.showSlide) showSlide(s, *r.showSlide, true, ctx, out);
    if (r.leave) leavePresentation(s, out);
}

void reduce(AppState& s, const action::ShowSlide& a, const ReduceContext& ctx, Commands& out) {
    showSlide(s, a.slide, a.animate, ctx, out);
}

void reduce(AppState& s, const action::SetCaptionBand& a, const ReduceContext&, Commands&) {
    if (s.presentation) s.frame.reservedBottomPx = a.pixels;
}

}  // namespace atlas::core::detail
