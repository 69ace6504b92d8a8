// The reducer's deck area: the open deck's edits (each a pure function of core/present/deck.hpp), opening and
// saving through the app, and the slide selected in the Deck panel.
#include "core/state/reducer_detail.hpp"

#include <algorithm>

namespace atlas::core::detail {
namespace {

std::string slideSource(const DeckOrigin& origin, std::size_t slide) {
    return (origin.path.empty() ? std::string("deck") : origin.path.string()) + " slide " + std::to_string(slide + 1);
}

void saveDeck(AppState& s, const std::string& path, bool overwrite, Commands& out) {
    if (!s.deck.deck) return;
    const std::filesystem::path target = path.empty() ? s.deck.origin.path : std::filesystem::path(path);
    if (target.empty()) {  // never saved: ask where
        out.emplace_back(command::AskDeckPath{});
        return;
    }
    // Save over the deck's own file is what Save means; any other existing file needs the user's confirmation.
    const bool own = !s.deck.origin.path.empty() && target == s.deck.origin.path;
    out.emplace_back(command::WriteDeckFile{*s.deck.deck, s.deck.origin, target.string(), overwrite || own});
}

}  // namespace

void reduce(AppState& s, const action::EditDeck& e, const ReduceContext& ctx, Commands& out) {
    using E = DeckEdit;
    switch (e.edit) {
        case E::New:
            s.deck = DeckState{Deck{"Untitled deck", {}, {}}, {}, false, std::nullopt, 0, s.deck.revision + 1};
            s.deck.saved = s.deck.deck;
            s.panels.deck = true;
            return;
        case E::Open: out.emplace_back(command::ReadDeckFile{e.path}); return;
        case E::Save: saveDeck(s, e.path, e.overwrite, out); return;
        default: break;
    }
    if (!s.deck.deck) return;
    Deck& d = *s.deck.deck;
    bool changed = false;
    switch (e.edit) {
        case E::AddCurrentView: {
            const auto view = currentView(s, ctx);
            if (!view) return;
            const std::size_t at = std::min(e.slide, d.slides.size());
            s.deck.selected = addSlide(d, *view, "Slide " + std::to_string(d.slides.size() + 1), at);
            changed = true;
            break;
        }
        case E::UpdateFromCurrentView:
            if (const auto view = currentView(s, ctx)) changed = updateSlideView(d, e.slide, *view);
            break;
        case E::Move:
            changed = moveSlide(d, e.slide, e.to);
            if (changed) s.deck.selected = e.to;
            break;
        case E::Duplicate:
            changed = duplicateSlide(d, e.slide);
            if (changed) s.deck.selected = e.slide + 1;
            break;
        case E::Delete:
            changed = deleteSlide(d, e.slide);
            if (changed) s.deck.selected = d.slides.empty() ? 0 : std::min(e.slide, d.slides.size() - 1);
            break;
        case E::Show:
            if (e.slide >= d.slides.size()) return;
            s.deck.selected = e.slide;
            if (s.presentation) reduce(s, action::Present{PresentCommand::GoTo, e.slide}, ctx, out);
            else showView(s, d.slides[e.slide].view, slideSource(s.deck.origin, e.slide), ctx, out,
                          action::EditDeck{e});
            return;
        case E::SetText:
            // The panel's edit buffers already hold these texts: the revision stays (reloading would fight typing).
            s.deck.dirty |= setSlideText(d, e.slide, e.title, e.caption, e.notes);
            return;
        case E::SetInfo:
            d.title = e.title;
            d.author = e.caption;
            s.deck.dirty = true;
            return;
        default: return;
    }
    if (changed) {
        s.deck.dirty = true;
        ++s.deck.revision;  // the slide under the panel's buffers may be another one now
    }
}

void reduce(AppState& s, const action::DeckOpened& a, const ReduceContext& ctx, Commands& out) {
    const std::string file = a.origin.path.string();
    s.deck = DeckState{a.deck, a.origin, false, a.deck, 0, s.deck.revision + 1};
    s.panels.deck = true;
    const auto& slides = s.deck.deck->slides;
    if (slides.empty()) {
        report(out, Severity::Warning, file, "the deck has no slides");
        return;
    }
    if (!a.slide) return;
    std::size_t n = *a.slide;
    if (n >= slides.size()) {
        report(out, Severity::Warning, file,
               "no slide " + std::to_string(n + 1) + " (the deck has " + std::to_string(slides.size()) +
                   " slides); showing slide 1");
        n = 0;
    }
    s.deck.selected = n;
    showView(s, slides[n].view, file + " slide " + std::to_string(n + 1), ctx, out,
             action::EditDeck{DeckEdit::Show, n, 0, {}, {}, {}, {}});
}

void reduce(AppState& s, const action::DeckSaved& a, const ReduceContext&, Commands&) {
    if (!s.deck.deck) return;
    s.deck.origin = a.origin;
    s.deck.saved = s.deck.deck;
    s.deck.dirty = false;
}

void reduce(AppState& s, const action::SelectDeckSlide& a, const ReduceContext&, Commands&) {
    if (s.deck.deck && a.slide < s.deck.deck->slides.size()) s.deck.selected = a.slide;
}

void reduce(AppState& s, const action::ExportHandout& a, const ReduceContext&, Commands& out) {
    if (!s.deck.deck || s.deck.deck->slides.empty()) return;  // the menu item is off without a deck
    out.emplace_back(command::ExportHandout{*s.deck.deck, a.path, a.overwrite});
}

}  // namespace atlas::core::detail
