// The PDF handout's page layout and texts (core/present/handout.hpp), without cairo.
#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "core/present/handout.hpp"

using namespace atlas::core;

namespace {

bool inside(const HandoutBox& inner, const HandoutBox& outer) {
    constexpr double e = 1e-9;
    return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.right() <= outer.right() + e &&
           inner.bottom() <= outer.bottom() + e && inner.w > 0.0 && inner.h > 0.0;
}

bool overlap(const HandoutBox& a, const HandoutBox& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

}  // namespace

TEST_CASE("handout layout: boxes on the page, apart, the map at its aspect, room for the notes", "[handout]") {
    const double aspect = GENERATE(16.0 / 9.0, 4.0 / 3.0, 1.0, 0.75, 3.0);
    CAPTURE(aspect);
    const HandoutLayout l = handoutLayout(aspect);
    CHECK(l.page.w == Approx(kHandoutPageWidth));
    CHECK(l.page.h == Approx(kHandoutPageHeight));
    CHECK(l.page.w > l.page.h);  // landscape
    for (const HandoutBox* b : {&l.header, &l.map, &l.side, &l.notes, &l.footer}) {
        CHECK(inside(*b, l.page));
        CHECK(b->x >= kHandoutMargin - 1e-9);
        CHECK(b->right() <= kHandoutPageWidth - kHandoutMargin + 1e-9);
    }
    CHECK(l.map.w / l.map.h == Approx(aspect));
    CHECK(l.notes.h >= kHandoutMinNotesHeight - 1e-9);
    CHECK(l.map.w <= l.notes.w + 1e-9);  // the notes run under the whole map column
    CHECK_FALSE(overlap(l.header, l.map));
    CHECK_FALSE(overlap(l.map, l.side));
    CHECK_FALSE(overlap(l.map, l.notes));
    CHECK_FALSE(overlap(l.notes, l.side));
    CHECK_FALSE(overlap(l.side, l.footer));
    CHECK_FALSE(overlap(l.notes, l.footer));
    CHECK(l.side.w >= 200.0);  // a column a caption can be read in
}

TEST_CASE("handout layout: a 16:9 map spans the map column; a tall one is narrowed, not stretched", "[handout]") {
    const HandoutLayout wide = handoutLayout(16.0 / 9.0);
    CHECK(wide.map.w == Approx((kHandoutPageWidth - 2.0 * kHandoutMargin) * kHandoutMapShare));
    const HandoutLayout tall = handoutLayout(0.75);
    CHECK(tall.map.w < wide.map.w);
    CHECK(tall.notes.h == Approx(kHandoutMinNotesHeight));
    // Nonsense aspects fall back to 16:9.
    for (const double bad : {0.0, -2.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        CAPTURE(bad);
        const HandoutLayout l = handoutLayout(bad);
        CHECK(l.map.w == Approx(wide.map.w));
        CHECK(l.map.h == Approx(wide.map.h));
    }
}

TEST_CASE("handout texts: counter with the slide's time, titles, notes; no quote without a corpus", "[handout]") {
    Deck d;
    d.title = "Karabakh";
    d.author = "A. Historian";
    addSlide(d, ViewState{}, "The oblast");
    addSlide(d, ViewState{}, "");
    d.slides[0].view.time = TimeSelection::year(1923);
    d.slides[0].caption = "Created in 1923.";
    d.slides[0].notes = "Say why.";
    d.slides[0].view.openPassage = std::string("some-passage");
    d.slides[1].view.time = TimeSelection::range(1991, 1994);
    const auto pages = handoutTexts(d, nullptr);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].counter == "Slide 1 of 2 \xC2\xB7 1923");
    CHECK(pages[0].title == "The oblast");
    CHECK(pages[0].caption == "Created in 1923.");
    CHECK(pages[0].notes == "Say why.");
    CHECK(pages[0].quote.empty());  // no corpus loaded: nothing to quote, and no empty marks either
    CHECK(pages[0].citation.empty());
    CHECK(pages[1].counter == "Slide 2 of 2 \xC2\xB7 1991\xE2\x80\x93" "1994");
    CHECK(pages[1].title == "Slide 2");
    CHECK(handoutTexts(Deck{}, nullptr).empty());
}

TEST_CASE("handout footer: deck title, author and page, empty parts left out", "[handout]") {
    Deck d;
    CHECK(handoutFooter(d, 2) == "page 2");
    d.title = "Karabakh";
    CHECK(handoutFooter(d, 1) == "Karabakh \xC2\xB7 page 1");
    d.author = "A. Historian";
    CHECK(handoutFooter(d, 14) == "Karabakh \xC2\xB7 A. Historian \xC2\xB7 page 14");
}
