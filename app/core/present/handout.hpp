// A deck's PDF handout without any drawing library: what each page says and where each part of it goes (A4
// landscape, in PDF points, origin top-left). application/handout_pdf draws it with cairo and pango.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/present/deck.hpp"

namespace atlas::core {

struct AtlasData;

/// A4 landscape: printed handouts in a seminar are A4, and landscape holds a 16:9 map beside a column of text.
inline constexpr double kHandoutPageWidth = 841.89;   // 297 mm in points
inline constexpr double kHandoutPageHeight = 595.28;  // 210 mm
inline constexpr double kHandoutMargin = 36.0;        // half an inch
inline constexpr double kHandoutGutter = 18.0;        // between the map and the text column
inline constexpr double kHandoutHeaderHeight = 34.0;  // counter and title
inline constexpr double kHandoutFooterHeight = 16.0;  // deck title, author, page number
/// The map takes this share of the width inside the margins; the text column the rest.
inline constexpr double kHandoutMapShare = 0.64;
/// The speaker notes under the map keep at least this height (a tall map is made narrower instead).
inline constexpr double kHandoutMinNotesHeight = 120.0;
/// The map is drawn at this many device pixels per interface pixel, so that its labels and lines are twice as
/// large on paper as they would be in a screenshot of the same width (readable at about 6 pt).
inline constexpr float kHandoutMapPixelScale = 2.0f;

struct HandoutBox {
    double x = 0.0, y = 0.0, w = 0.0, h = 0.0;
    [[nodiscard]] double right() const { return x + w; }
    [[nodiscard]] double bottom() const { return y + h; }
};

/// Where each part of a slide's page goes.
struct HandoutLayout {
    HandoutBox page;
    HandoutBox header;  // "Slide 3 of 13 · 1994–2020" and the title
    HandoutBox map;     // the map image, with the map's aspect
    HandoutBox side;    // right of the map: caption, quote, citation
    HandoutBox notes;   // under the map: the speaker notes
    HandoutBox footer;  // the deck's title and author, the page number
};
/// The layout for a map of `mapAspect` (width / height; anything not positive counts as 16:9): the map in the
/// top-left at kHandoutMapShare of the width, narrower when its height would leave the notes less than
/// kHandoutMinNotesHeight; the side column as tall as the content area; the notes under the map.
HandoutLayout handoutLayout(double mapAspect);

/// Font sizes in points at full size; a block of text that does not fit its box is set again at the next step of
/// kHandoutShrinkSteps, and what still does not fit at the last step continues on a page of its own.
struct HandoutFonts {
    double counter = 9.0;
    double title = 17.0;
    double caption = 11.5;
    double quote = 11.0;
    double citation = 8.5;
    double notesHeading = 9.0;
    double notes = 10.5;
    double footer = 7.5;
};
inline constexpr double kHandoutShrinkSteps[] = {1.0, 0.9, 0.8, 0.72};

/// What one page says: the slide's texts as the caption band and the presenter's notes show them.
struct HandoutPageText {
    std::string counter;   // "Slide 3 of 13", with " · 1994–2020" when the slide has a time
    std::string title;     // "Slide 3" when the slide has none
    std::string caption;
    std::string quote;     // the cleaned sentence in “…” (empty without a passage or corpus)
    std::string citation;  // its citation (document, page where known, paragraph)
    std::string notes;     // the speaker notes; empty when there are none
};
/// One entry per slide, in order. `data` may be null (no corpus): no quotes then.
std::vector<HandoutPageText> handoutTexts(const Deck& deck, const AtlasData* data);

/// The footer of the PDF's page `page` (1-based; a slide's continuation page counts too): "Deck title · Author ·
/// page 3" (parts that are empty left out).
std::string handoutFooter(const Deck& deck, std::size_t page);

}  // namespace atlas::core
