// Per-frame preparation: level of detail, graticule lines, label candidates and placement, scale bar.
#include "core/frame/render_frame.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/frame/band_frame.hpp"
#include "core/region_frame.hpp"
#include "core/map/labels.hpp"

namespace atlas::core {

double graticuleStep(double metersPerPixel, double minPixels) {
    static constexpr double kSteps[] = {0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0};
    const double minDegrees = metersPerPixel * minPixels / 111320.0;
    for (double s : kSteps)
        if (s >= minDegrees) return s;
    return kSteps[std::size(kSteps) - 1];
}

ScaleBar chooseScaleBar(double groundMpp, double maxPixels) {
    ScaleBar bar;
    if (!(groundMpp > 0.0)) return bar;
    const double maxMeters = groundMpp * maxPixels;
    const double p10 = std::pow(10.0, std::floor(std::log10(maxMeters)));
    double nice = p10;
    for (double m : {5.0, 2.0, 1.0})
        if (m * p10 <= maxMeters) { nice = m * p10; break; }
    bar.meters = nice;
    bar.pixels = nice / groundMpp;
    char buf[32];
    if (nice >= 1000.0) std::snprintf(buf, sizeof buf, "%g km", nice / 1000.0);
    else std::snprintf(buf, sizeof buf, "%g m", nice);
    bar.text = buf;
    return bar;
}

BBox layoutScaleBar(ScaleBar& bar, const Viewport& viewport, double bottomInset, float symbolScale,
                    const Theme& theme) {
    const double s = symbolScale;
    const double y = viewport.height - bottomInset - 16.0;
    bar.start = {16.0, y};
    bar.tickPx = 6.0 * s;
    bar.haloWidthPx = static_cast<float>(4.0 * s);
    bar.inkWidthPx = static_cast<float>(1.5 * s);
    bar.halo = theme.overlayHalo;
    bar.ink = theme.panelInk;
    bar.textTopLeft = {bar.start.x + bar.pixels + 6.0, y - 13.0 * s};
    bar.textStyle = labelStyle(LabelClass::Town, theme);
    bar.textStyle.sizePx = 11.0f * symbolScale;
    return {10.0, y - 12.0 - 13.0 * s, 16.0 + bar.pixels + 70.0 * s, y + 6.0};
}

std::string upperAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

namespace {

bool finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

/// The lon/lat box seen on screen, by sampling the viewport's edges through the inverse projection.
BBox visibleLonLat(const Projector& projector, const Camera& camera, Viewport vp) {
    BBox b;
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        for (Vec2 s : {Vec2{t * vp.width, 0}, Vec2{t * vp.width, vp.height}, Vec2{0, t * vp.height},
                       Vec2{vp.width, t * vp.height}, Vec2{t * vp.width, t * vp.height}})
            if (auto ll = projector.inverse(camera.screenToWorld(s, vp))) b.extend(*ll);
    }
    return b;
}

void addGraticule(RenderFrame& frame, const SceneGeometry& scene, const Projector& projector) {
    const BBox ll = visibleLonLat(projector, frame.camera, frame.viewport);
    if (ll.empty()) return;
    const double step = graticuleStep(frame.camera.metersPerPixel());
    frame.graticuleStepDegrees = step;
    const double lon0 = std::floor(std::max(-180.0, ll.minX) / step) * step;
    const double lon1 = std::ceil(std::min(180.0, ll.maxX) / step) * step;
    const double lat0 = std::floor(std::max(-85.0, ll.minY) / step) * step;
    const double lat1 = std::ceil(std::min(85.0, ll.maxY) / step) * step;
    // Each grid line is sampled every half step, then each piece whose projected middle strays more than a quarter
    // pixel from the straight chord is split in eight (parallels in the conic projection are arcs): few segments
    // where the lines are straight, enough where they curve.
    const double tolerance = 0.25 * frame.camera.metersPerPixel();
    auto emit = [&](const std::vector<Vec2>& lonLat) {
        std::vector<Vec2> pts = lonLat;
        projector.forwardInPlace(pts);
        std::vector<Vec2> mids;
        for (std::size_t i = 1; i < lonLat.size(); ++i) mids.push_back((lonLat[i - 1] + lonLat[i]) * 0.5);
        projector.forwardInPlace(mids);
        std::vector<Vec2> line;
        line.reserve(pts.size() * 2);
        for (std::size_t i = 1; i < pts.size(); ++i) {
            if (i == 1) line.push_back(pts[0]);
            const Vec2 a = pts[i - 1], b = pts[i], m = mids[i - 1];
            const Vec2 ab = b - a;
            const double len = std::sqrt(ab.x * ab.x + ab.y * ab.y);
            const double off = len > 0.0 ? std::abs(ab.x * (m.y - a.y) - ab.y * (m.x - a.x)) / len : 0.0;
            if (finite(m) && off > tolerance) {
                std::vector<Vec2> fine;
                for (int k = 1; k < 8; ++k) fine.push_back(lonLat[i - 1] + (lonLat[i] - lonLat[i - 1]) * (k / 8.0));
                projector.forwardInPlace(fine);
                line.insert(line.end(), fine.begin(), fine.end());
            }
            line.push_back(b);
        }
        appendPolyline(frame.graticule, line, scene.origin, 0);
    };
    const double half = step / 2.0;
    for (double lon = lon0; lon <= lon1 + 1e-9; lon += step) {
        std::vector<Vec2> pts;
        for (double lat = lat0; lat <= lat1 + 1e-9; lat += half) pts.push_back({lon, lat});
        emit(pts);
    }
    for (double lat = lat0; lat <= lat1 + 1e-9; lat += step) {
        std::vector<Vec2> pts;
        for (double lon = lon0; lon <= lon1 + 1e-9; lon += half) pts.push_back({lon, lat});
        emit(pts);
    }
}

/// Coarser than this (ground metres per logical pixel) the map of the whole South Caucasus has no room for the
/// names of districts; at the scale of Karabakh or Syunik (about 300 m/px) it has.
constexpr double kDistrictLabelMetersPerPixel = 400.0;

void addLabels(RenderFrame& frame, const MapModel& model, const SceneGeometry& scene, const TextMeasurer& measurer,
               const std::vector<FeatureVisual>* visuals, const std::vector<BBox>& overlayBoxes) {
    const Theme& theme = themeOf(frame.options);
    const Viewport vp = frame.viewport;
    const float k = frame.options.symbolScale;
    std::vector<LabelCandidate> candidates;
    std::vector<LabelStyle> styles(model.features.size());
    std::vector<std::string> texts(model.features.size());
    LabelPlacementOptions opts{vp.width, vp.height, 4.0 * k, overlayBoxes};
    for (const PointSymbol& p : scene.points) {
        if (visuals && p.feature < visuals->size() && (*visuals)[p.feature].opacity < 0.3f) continue;
        const Vec2 s = frame.camera.worldToScreen(Vec2{p.x, p.y} + scene.origin, vp);
        const float grow = visuals && p.feature < visuals->size() ? (*visuals)[p.feature].widthScale : 1.0f;
        const double r = p.radiusPx * k * grow + 1.0;
        opts.obstacles.push_back(BBox{s.x - r, s.y - r, s.x + r, s.y + r});
    }
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        if (!f.labelClass || !scene.labelPoints[i] || f.label(frame.options.naming).empty()) continue;
        // Districts are named only closer in than the whole region.
        if (f.district && frame.camera.metersPerPixel() * static_cast<double>(k) > kDistrictLabelMetersPerPixel)
            continue;
        const float opacity = visuals && i < visuals->size() ? (*visuals)[i].opacity : 1.0f;
        if (opacity < 0.3f) continue;  // hidden or faded out of the current time
        const Vec2 s = frame.camera.worldToScreen(*scene.labelPoints[i], vp);
        if (s.x < -200 || s.y < -100 || s.x > vp.width + 200 || s.y > vp.height + 100) continue;
        LabelStyle st = labelStyle(*f.labelClass, theme);
        st.sizePx *= k;
        st.haloPx *= k;
        const std::string& name = f.label(frame.options.naming);
        texts[i] = st.uppercase ? upperAscii(name) : name;
        const Vec2 size = measurer.measure(texts[i], st);
        styles[i] = st;
        const bool point = f.layer == MapLayer::Place;
        const float grow = point && visuals && i < visuals->size() ? (*visuals)[i].widthScale : 1.0f;
        const double symbolRadius = static_cast<double>(placeSymbolRadiusPx(f.importance)) * grow;
        double priority = st.priority + (6 - f.importance) * 2.0;
        // Minor administrative areas (provinces, districts of importance 4-5) are labelled after every place: a
        // district's name never pushes a town's away.
        if (*f.labelClass == LabelClass::Region && f.importance >= 4) priority -= 40.0;
        candidates.push_back({static_cast<std::uint32_t>(i), s, size.x, size.y, priority,
                              point ? symbolRadius * k + 3.0 : 0.0, point});
    }
    for (const PlacedLabel& p : placeLabels(std::move(candidates), opts))
        frame.labels.push_back({texts[p.id], {p.box.minX, p.box.minY}, styles[p.id], p.id});
}

}  // namespace

RenderFrame buildFrame(const MapModel& model, const SceneGeometry& scene, const Projector& projector,
                       const Camera& viewCamera, Viewport viewport, float pixelScale, const TextMeasurer& measurer,
                       const FrameOptions& options, const std::vector<FeatureVisual>* visuals,
                       const TimeFilter* time) {
    // A band drawn over the bottom (the presentation's caption) must not hide the subject: the view is framed in
    // the part above it.
    // A slide (a view with a caption band) also stays on the basemap: zoomed out past its clipped edge it would
    // show the land as a trapezoid floating in the sea.
    Camera camera = cameraAboveBand(viewCamera, viewport, options.reservedBottomPx);
    if (options.reservedBottomPx > 0.0)
        camera = cameraWithinBox(camera, viewport, projectedInnerBox(basemapCoverage(), projector));
    RenderFrame frame;
    frame.visuals = visuals;
    frame.camera = camera;
    frame.viewport = viewport;
    frame.pixelScale = pixelScale;
    frame.options = options;
    frame.lod = lodForScale(camera.metersPerPixel());
    if (options.graticule) addGraticule(frame, scene, projector);
    const float k = options.symbolScale;
    std::vector<BBox> boxes;  // overlay parts the labels and arrows keep clear of
    if (!options.footer.empty()) {
        const BBox band = layoutFooter(options.footer, measurer, viewport, k, frame.overlay, themeOf(options));
        frame.bottomInset = band.height();
        boxes.push_back(band);
    }
    if (options.reservedBottomPx > frame.bottomInset) {
        frame.bottomInset = options.reservedBottomPx;
        boxes.push_back({0.0, viewport.height - options.reservedBottomPx, viewport.width, viewport.height});
    }
    if (options.scaleBar) {
        // Ground distance of 100 screen pixels through the view centre, measured on the ellipsoid.
        const Vec2 c{viewport.width * 0.5, viewport.height * 0.5};
        const auto a = projector.inverse(camera.screenToWorld(c - Vec2{50, 0}, viewport));
        const auto b = projector.inverse(camera.screenToWorld(c + Vec2{50, 0}, viewport));
        if (a && b) frame.scaleBar = chooseScaleBar(projector.geodesicDistance(*a, *b) / 100.0, 140.0 * k);
        if (frame.scaleBar)
            boxes.push_back(layoutScaleBar(*frame.scaleBar, viewport, frame.bottomInset, k, themeOf(options)));
    }
    BBox stampBox;
    if (!options.stamp.empty()) {
        stampBox = layoutStamp(options.stamp, measurer, k, frame.overlay, themeOf(options));
        boxes.push_back(stampBox);
    }
    if (options.legend) {
        auto entries = mapLegendEntries(model, visuals, themeOf(options), camera.metersPerPixel(), k,
                                        options.layerColour);
        entries.insert(entries.end(), options.extraLegend.begin(), options.extraLegend.end());
        const double margin = 12.0 * k;
        const double bottomFree = viewport.height - frame.bottomInset - margin;
        const double bottomLeftFree = frame.scaleBar ? viewport.height - frame.bottomInset - 44.0 * k : bottomFree;
        const double topLeftFree = stampBox.empty() ? margin : stampBox.maxY + 8.0 * k;
        // Try each corner on a scratch overlay; keep the one that hides the fewest (and least important) places.
        const Corner corners[] = {Corner::BottomRight, Corner::TopRight, Corner::BottomLeft, Corner::TopLeft};
        std::vector<BBox> candidates;
        for (Corner c : corners) {
            Overlay scratch;
            const double top = c == Corner::TopLeft ? topLeftFree : margin;
            const double bottom = c == Corner::BottomLeft ? bottomLeftFree : bottomFree;
            candidates.push_back(layoutLegend(entries, measurer, viewport, top, bottom, c, k, scratch, themeOf(options)));
        }
        std::vector<std::pair<Vec2, double>> weights;
        for (const PointSymbol& p : scene.points) {
            if (visuals && p.feature < visuals->size() && (*visuals)[p.feature].opacity < 0.3f) continue;
            const int importance = p.feature < model.features.size() ? model.features[p.feature].importance : 3;
            // A capital hidden under the legend costs far more than a village.
            const double w = importance <= 1 ? 30.0 : importance == 2 ? 12.0 : 7.0 - importance;
            weights.emplace_back(camera.worldToScreen(Vec2{p.x, p.y} + scene.origin, viewport), w);
        }
        for (std::size_t i = 0; i < model.features.size(); ++i) {  // areas and lines: their label points
            const MapFeature& f = model.features[i];
            if (f.layer == MapLayer::Place || !scene.labelPoints[i] || (visuals && i < visuals->size() && (*visuals)[i].opacity < 0.3f))
                continue;
            if (f.layer == MapLayer::Land || f.layer == MapLayer::Country || f.layer == MapLayer::Border) continue;
            weights.emplace_back(camera.worldToScreen(*scene.labelPoints[i], viewport), 8.0);
        }
        const Corner c = leastCoveredCorner(candidates, weights);
        const double top = c == Corner::TopLeft ? topLeftFree : margin;
        const double bottom = c == Corner::BottomLeft ? bottomLeftFree : bottomFree;
        frame.legendBox = layoutLegend(entries, measurer, viewport, top, bottom, c, k, frame.overlay, themeOf(options));
        if (!frame.legendBox.empty()) boxes.push_back(frame.legendBox);
    }
    if (options.offmapArrows && !model.offmap.empty()) {
        const Vec2 mid{viewport.width * 0.5, viewport.height * 0.5};
        const auto centre = projector.inverse(camera.screenToWorld(mid, viewport));
        if (centre) {
            ArrowLayoutInput in;
            in.centreLonLat = *centre;
            in.viewport = viewport;
            in.scale = k;
            in.obstacles = boxes;
            // Screen direction of north at the centre (meridians converge away from the central meridian).
            if (auto north = projector.forward({centre->x, std::min(89.0, centre->y + 0.05)})) {
                const Vec2 s0 = mid, s1 = camera.worldToScreen(*north, viewport);
                in.northAngleDeg = std::atan2(s1.x - s0.x, -(s1.y - s0.y)) * 180.0 / 3.14159265358979323846;
            }
            std::vector<ArrowTarget> targets;
            for (const OffmapPlace& p : model.offmap) {
                const bool selected = !options.selectedId.empty() && p.gazetteerId == options.selectedId;
                if (!selected && p.importance > 2) continue;
                if (time && time->active() && !p.periods.empty() && !periodForFilter(p.periods, *time)) continue;
                // A place the view already shows (zoomed far out) needs no arrow.
                if (auto xy = projector.forward(p.lonLat)) {
                    const Vec2 s = camera.worldToScreen(*xy, viewport);
                    if (s.x >= 0 && s.y >= 0 && s.x <= viewport.width && s.y <= viewport.height) continue;
                }
                const std::string& name = p.names[static_cast<std::size_t>(options.naming)];
                targets.push_back({p.gazetteerId, name.empty() ? p.gazetteerId : name, p.lonLat, p.importance, selected});
            }
            frame.arrows = layoutOffmapArrows(std::move(targets), in, measurer, frame.overlay, themeOf(options));
            for (const auto& arrow : frame.arrows) boxes.push_back(arrow.box);
        }
    }
    if (options.labels) addLabels(frame, model, scene, measurer, visuals, boxes);
    return frame;
}

}  // namespace atlas::core
