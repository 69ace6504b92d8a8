// The review's numbered suggestion markers: a disc big enough for its digit, the digit large and centred on it, both
// growing with the scale (the map's logical pixel already grows with the interface size).
#include <catch2/catch.hpp>

#include <memory>

#include "../state/scaled_projector.hpp"
#include "core/frame/review_overlay.hpp"

using namespace atlas::core;

TEST_CASE("review overlay: suggestion digits are legible and centred on their discs, scaled", "[frame][places]") {
    const float scale = GENERATE(1.0f, 1.6f, 2.0f);
    CAPTURE(scale);
    GeoNamesPlace p;
    p.id = "616052";
    p.name = "Vayk";
    p.lon = 45.0;
    p.lat = 40.0;
    auto index = std::make_shared<GeoNamesIndex>(std::vector<GeoNamesPlace>{p});
    PlaceCandidate c;
    c.gap.text = "Vayk";
    c.gap.count = 1;
    c.suggestions = suggestPlaces("Vayk", *index, {});
    REQUIRE_FALSE(c.suggestions.ranked.empty());
    PlacesReviewState review;
    review.root = "/ws";
    review.geonames = index;
    review.candidates = std::make_shared<std::vector<PlaceCandidate>>(std::vector<PlaceCandidate>{c});
    const testing::ScaledProjector projector(ProjectionId::LambertCaucasus);
    const Viewport vp{800, 600};
    const Camera camera(*projector.forward({45.0, 40.0}), 1000.0);  // the place in the middle of the screen
    Overlay out;
    layoutReviewOverlay(review, true, false, projector, camera, vp, scale, out);
    REQUIRE(out.texts.size() == 1);
    const OverlayText& digit = out.texts.front();
    CHECK(digit.text == "1");
    CHECK(digit.style.sizePx >= 15.0f * scale);  // 12 px was too small at 1080p
    CHECK(digit.style.bold);
    CHECK_FALSE(digit.style.halo == digit.style.color);  // a white halo on a white digit blurred it away
    // The digit's box (about 0.6 em wide, 1.2 em high) sits on the disc's centre, inside the disc.
    const double w = 0.6 * digit.style.sizePx, h = 1.2 * digit.style.sizePx;
    CHECK(digit.topLeft.x + w / 2 == Approx(400.0).margin(2.0 * scale));
    CHECK(digit.topLeft.y + h / 2 == Approx(300.0).margin(2.0 * scale));
    double disc = 0.0;
    for (const auto& s : out.strokes) disc = std::max(disc, static_cast<double>(s.widthPx));
    CHECK(disc >= kSuggestionDiscPx * scale);
    CHECK(h <= disc);
}
