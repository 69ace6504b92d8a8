// Review marks over the map: the workspace's own places (accepted / unreviewed) and the current candidate's
// numbered suggestions with the places its passages name.
#include "core/frame/review_overlay.hpp"

#include <cmath>
#include <numbers>
#include <string>

namespace atlas::core {
namespace {

std::optional<Vec2> toScreen(Vec2 lonLat, const Projector& projector, const Camera& camera, Viewport vp) {
    const auto world = projector.forward(lonLat);
    if (!world) return std::nullopt;
    const Vec2 s = camera.worldToScreen(*world, vp);
    const double margin = 40.0;
    if (s.x < -margin || s.y < -margin || s.x > vp.width + margin || s.y > vp.height + margin) return std::nullopt;
    return s;
}

std::vector<Vec2> ring(Vec2 c, double radius) {
    std::vector<Vec2> pts;
    constexpr int kSteps = 28;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = 2.0 * std::numbers::pi * i / kSteps;
        pts.push_back({c.x + radius * std::cos(t), c.y + radius * std::sin(t)});
    }
    return pts;
}

LabelStyle labelStyle(const Color& colour, float size, bool italic, bool bold) {
    LabelStyle s;
    s.sizePx = size;
    s.color = colour;
    s.halo = Color::rgb(0xFFFFFF, 0.9f);
    s.haloPx = 2.0f;
    s.italic = italic;
    s.bold = bold;
    return s;
}

void userFeature(const WorkspaceFeature& u, bool labels, const Projector& projector, const Camera& camera,
                 Viewport vp, float k, Overlay& out) {
    const Color colour = u.suggested ? kUnreviewedColour : kAcceptedPlaceColour;
    const DashPattern dash = u.suggested ? DashPattern{4.0f * k, 3.0f * k, 0, 0} : DashPattern{0, 0, 0, 0};
    for (const auto& line : u.feature.geometry.lines) {
        std::vector<Vec2> pts;
        for (const Vec2& p : line)
            if (const auto w = projector.forward(p)) pts.push_back(camera.worldToScreen(*w, vp));
        if (pts.size() >= 2) out.line(std::move(pts), 2.5f * k, colour, u.suggested ? dash : DashPattern{6.0f * k, 3.0f * k, 0, 0});
    }
    std::optional<Vec2> at;
    if (!u.feature.geometry.points.empty()) at = toScreen(u.feature.geometry.points.front(), projector, camera, vp);
    else if (!u.feature.geometry.lines.empty() && !u.feature.geometry.lines.front().empty())
        at = toScreen(u.feature.geometry.lines.front().front(), projector, camera, vp);
    if (!at) return;
    if (!u.feature.geometry.points.empty()) {
        if (u.suggested) {
            out.line(ring(*at, 5.0 * k), 1.8f * k, colour, dash);  // hollow and dashed: not confirmed yet
        } else {
            out.line({*at}, 9.0f * k, Color::rgb(0xFFFFFF));  // a place dot with a white casing
            out.line({*at}, 6.5f * k, colour);
        }
    }
    if (labels && !u.feature.names.empty())
        out.text(u.feature.names.front().text, {at->x + 7.0 * k, at->y - 8.0 * k},
                 labelStyle(colour, 12.5f * k, u.suggested, false));
}

}  // namespace

void layoutReviewOverlay(const PlacesReviewState& review, bool showCandidate, bool labels, const Projector& projector,
                         const Camera& camera, Viewport vp, float scale, Overlay& out) {
    const float k = scale > 0.0f ? scale : 1.0f;
    for (const auto& u : review.user.features) userFeature(u, labels, projector, camera, vp, k, out);
    if (!showCandidate || !review.geonames) return;
    const PlaceCandidate* c = currentCandidate(review);
    if (!c) return;
    for (const Vec2& p : c->context)  // the places the passages name: what the distances are measured to
        if (const auto s = toScreen(p, projector, camera, vp)) out.line(ring(*s, 9.0 * k), 2.5f * k, kContextColour);
    const auto& ranked = c->suggestions.ranked;
    for (std::size_t i = ranked.size(); i-- > 0;) {  // the first drawn last: on top
        if (i >= 9) continue;
        const GeoNamesPlace& p = review.geonames->places[ranked[i].place];
        const auto s = toScreen({p.lon, p.lat}, projector, camera, vp);
        if (!s) continue;
        // A 24 px disc with a 15 px bold digit: legible at 1080p (the 16 px disc's 12 px digit was not, its white
        // halo ate the white digit). The halo is the disc's own colour, so it only sharpens the digit's edge.
        out.line({*s}, kSuggestionDiscPx * k + 4.0f * k, Color::rgb(0xFFFFFF));
        out.line({*s}, kSuggestionDiscPx * k, kSuggestionColour);
        LabelStyle digit = labelStyle(Color::rgb(0xFFFFFF), kSuggestionDigitPx * k, false, true);
        digit.halo = kSuggestionColour;
        digit.haloPx = 1.0f;
        out.text(std::to_string(i + 1), {s->x - 0.3 * kSuggestionDigitPx * k, s->y - 0.62 * kSuggestionDigitPx * k},
                 digit);
        if (labels)
            out.text(p.name, {s->x + 0.5 * kSuggestionDiscPx * k + 4.0 * k, s->y - 8.5 * k},
                     labelStyle(kSuggestionColour, 13.0f * k, false, false));
    }
}

std::vector<LegendEntry> reviewLegend(const UserGazetteer& user) {
    bool accepted = false, suggested = false;
    for (const auto& u : user.features) (u.suggested ? suggested : accepted) = true;
    std::vector<LegendEntry> out;
    if (accepted) {
        LegendEntry e;
        e.section = "Your places";
        e.label = "accepted or placed";
        e.symbol = LegendSymbol::Point;
        e.color = kAcceptedPlaceColour;
        e.widthPx = 7.0f;
        e.casing = Color::rgb(0xFFFFFF);
        e.casingWidthPx = 1.5f;
        out.push_back(e);
    }
    if (suggested) {
        LegendEntry e;
        e.section = "Your places";
        e.label = "unreviewed (suggested)";
        e.symbol = LegendSymbol::DashedLine;
        e.color = kUnreviewedColour;
        e.widthPx = 1.8f;
        e.dash = {4, 3, 0, 0};
        out.push_back(e);
    }
    return out;
}

}  // namespace atlas::core
