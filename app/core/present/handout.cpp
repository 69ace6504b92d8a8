// The handout's page layout and texts (core/present/handout.hpp).
#include "core/present/handout.hpp"

#include <algorithm>
#include <cmath>

#include "core/present/presenter.hpp"

namespace atlas::core {

HandoutLayout handoutLayout(double mapAspect) {
    if (!(mapAspect > 0.0) || !std::isfinite(mapAspect)) mapAspect = 16.0 / 9.0;
    HandoutLayout l;
    l.page = {0.0, 0.0, kHandoutPageWidth, kHandoutPageHeight};
    const double left = kHandoutMargin;
    const double contentWidth = kHandoutPageWidth - 2.0 * kHandoutMargin;
    l.header = {left, kHandoutMargin, contentWidth, kHandoutHeaderHeight};
    l.footer = {left, kHandoutPageHeight - kHandoutMargin + 4.0, contentWidth, kHandoutFooterHeight};
    const double top = l.header.bottom() + 8.0;
    const double bottom = kHandoutPageHeight - kHandoutMargin - 6.0;  // the footer sits in the bottom margin
    const double columnWidth = contentWidth * kHandoutMapShare;
    const double maxMapHeight = bottom - top - kHandoutGutter - kHandoutMinNotesHeight;
    double mapWidth = columnWidth;
    double mapHeight = mapWidth / mapAspect;
    if (mapHeight > maxMapHeight) {  // a tall map: narrower, so that the notes keep their room
        mapHeight = maxMapHeight;
        mapWidth = mapHeight * mapAspect;
    }
    l.map = {left, top, mapWidth, mapHeight};
    const double sideX = left + columnWidth + kHandoutGutter;
    l.side = {sideX, top, left + contentWidth - sideX, bottom - top};
    l.notes = {left, l.map.bottom() + kHandoutGutter, columnWidth, bottom - l.map.bottom() - kHandoutGutter};
    return l;
}

std::vector<HandoutPageText> handoutTexts(const Deck& deck, const AtlasData* data) {
    std::vector<HandoutPageText> pages;
    const std::size_t n = deck.slides.size();
    pages.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Slide& s = deck.slides[i];
        HandoutPageText t;
        t.counter = "Slide " + std::to_string(i + 1) + " of " + std::to_string(n);
        if (const std::string time = timeText(s.view.time); !time.empty()) t.counter += " \xC2\xB7 " + time;
        t.title = s.title.empty() ? "Slide " + std::to_string(i + 1) : s.title;
        t.caption = s.caption;
        if (const auto q = slideQuote(s, data)) {
            t.quote = "\xE2\x80\x9C" + q->text + "\xE2\x80\x9D";  // cleanQuote took the text's own marks off
            t.citation = q->citation;
        }
        t.notes = s.notes;
        pages.push_back(std::move(t));
    }
    return pages;
}

std::string handoutFooter(const Deck& deck, std::size_t page) {
    std::string out;
    const auto add = [&](const std::string& part) {
        if (part.empty()) return;
        if (!out.empty()) out += " \xC2\xB7 ";
        out += part;
    };
    add(deck.title);
    add(deck.author);
    add("page " + std::to_string(page));
    return out;
}

}  // namespace atlas::core
