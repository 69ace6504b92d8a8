// Legend, off-map arrows, year stamp and footer layout in screen pixels.
#include "core/frame/map_overlay.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>

#include "core/frame/offmap.hpp"
#include "core/frame/render_frame.hpp"  // upperAscii
#include "core/map/scene.hpp"         // layerLineStyle

namespace atlas::core {

namespace {

double rad(double deg) { return deg * std::numbers::pi / 180.0; }

bool visibleAt(const std::vector<FeatureVisual>* visuals, std::size_t i) {
    return !visuals || i >= visuals->size() || (*visuals)[i].opacity > 0.05f;
}

std::string statusLabel(const std::string& status) {
    static const std::map<std::string, std::string, std::less<>> kLabels = {
        {"blockaded", "Blockaded"},
        {"closed", "Closed"},
        {"proposed", "Proposed"},
        {"planned", "Planned"},
        {"under-construction", "Under construction"},
        {"claimed", "Claimed"},
        {"controlled-by-armenia", "Under Armenian control"},
        {"controlled-by-azerbaijan", "Under Azerbaijani control"},
        {"peacekeeping", "Russian peacekeeping zone"},
        {"dissolved", "Dissolved"},
        {"historical", "Historical"},
    };
    if (auto it = kLabels.find(status); it != kLabels.end()) return it->second;
    std::string s = status;
    std::replace(s.begin(), s.end(), '-', ' ');
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

LegendEntry lineEntry(const std::string& section, const std::string& label, const LineStyle& s, MapLayer layer) {
    LegendEntry e;
    e.section = section;
    e.label = label;
    e.symbol = symbolForLine(s);
    e.color = s.color;
    e.widthPx = s.widthPx;
    e.dash = s.dash;
    e.casing = s.casing;
    e.casingWidthPx = s.casingWidthPx;
    e.layer = layer;
    return e;
}

LabelStyle legendTextStyle(float k, const Theme& theme) {
    LabelStyle st;
    st.sizePx = 11.5f * k;
    st.color = theme.panelInk;
    st.halo = theme.panelFill;  // the panel's own colour: gives small text its full weight
    st.halo.a = std::max(st.halo.a, 0.9f);
    st.haloPx = 1.0f * k;
    return st;
}

LabelStyle legendHeaderStyle(float k, const Theme& theme) {
    LabelStyle st = legendTextStyle(k, theme);
    st.sizePx = 10.0f * k;
    st.bold = true;
    st.uppercase = true;
    st.letterSpacingEm = 0.08f;
    st.color = theme.panelMuted;
    return st;
}

void closedOutline(Overlay& out, const BBox& b, float width, const Color& c) {
    out.line({{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}, {b.minX, b.minY}}, width, c);
}

}  // namespace

std::vector<LegendEntry> mapLegendEntries(const MapModel& model, const std::vector<FeatureVisual>* visuals,
                                          const Theme& theme, double metersPerPixel, float symbolScale,
                                          std::span<const std::optional<Color>> layerColour) {
    std::vector<LegendEntry> out;
    auto layerVisible = [&](MapLayer layer) {
        for (std::size_t i = 0; i < model.features.size(); ++i)
            if (model.features[i].layer == layer && visibleAt(visuals, i)) return true;
        return false;
    };
    if (layerVisible(MapLayer::Place))
        for (const LegendEntry& e : buildLegend(theme))
            if (e.section == "Places") out.push_back(e);

    const std::string lines = "Lines";
    struct Item {
        MapLayer layer;
        const char* label;
    };
    const Item items[] = {{MapLayer::Border, "State border"},
                          {MapLayer::Frontline, "Line of contact, ceasefire line"},
                          {MapLayer::Region, "Region boundary"},
                          {MapLayer::Corridor, "Corridor, road"},
                          {MapLayer::Railway, "Railway"},
                          {MapLayer::Pipeline, "Pipeline"},
                          {MapLayer::River, "River"}};
    for (const Item& item : items)
        if (layerVisible(item.layer)) out.push_back(lineEntry(lines, item.label, layerLineStyle(item.layer, theme), item.layer));
    for (auto& e : out)  // a layer drawn in the colour the user chose shows it in the legend too
        if (e.layer && static_cast<std::size_t>(*e.layer) < layerColour.size() && layerColour[static_cast<std::size_t>(*e.layer)])
            e.color = *layerColour[static_cast<std::size_t>(*e.layer)];

    bool dashed = false;
    std::vector<float> bands;
    std::vector<std::pair<std::string, StatusStyle>> statuses;
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        const bool lineLayer = f.layer == MapLayer::Frontline || f.layer == MapLayer::Corridor ||
                               f.layer == MapLayer::Railway || f.layer == MapLayer::Pipeline;
        const bool area = f.layer == MapLayer::Region;  // areas show their status in the outline (regionStatusStyle)
        if ((!lineLayer && !area) || !visibleAt(visuals, i)) continue;
        const FeatureVisual* v = visuals && i < visuals->size() ? &(*visuals)[i] : nullptr;
        if (f.dashed && lineLayer) dashed = true;
        const bool bandDrawn = v && v->bandKm > 0.0f &&
                               (metersPerPixel <= 0.0 ||
                                bandPixels(v->bandKm * 1000.0, metersPerPixel,
                                           layerLineStyle(MapLayer::Corridor, theme).widthPx * symbolScale) > 0.0f);
        if (bandDrawn && std::find(bands.begin(), bands.end(), v->bandKm) == bands.end()) bands.push_back(v->bandKm);
        if (!v || v->status.empty()) continue;
        const auto st = area ? regionStatusStyle(v->status) : statusStyle(f.layer, v->status);
        const auto layer = static_cast<std::size_t>(f.layer);
        if (!st || (layer < layerColour.size() && layerColour[layer])) continue;  // recoloured: no status colour
        const bool seen = std::any_of(statuses.begin(), statuses.end(), [&](const auto& s) { return s.first == v->status; });
        if (!seen) statuses.emplace_back(v->status, *st);
    }
    for (float km : bands) {
        char label[64];
        std::snprintf(label, sizeof label, "Corridor width, %g km (to scale)", static_cast<double>(km));
        LegendEntry e;
        e.section = lines;
        e.label = label;
        e.symbol = LegendSymbol::Fill;
        e.color = Color::rgb(0xB8452F, 0.24f);
        e.layer = MapLayer::Corridor;
        out.push_back(e);
    }
    if (dashed) {
        LineStyle s{1.6f, Color::rgb(0x6E6258), 0.0f, {}, {7, 5, 0, 0}};
        out.push_back(lineEntry(lines, "Approximate, schematic or proposed", s, MapLayer::Frontline));
    }
    // Statuses drawn alike (proposed, planned, under construction) share one entry.
    std::vector<bool> done(statuses.size(), false);
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        if (done[i]) continue;
        const StatusStyle& st = statuses[i].second;
        std::string label = statusLabel(statuses[i].first);
        for (std::size_t j = i + 1; j < statuses.size(); ++j) {
            const StatusStyle& o = statuses[j].second;
            if (done[j] || !(o.color == st.color) || o.dashed != st.dashed) continue;
            std::string more = statusLabel(statuses[j].first);
            if (!more.empty()) more[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(more[0])));
            label += ", " + more;
            done[j] = true;
        }
        LineStyle s{2.2f * st.widthScale, st.color, 0.0f, {}, {0, 0, 0, 0}};
        if (st.dashed) s.dash = {7, 5, 0, 0};
        LegendEntry e = lineEntry("Status", label, s, MapLayer::Corridor);
        e.layer.reset();
        out.push_back(e);
    }
    return out;
}

Corner leastCoveredCorner(const std::vector<BBox>& boxes, const std::vector<std::pair<Vec2, double>>& weights) {
    std::size_t best = 0;
    double bestScore = 1e300;
    for (std::size_t i = 0; i < boxes.size() && i < 4; ++i) {
        double score = 0;
        for (const auto& [p, w] : weights)
            if (boxes[i].contains(p)) score += w;
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return static_cast<Corner>(best);
}

BBox layoutLegend(const std::vector<LegendEntry>& entries, const TextMeasurer& measurer, Viewport vp, double top,
                  double bottom, Corner corner, float k, Overlay& out, const Theme& theme) {
    if (entries.empty()) return {};
    const double pad = 8.0 * k, swatchW = 26.0 * k, swatchH = 11.0 * k, gap = 7.0 * k, colGap = 14.0 * k;
    const LabelStyle text = legendTextStyle(k, theme), header = legendHeaderStyle(k, theme);
    struct Row {
        bool isHeader;
        std::string text;
        const LegendEntry* entry;
        double width, height, textHeight;
    };
    std::vector<Row> rows;
    std::string section;
    for (const LegendEntry& e : entries) {
        if (e.section != section) {
            section = e.section;
            const std::string h = upperAscii(section);
            const Vec2 m = measurer.measure(h, header);
            rows.push_back({true, h, nullptr, m.x, m.y + (rows.empty() ? 2.0 : 7.0) * k, m.y});
        }
        const Vec2 m = measurer.measure(e.label, text);
        rows.push_back({false, e.label, &e, swatchW + gap + m.x, std::max(m.y, 14.0 * k) + 3.0 * k, m.y});
    }
    // Columns: fill top to bottom up to the height limit; a section header never ends a column.
    const double limit = std::max(120.0 * k, std::min(bottom - top, 0.62 * vp.height)) - 2 * pad;
    std::vector<std::vector<std::size_t>> columns(1);
    double h = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double need = rows[i].height + (rows[i].isHeader && i + 1 < rows.size() ? rows[i + 1].height : 0.0);
        if (h > 0 && h + need > limit) {
            columns.emplace_back();
            h = 0;
        }
        columns.back().push_back(i);
        h += rows[i].height;
    }
    std::vector<double> widths, heights;
    for (const auto& col : columns) {
        double w = 0, hh = 0;
        for (std::size_t i : col) {
            w = std::max(w, rows[i].width);
            hh += rows[i].height;
        }
        widths.push_back(w);
        heights.push_back(hh);
    }
    double boxW = 2 * pad, boxH = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) boxW += widths[c] + (c ? colGap : 0.0);
    for (double hh : heights) boxH = std::max(boxH, hh);
    boxH += 2 * pad;
    const double margin = 12.0 * k;
    const bool right = corner == Corner::BottomRight || corner == Corner::TopRight;
    const bool low = corner == Corner::BottomRight || corner == Corner::BottomLeft;
    const double x0 = right ? vp.width - margin - boxW : margin;
    const double y0 = low ? bottom - boxH : top;
    const BBox box{x0, y0, x0 + boxW, y0 + boxH};
    out.rect(box, theme.panelFill);
    closedOutline(out, box, 1.0f * k, theme.panelRule);

    double x = box.minX + pad;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        double y = box.minY + pad;
        for (std::size_t i : columns[c]) {
            const Row& r = rows[i];
            if (r.isHeader) {
                out.text(r.text, {x, y + r.height - r.textHeight - 1.0 * k}, header);
                y += r.height;
                continue;
            }
            const LegendEntry& e = *r.entry;
            const double cy = y + r.height * 0.5;
            const float ek = k;
            switch (e.symbol) {
                case LegendSymbol::Fill:
                    out.rect({x, cy - swatchH / 2, x + swatchW, cy + swatchH / 2}, e.color);
                    closedOutline(out, {x, cy - swatchH / 2, x + swatchW, cy + swatchH / 2}, 0.8f * k,
                                  theme.panelRule);
                    break;
                case LegendSymbol::Line:
                case LegendSymbol::DashedLine: {
                    std::vector<Vec2> pts{{x + 2 * k, cy}, {x + swatchW - 2 * k, cy}};
                    if (e.casingWidthPx > e.widthPx) out.line(pts, e.casingWidthPx * ek, e.casing);
                    DashPattern dash = e.dash;
                    for (float& d : dash) d *= ek;
                    out.line(pts, e.widthPx * ek, e.color, dash);
                    break;
                }
                case LegendSymbol::Point:
                case LegendSymbol::Capital: {
                    const Vec2 dot{x + swatchW * 0.5, cy};
                    const float d = std::min(e.widthPx, 8.0f) * ek;
                    out.line({dot}, d + 2.0f * e.casingWidthPx * ek, e.casing);
                    out.line({dot}, d, e.color);
                    if (e.symbol == LegendSymbol::Capital) out.line({dot}, d * 0.4f, e.casing);
                    break;
                }
            }
            out.text(r.text, {x + swatchW + gap, y + (r.height - r.textHeight) * 0.5}, text);
            y += r.height;
        }
        x += widths[c] + colGap;
    }
    return box;
}

std::optional<std::size_t> offmapArrowAt(const std::vector<PlacedArrow>& arrows, const MapModel& model, Vec2 screen,
                                         double slackPx) {
    for (const PlacedArrow& a : arrows) {
        const BBox hit{a.box.minX - slackPx, a.box.minY - slackPx, a.box.maxX + slackPx, a.box.maxY + slackPx};
        if (!hit.contains(screen)) continue;
        for (std::size_t i = 0; i < model.offmap.size(); ++i)
            if (model.offmap[i].gazetteerId == a.id) return i;
    }
    return std::nullopt;
}

std::vector<PlacedArrow> layoutOffmapArrows(std::vector<ArrowTarget> targets, const ArrowLayoutInput& in,
                                            const TextMeasurer& measurer, Overlay& out, const Theme& theme) {
    std::stable_sort(targets.begin(), targets.end(), [](const ArrowTarget& a, const ArrowTarget& b) {
        if (a.selected != b.selected) return a.selected;
        return a.importance < b.importance;
    });
    const float k = in.scale;
    const double margin = 8.0 * k, shaft = 24.0 * k, headLen = 9.0 * k, headHalf = 5.0 * k;
    const Vec2 size{in.viewport.width, in.viewport.height};
    const Vec2 mid = size * 0.5;
    std::vector<PlacedArrow> placed;
    std::vector<BBox> taken = in.obstacles;
    for (const ArrowTarget& t : targets) {
        if (placed.size() >= in.maxArrows) break;
        const double bearing = sphericalBearingDeg(in.centreLonLat, t.lonLat);
        const double angle = std::fmod(bearing + in.northAngleDeg + 360.0, 360.0);
        const Vec2 dir{std::sin(rad(angle)), -std::cos(rad(angle))};
        const double halfW = std::max(1.0, size.x / 2 - margin), halfH = std::max(1.0, size.y / 2 - margin);
        const double reach = std::min(std::abs(dir.x) > 1e-9 ? halfW / std::abs(dir.x) : 1e18,
                                      std::abs(dir.y) > 1e-9 ? halfH / std::abs(dir.y) : 1e18);
        const Vec2 tip = mid + dir * reach;
        const Vec2 tail = tip - dir * shaft;
        const Vec2 nrm{-dir.y, dir.x};

        LabelStyle st = legendTextStyle(k, theme);
        st.sizePx = 11.5f * k;
        st.italic = !t.selected;
        st.bold = t.selected;
        st.color = t.selected ? Color::rgb(0xC0492F) : theme.arrowLabel;
        st.halo = theme.overlayHalo;
        st.haloPx = 1.6f * k;
        const std::string label = offmapLabel(t.name, greatCircleKm(in.centreLonLat, t.lonLat));
        const Vec2 m = measurer.measure(label, st);
        // The label sits beyond the arrow's tail, toward the inside of the map.
        Vec2 topLeft;
        const double gap = 3.0 * k;
        if (std::abs(dir.y) * halfW >= std::abs(dir.x) * halfH) {  // top or bottom edge
            topLeft.x = tail.x - m.x / 2;
            topLeft.y = dir.y < 0 ? tail.y + gap : tail.y - gap - m.y;
        } else {  // left or right edge
            topLeft.x = dir.x < 0 ? tail.x + gap : tail.x - gap - m.x;
            topLeft.y = tail.y - m.y / 2;
        }
        topLeft.x = std::clamp(topLeft.x, 4.0 * k, std::max(4.0 * k, size.x - 4.0 * k - m.x));
        topLeft.y = std::clamp(topLeft.y, 4.0 * k, std::max(4.0 * k, size.y - 4.0 * k - m.y));
        BBox box{topLeft.x, topLeft.y, topLeft.x + m.x, topLeft.y + m.y};
        box.extend(tip);
        box.extend(tail + nrm * headHalf);
        box.extend(tail - nrm * headHalf);
        const BBox padded{box.minX - 3 * k, box.minY - 3 * k, box.maxX + 3 * k, box.maxY + 3 * k};
        if (std::any_of(taken.begin(), taken.end(), [&](const BBox& b) { return b.intersects(padded); })) continue;
        taken.push_back(padded);

        const Color ink = t.selected ? Color::rgb(0xB8452F) : theme.arrowInk;
        const Vec2 base = tip - dir * headLen;
        out.line({tail, base}, 4.2f * k, theme.overlayHalo);
        out.line({tail, base + dir * (1.0 * k)}, 1.8f * k, ink);
        const double o = 1.4 * k;  // white rim around the head
        OverlayFill rim{{tip + dir * o, base - dir * (o * 0.5) + nrm * (headHalf + o), base - dir * (o * 0.5) - nrm * (headHalf + o)},
                        theme.overlayHalo};
        OverlayFill head{{tip, base + nrm * headHalf, base - nrm * headHalf}, ink};
        out.fills.push_back(std::move(rim));
        out.fills.push_back(std::move(head));
        out.text(label, topLeft, st);
        placed.push_back({t.id, label, tip, angle, box});
    }
    return placed;
}

BBox layoutStamp(const std::string& text, const TextMeasurer& measurer, float k, Overlay& out, const Theme& theme) {
    if (text.empty()) return {};
    LabelStyle st;
    st.sizePx = 30.0f * k;
    st.bold = true;
    st.color = theme.panelInk;
    st.color.a = 0.9f;
    st.halo = theme.overlayHalo;
    st.haloPx = 2.5f * k;
    const Vec2 m = measurer.measure(text, st);
    const Vec2 topLeft{14.0 * k, 10.0 * k};
    out.text(text, topLeft, st);
    return {topLeft.x, topLeft.y, topLeft.x + m.x, topLeft.y + m.y};
}

std::vector<std::string> wrapText(const std::string& text, const LabelStyle& style, const TextMeasurer& measurer,
                                  double maxWidth) {
    std::vector<std::string> lines;
    std::string current;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(' ', pos);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        const std::string trial = current.empty() ? word : current + " " + word;
        if (!current.empty() && measurer.measure(trial, style).x > maxWidth) {
            lines.push_back(current);
            current = word;
        } else {
            current = trial;
        }
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

BBox layoutFooter(const std::string& text, const TextMeasurer& measurer, Viewport vp, float k, Overlay& out,
                  const Theme& theme) {
    if (text.empty()) return {};
    LabelStyle st = legendTextStyle(k, theme);
    st.sizePx = 11.5f * k;
    const double pad = 7.0 * k;
    auto lines = wrapText(text, st, measurer, vp.width - 2 * pad);
    constexpr std::size_t kMaxLines = 3;
    if (lines.size() > kMaxLines) {
        lines.resize(kMaxLines);
        std::string& last = lines.back();
        while (!last.empty() && measurer.measure(last + "\u2026", st).x > vp.width - 2 * pad) {
            const std::size_t cut = last.find_last_of(' ');
            last.erase(cut == std::string::npos ? 0 : cut);
        }
        last += "\u2026";
    }
    const double lineH = measurer.measure("Hg", st).y + 2.0 * k;
    const double h = static_cast<double>(lines.size()) * lineH + 2 * pad;
    const BBox band{0, vp.height - h, vp.width, vp.height};
    out.rect(band, theme.panelFill);
    out.line({{0, band.minY}, {vp.width, band.minY}}, 1.0f * k, theme.panelRule);
    double y = band.minY + pad;
    for (const auto& l : lines) {
        out.text(l, {pad, y}, st);
        y += lineH;
    }
    return band;
}

}  // namespace atlas::core
