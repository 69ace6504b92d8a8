// The workspace's own places and the review's marks over the map: accepted places as place dots, provisional
// ("suggested") ones in the unreviewed style (a hollow dashed ring, italic label), and for the candidate the
// Places-to-review panel shows, its numbered GeoNames suggestions and the places its passages name.
#pragma once

#include <vector>

#include "core/camera.hpp"
#include "core/frame/legend.hpp"
#include "core/frame/overlay.hpp"
#include "core/projector.hpp"
#include "core/state/places_state.hpp"

namespace atlas::core {

/// The colours of the marks (also the legend's).
inline constexpr Color kAcceptedPlaceColour = Color::rgb(0x2F3A45);
inline constexpr Color kUnreviewedColour = Color::rgb(0x8A4FB0);
inline constexpr Color kSuggestionColour = Color::rgb(0xC0392B);
inline constexpr Color kContextColour = Color::rgb(0x1F78B4);
/// A numbered suggestion's disc and digit, in logical map pixels at scale 1 (they grow with the interface size,
/// which scales the map's logical pixel, and with `scale`).
inline constexpr float kSuggestionDiscPx = 24.0f;
inline constexpr float kSuggestionDigitPx = 15.0f;

/// Draws into `out` (logical pixels of `viewport`): every user feature with a point or a line, labels on when
/// `labels`, and, with `showCandidate`, the current candidate's suggestions ("1".."9") and context places.
/// Marks outside the viewport are left out. `scale` enlarges symbols and text (presentation, HiDPI).
void layoutReviewOverlay(const PlacesReviewState& review, bool showCandidate, bool labels, const Projector& projector,
                         const Camera& camera, Viewport viewport, float scale, Overlay& out);

/// Legend entries for the user features the map shows: "Your places" accepted, and unreviewed (suggested).
std::vector<LegendEntry> reviewLegend(const UserGazetteer& user);

}  // namespace atlas::core
