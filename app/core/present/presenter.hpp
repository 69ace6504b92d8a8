// Seminar presentation: stepping through a deck's slides, blanking, the spotlight, the projector theme, the year
// that counts from one slide's time to the next while the camera flies, and the caption the audience reads.
// Plain C++: the window applies what these functions return (core::apply, core/state/apply_present.cpp), ui/presenter_panels draws it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/present/deck.hpp"
#include "core/present/present_types.hpp"
#include "core/map/style.hpp"
#include "core/time_filter.hpp"

namespace atlas::core {

struct AtlasData;

/// Map symbols, lines and labels are drawn this much larger in presentation on a 1080-line screen
/// (FrameOptions::symbolScale): a town label of 11.5 px becomes about 18 px, readable from the back of a room.
inline constexpr float kProjectorSymbolScale = 1.6f;
/// The symbol scale for a screen `viewportHeight` pixels high: a projector throws any resolution onto the same
/// wall, so fewer lines get proportionally less (never below 0.75 of it, never above twice).
float projectorSymbolScale(double viewportHeight);
/// The smallest text the caption band shows, as a share of the screen's height: 2.5 % is 27 px at 1080 lines and
/// 19 px at 768, readable from the back of a seminar room.
inline constexpr double kMinCaptionTextShare = 0.025;
/// Pixel sizes of the caption band's text on a screen `viewportHeight` pixels high: the title, the caption and the
/// quote, and the citation under the quote (the smallest, never below kMinCaptionTextShare of the height).
struct CaptionTextSizes {
    float title = 0.0f;
    float body = 0.0f;
    float citation = 0.0f;
};
CaptionTextSizes captionTextSizes(double viewportHeight);
/// The camera flight between two slides, and the year's count along with it.
inline constexpr double kSlideFlightSeconds = 1.4;

const Theme& themeFor(PresentTheme theme);

/// The year counting from the previous slide's time to the next one's, eased like the camera flight
/// (Flight::at), so that the number and the map arrive together.
struct YearTransition {
    int from = 0;
    int to = 0;
    double seconds = kSlideFlightSeconds;
    double elapsed = 0.0;

    [[nodiscard]] bool done() const { return elapsed >= seconds; }
    /// The whole year shown at normalised time t in [0, 1].
    [[nodiscard]] int at(double t) const;
    [[nodiscard]] int current() const { return at(seconds > 0.0 ? elapsed / seconds : 1.0); }
};

/// The year a time filter is anchored at when counting toward `toward`: the year itself, or the end of a range
/// nearer to `toward` (from 1923 into 1991–1994 the count stops at 1991). nullopt for "all years".
std::optional<int> anchorYear(const TimeFilter& time, std::optional<int> toward = std::nullopt);
/// The transition from the time shown to a slide's; nullopt when either has no year or they meet already.
std::optional<YearTransition> yearTransition(const TimeFilter& from, const TimeFilter& to,
                                             double seconds = kSlideFlightSeconds);

struct Presentation {
    Deck deck;
    std::size_t current = 0;
    bool blank = false;       // the screen is black (B)
    bool spotlight = false;   // dimmed screen with a bright circle at the mouse (S)
    bool notes = false;       // the speaker-notes box (N): off until the presenter asks
    bool presenterWindow = false;  // the presenter's own window (W): notes, the next slide, the clock
    PresentTheme theme = PresentTheme::Light;
    TimeFilter slideTime;     // the current slide's time, shown once the count has arrived
    std::optional<YearTransition> year;
    // What the window had before, given back on leaving.
    float savedSymbolScale = 1.0f;
    bool restoreWindow = false;  // the window was not fullscreen before
};

/// A one-slide deck of the view shown now (presenting with no deck open).
Deck singleViewDeck(const ViewState& view, std::string title = {});

/// Starts on `slide` (clamped to the deck); an empty deck cannot be presented (nullopt).
std::optional<Presentation> startPresentation(Deck deck, std::size_t slide, PresentTheme theme);

/// What a command asks of the window.
struct PresentResult {
    std::optional<std::size_t> showSlide;  // fly to this slide (the presentation's `current` already says so)
    bool themeChanged = false;             // rebuild the scene with themeFor(theme)
    bool leave = false;                    // end the presentation
};

/// Applies a command. Stepping past either end stays put; any step (even one that stays) un-blanks the screen,
/// as B again does.
PresentResult handle(Presentation& p, PresentCommand command);
/// Jumps to slide i (clicked in the deck panel while presenting); out of range changes nothing.
PresentResult goToSlide(Presentation& p, std::size_t i);

/// Records that slide `current` is now shown with time `slideTime`, counting from `shownTime` (the time on
/// screen before, mid-count included).
void beginSlide(Presentation& p, const TimeFilter& shownTime, const TimeFilter& slideTime, bool animate);
/// Advances the count by dt seconds; returns the time filter the map shows now (a single year mid-count, with the
/// slide's display mode, then the slide's own time).
TimeFilter advance(Presentation& p, double dt);

/// "3 / 13".
std::string slideCounter(const Presentation& p);
/// The year or years shown in the caption: the counting year mid-transition, else the slide's "1923",
/// "1991–1994", or "" for all years.
std::string yearText(const Presentation& p);
/// A view's time as a slide shows it: "1923", "2023-01-15", "1991–1994", or "" for all years.
std::string timeText(const TimeSelection& t);

/// A sentence quoted from the corpus with its citation.
struct CaptionQuote {
    std::string text;      // the sentence cleaned (cleanQuote), at most kMaxQuoteBytes (cut at a word, with an ellipsis)
    std::string citation;  // `Author, "Title", Outlet, Date, ¶12.`
};
inline constexpr std::size_t kMaxQuoteBytes = 320;

/// The quote of a slide: from its highlighted passage (else its open passage), the sentence that mentions the
/// slide's selection (else the passage's first sentence). nullopt without a passage, before the corpus is
/// loaded, or when the id is not in the corpus.
std::optional<CaptionQuote> slideQuote(const Slide& slide, const AtlasData* data);

/// Everything the caption band shows for the current slide.
struct SlideCaption {
    std::string title;
    std::string caption;
    std::optional<CaptionQuote> quote;
    std::string year;     // yearText
    std::string counter;  // slideCounter
    std::string notes;    // for the presenter's box only
};
SlideCaption slideCaption(const Presentation& p, const AtlasData* data);

/// What the presenter's own window shows (a second window, for the laptop screen while the projector shows the
/// slide): the current slide's counter, year, title and notes, the next slide's title and year, and the time
/// since the presentation started.
struct PresenterNotes {
    std::string counter;  // "3 / 13"
    std::string year;     // yearText
    std::string title;
    std::string notes;    // the slide's speaker notes, or a line saying it has none
    bool hasNotes = false;
    std::optional<std::size_t> next;  // the next slide's index; nullopt on the last slide
    std::string nextTitle;            // "Slide 4" when the next slide has no title; "End of the deck" after the last
    std::string nextYear;             // the next slide's "1923", "1991–1994", or "" (all years)
    std::string clock;                // clockText(elapsed)
};
PresenterNotes presenterNotes(const Presentation& p, double elapsedSeconds);
/// Elapsed time as "4:07" (minutes and seconds) or, from an hour on, "1:04:07"; negative counts as 0.
std::string clockText(double seconds);

/// Cuts text to at most `maxBytes` at a word boundary (never inside a UTF-8 sequence) and adds "…".
std::string shortenAtWord(const std::string& text, std::size_t maxBytes);
/// Straight double quotes as typographic ones: an opening “ at the start or after a space or bracket, else ”.
/// (The caption's citation: on a projector they read better, and a line is never broken between a closing
/// straight quote and its comma.)
std::string typographicQuotes(const std::string& text);

}  // namespace atlas::core
