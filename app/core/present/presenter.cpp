// Presentation state changes, the counting year between slides, and the caption text with its quoted sentence.
#include "core/present/presenter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/present/citation.hpp"
#include "core/present/quote_text.hpp"
#include "core/explore/explorer.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

const Theme& themeFor(PresentTheme theme) {
    return theme == PresentTheme::Dark ? projectorDarkTheme() : projectorLightTheme();
}

float projectorSymbolScale(double viewportHeight) {
    return kProjectorSymbolScale * static_cast<float>(std::clamp(viewportHeight / 1080.0, 0.75, 2.0));
}

CaptionTextSizes captionTextSizes(double viewportHeight) {
    const double h = std::max(viewportHeight, 1.0);
    // Shares of the height, so a 768-line projector shows the same proportions as a 1080-line one.
    return {static_cast<float>(h * 0.042), static_cast<float>(h * 0.029),
            static_cast<float>(h * 0.026)};
}

int YearTransition::at(double t) const {
    t = std::clamp(t, 0.0, 1.0);
    const double s = t * t * (3.0 - 2.0 * t);  // the flight's smoothstep, so the count and the camera arrive together
    return static_cast<int>(std::lround(from + (to - from) * s));
}

std::optional<int> anchorYear(const TimeFilter& time, std::optional<int> toward) {
    if (time.year) return time.year;
    if (!time.range) return std::nullopt;
    const auto [a, b] = *time.range;
    if (!toward) return a;
    return std::abs(*toward - a) <= std::abs(*toward - b) ? a : b;
}

std::optional<YearTransition> yearTransition(const TimeFilter& from, const TimeFilter& to, double seconds) {
    // Each side is anchored toward the other: from 1991–1994 on to 2016 the count runs 1994 -> 2016.
    const auto rough = anchorYear(to);
    const auto start = anchorYear(from, rough);
    const auto end = anchorYear(to, start);
    if (!start || !end || *start == *end) return std::nullopt;
    return YearTransition{*start, *end, seconds, 0.0};
}

Deck singleViewDeck(const ViewState& view, std::string title) {
    Deck deck;
    addSlide(deck, view, std::move(title));
    return deck;
}

std::optional<Presentation> startPresentation(Deck deck, std::size_t slide, PresentTheme theme) {
    if (deck.slides.empty()) return std::nullopt;
    Presentation p;
    p.current = std::min(slide, deck.slides.size() - 1);
    p.deck = std::move(deck);
    p.theme = theme;
    return p;
}

namespace {

PresentResult moveTo(Presentation& p, std::size_t i) {
    PresentResult r;
    p.blank = false;
    if (i >= p.deck.slides.size() || i == p.current) return r;
    p.current = i;
    r.showSlide = i;
    return r;
}

}  // namespace

PresentResult goToSlide(Presentation& p, std::size_t i) { return moveTo(p, i); }

PresentResult handle(Presentation& p, PresentCommand command) {
    const std::size_t n = p.deck.slides.size();
    PresentResult r;
    switch (command) {
        case PresentCommand::Next: return moveTo(p, p.current + 1 < n ? p.current + 1 : p.current);
        case PresentCommand::Previous: return moveTo(p, p.current > 0 ? p.current - 1 : 0);
        case PresentCommand::First: return moveTo(p, 0);
        case PresentCommand::Last: return moveTo(p, n > 0 ? n - 1 : 0);
        case PresentCommand::Blank: p.blank = !p.blank; break;
        case PresentCommand::Spotlight: p.spotlight = !p.spotlight; break;
        case PresentCommand::Notes: p.notes = !p.notes; break;
        case PresentCommand::PresenterWindow: p.presenterWindow = !p.presenterWindow; break;
        case PresentCommand::Theme:
            p.theme = p.theme == PresentTheme::Light ? PresentTheme::Dark : PresentTheme::Light;
            r.themeChanged = true;
            break;
        case PresentCommand::Leave: r.leave = true; break;
        case PresentCommand::Start:
        case PresentCommand::StartHere:
        case PresentCommand::GoTo: break;  // starting is the window's business; GoTo carries its slide (goToSlide)
    }
    return r;
}

void beginSlide(Presentation& p, const TimeFilter& shownTime, const TimeFilter& slideTime, bool animate) {
    p.slideTime = slideTime;
    p.year = animate ? yearTransition(shownTime, slideTime) : std::nullopt;
}

TimeFilter advance(Presentation& p, double dt) {
    if (!p.year) return p.slideTime;
    p.year->elapsed += dt;
    if (p.year->done()) {
        p.year.reset();
        return p.slideTime;
    }
    TimeFilter t;
    t.year = p.year->current();
    t.display = p.slideTime.display;
    return t;
}

std::string slideCounter(const Presentation& p) {
    if (p.deck.slides.empty()) return {};
    return std::to_string(p.current + 1) + " / " + std::to_string(p.deck.slides.size());
}

std::string yearText(const Presentation& p) {
    if (p.year) return std::to_string(p.year->current());
    if (p.slideTime.date) return p.slideTime.date->toString();
    if (p.slideTime.year) return std::to_string(*p.slideTime.year);
    if (p.slideTime.range) {
        const auto [a, b] = *p.slideTime.range;
        return a == b ? std::to_string(a) : std::to_string(a) + "\xE2\x80\x93" + std::to_string(b);
    }
    return {};
}

std::string shortenAtWord(const std::string& text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    std::size_t cut = utf8CharStart(text, maxBytes);  // not inside a UTF-8 sequence
    const std::size_t space = text.rfind(' ', cut);
    if (space != std::string::npos && space > maxBytes / 2) cut = space;
    std::string out = text.substr(0, cut);
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';' || out.back() == ':'))
        out.pop_back();
    return out + "\xE2\x80\xA6";
}

std::string typographicQuotes(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '"') {
            out += text[i];
            continue;
        }
        const char before = i == 0 ? ' ' : text[i - 1];
        const bool opening = before == ' ' || before == '(' || before == '[';
        out += opening ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
    }
    return out;
}

std::optional<CaptionQuote> slideQuote(const Slide& slide, const AtlasData* data) {
    const auto& id = slide.view.highlightedPassage ? slide.view.highlightedPassage : slide.view.openPassage;
    if (!id || !data || !data->links) return std::nullopt;
    const auto pi = data->links->passageIndex(*id);
    if (!pi || *pi >= data->corpus.passages.size()) return std::nullopt;
    const Passage& passage = data->corpus.passages[*pi];
    if (passage.documentIndex >= data->corpus.documents.size()) return std::nullopt;
    const Document& doc = data->corpus.documents[passage.documentIndex];
    std::string sentence;
    if (slide.view.selection) {
        // The sentence that names the slide's feature: it is why the passage was chosen for this map.
        for (std::size_t mi : data->links->mentionsOf(*slide.view.selection)) {
            const Mention& m = data->corpus.mentions[mi];
            if (m.passageId != passage.id) continue;
            sentence = quoteSentence(doc, passage, {m.begin(), m.end()});
            if (!sentence.empty()) break;
        }
    }
    if (sentence.empty() && !passage.cleanText.empty()) {
        const auto [b, e] = sentenceAround(passage.cleanText, 0);
        sentence = passage.cleanText.substr(b, e - b);
    }
    sentence = cleanQuote(sentence);  // no footnote markers, no outer quote marks for the band to double
    if (sentence.empty()) return std::nullopt;
    return CaptionQuote{shortenAtWord(sentence, kMaxQuoteBytes), typographicQuotes(citePassage(data->corpus, *pi))};
}

std::string timeText(const TimeSelection& t) {
    if (t.kind == TimeSelection::Kind::None) return {};
    if (t.kind == TimeSelection::Kind::Year && t.date) return t.date->toString();
    if (t.kind == TimeSelection::Kind::Year || t.from == t.to) return std::to_string(t.from);
    return std::to_string(t.from) + "\xE2\x80\x93" + std::to_string(t.to);
}

std::string clockText(double seconds) {
    const long total = seconds > 0.0 ? static_cast<long>(seconds) : 0L;
    const long h = total / 3600, m = (total / 60) % 60, sec = total % 60;
    char buf[32];
    if (h > 0) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", h, m, sec);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", m, sec);
    return buf;
}

PresenterNotes presenterNotes(const Presentation& p, double elapsedSeconds) {
    PresenterNotes n;
    n.counter = slideCounter(p);
    n.year = yearText(p);
    n.clock = clockText(elapsedSeconds);
    const auto& slides = p.deck.slides;
    if (p.current < slides.size()) {
        const Slide& s = slides[p.current];
        n.title = s.title.empty() ? "Slide " + std::to_string(p.current + 1) : s.title;
        n.hasNotes = !s.notes.empty();
        n.notes = n.hasNotes ? s.notes : "(no notes for this slide)";
    }
    if (p.current + 1 < slides.size()) {
        const Slide& next = slides[p.current + 1];
        n.next = p.current + 1;
        n.nextTitle = next.title.empty() ? "Slide " + std::to_string(p.current + 2) : next.title;
        n.nextYear = timeText(next.view.time);
    } else {
        n.nextTitle = "End of the deck";
    }
    return n;
}

SlideCaption slideCaption(const Presentation& p, const AtlasData* data) {
    SlideCaption c;
    c.year = yearText(p);
    c.counter = slideCounter(p);
    if (p.current >= p.deck.slides.size()) return c;
    const Slide& s = p.deck.slides[p.current];
    c.title = s.title;
    c.caption = s.caption;
    c.notes = s.notes;
    c.quote = slideQuote(s, data);
    return c;
}

}  // namespace atlas::core
