#include "core/state/dock_layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace atlas::core {
namespace {

constexpr Panel kLeftStack[] = {Panel::Layers, Panel::Search, Panel::Deck, Panel::Documents};
constexpr Panel kRightStack[] = {Panel::PlacesReview, Panel::Inspector, Panel::Reader};
constexpr Panel kBottomStack[] = {Panel::Timeline};

std::size_t index(DockArea a) { return static_cast<std::size_t>(a); }
std::size_t index(Panel p) { return static_cast<std::size_t>(p); }

bool isOpen(const AppState::Panels& open, Panel p) {
    AppState::Panels copy = open;
    return panelFlag(copy, p);
}

template <std::size_t N>
std::vector<Panel> openOf(const Panel (&stack)[N], const AppState::Panels& open) {
    std::vector<Panel> out;
    for (Panel p : stack)
        if (isOpen(open, p)) out.push_back(p);
    return out;
}

std::vector<Panel> openIn(DockArea area, const AppState::Panels& open) {
    switch (area) {
        case DockArea::Left: return openOf(kLeftStack, open);
        case DockArea::Right: return openOf(kRightStack, open);
        case DockArea::Bottom: return openOf(kBottomStack, open);
    }
    return {};
}

/// `want` within [lo, hi]; when the window is too small for lo, hi wins (the map keeps its share).
/// Whole pixels: ImGui places windows on whole pixels, and the map must meet the panels exactly.
float clampSize(float want, float lo, float hi) { return std::floor(std::max(0.0f, std::min(std::max(want, lo), hi))); }

float sideWidth(const DockInput& in, DockArea a, bool collapsed) {
    if (collapsed) return std::floor(kDockStrip * in.scale);
    return clampSize(in.sizes.size[index(a)] * in.scale, kDockMinSide * in.scale, kDockMaxSideShare * in.work.w);
}

float bottomHeight(const DockInput& in, bool collapsed) {
    if (collapsed) return std::floor(kDockStrip * in.scale);
    return clampSize(in.sizes.size[index(DockArea::Bottom)] * in.scale, kDockMinBottom * in.scale,
                     kDockMaxBottomShare * in.work.h);
}

/// Stacks the open panels of a side area top to bottom: the first takes `split` of the height (kept above the
/// minimum panel height on both sides), the rest share what is left equally.
void stack(const std::vector<Panel>& panels, const DockRect& area, float split, float scale, DockLayout& out,
           std::optional<DockRect>& splitter) {
    if (panels.empty()) return;
    if (panels.size() == 1) {
        out.panel[index(panels[0])] = area;
        return;
    }
    const float minH = std::min(kDockMinPanelHeight * scale, area.h / float(panels.size()));
    const float restMin = minH * float(panels.size() - 1);
    const float first = std::floor(std::clamp(split * area.h, minH, std::max(minH, area.h - restMin)));
    out.panel[index(panels[0])] = DockRect{area.x, area.y, area.w, first};
    const float sp = kDockSplitter * scale;
    splitter = DockRect{area.x, area.y + first - sp * 0.5f, area.w, sp};
    const float each = std::floor((area.h - first) / float(panels.size() - 1));
    for (std::size_t i = 1; i < panels.size(); ++i)
        out.panel[index(panels[i])] = DockRect{area.x, area.y + first + each * float(i - 1), area.w, each};
}

}  // namespace

std::optional<DockArea> dockAreaOf(Panel panel) {
    switch (panel) {
        case Panel::Layers:
        case Panel::Search:
        case Panel::Deck:
        case Panel::Documents: return DockArea::Left;
        case Panel::PlacesReview:
        case Panel::Inspector:
        case Panel::Reader: return DockArea::Right;
        case Panel::Timeline: return DockArea::Bottom;
        case Panel::Legend: return std::nullopt;
    }
    return std::nullopt;
}

DockLayout layoutDock(const DockInput& in) {
    DockLayout out;
    const float sp = kDockSplitter * in.scale;
    std::array<std::vector<Panel>, kDockAreas> open;
    std::array<float, kDockAreas> extent{};
    for (DockArea a : {DockArea::Left, DockArea::Right, DockArea::Bottom}) {
        open[index(a)] = openIn(a, in.open);
        if (open[index(a)].empty()) continue;
        const bool collapsed = in.sizes.collapsed[index(a)];
        extent[index(a)] = a == DockArea::Bottom ? bottomHeight(in, collapsed) : sideWidth(in, a, collapsed);
    }
    const float left = extent[index(DockArea::Left)], right = extent[index(DockArea::Right)];
    const float bottom = extent[index(DockArea::Bottom)];
    const DockRect& w = in.work;
    const DockRect rects[kDockAreas] = {
        {w.x, w.y, left, w.h},
        {w.right() - right, w.y, right, w.h},
        {w.x + left, w.bottom() - bottom, std::max(0.0f, w.w - left - right), bottom},
    };
    for (DockArea a : {DockArea::Left, DockArea::Right, DockArea::Bottom}) {
        const std::size_t i = index(a);
        if (open[i].empty()) continue;
        if (in.sizes.collapsed[i]) {
            out.strip[i] = rects[i];
            continue;
        }
        out.area[i] = rects[i];
        const DockRect& r = rects[i];
        if (a == DockArea::Left) out.splitter[i] = DockRect{r.right() - sp * 0.5f, r.y, sp, r.h};
        if (a == DockArea::Right) out.splitter[i] = DockRect{r.x - sp * 0.5f, r.y, sp, r.h};
        if (a == DockArea::Bottom) out.splitter[i] = DockRect{r.x, r.y - sp * 0.5f, r.w, sp};
        if (a == DockArea::Bottom) {
            for (Panel p : open[i]) out.panel[index(p)] = r;
        } else {
            stack(open[i], r, in.sizes.split[i], in.scale, out, out.stackSplitter[i]);
        }
    }
    out.map = DockRect{w.x + left, w.y, std::max(1.0f, w.w - left - right), std::max(1.0f, w.h - bottom)};
    return out;
}

float dockSizeForSplitter(const DockInput& in, DockArea area, float pos) {
    const float s = in.scale > 0.0f ? in.scale : 1.0f;
    float px = 0.0f;
    switch (area) {
        case DockArea::Left: px = pos - in.work.x; break;
        case DockArea::Right: px = in.work.right() - pos; break;
        case DockArea::Bottom: px = in.work.bottom() - pos; break;
    }
    const bool side = area != DockArea::Bottom;
    const float lo = (side ? kDockMinSide : kDockMinBottom) * s;
    const float hi = side ? kDockMaxSideShare * in.work.w : kDockMaxBottomShare * in.work.h;
    return clampSize(px, lo, hi) / s;
}

float dockSplitForY(const DockInput& in, DockArea side, float y) {
    const DockLayout l = layoutDock(in);
    const auto& area = l.area[index(side)];
    if (!area || area->h <= 0.0f) return in.sizes.split[index(side) == 0 ? 0 : 1];
    return std::clamp((y - area->y) / area->h, 0.1f, 0.9f);
}

std::string dockSizesText(const DockSizes& s) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "size=%.0f,%.0f,%.0f split=%.3f,%.3f collapsed=%d,%d,%d", double(s.size[0]),
                  double(s.size[1]), double(s.size[2]), double(s.split[0]), double(s.split[1]), int(s.collapsed[0]),
                  int(s.collapsed[1]), int(s.collapsed[2]));
    return buf;
}

DockSizes parseDockSizes(const std::string& text) {
    DockSizes out;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        float a = 0, b = 0, c = 0;
        int x = 0, y = 0, z = 0;
        // Sizes must be finite and sane (a hand-edited file); anything else keeps the default.
        const auto sane = [](float v, float lo, float hi) { return v >= lo && v <= hi; };
        if (std::sscanf(word.c_str(), "size=%f,%f,%f", &a, &b, &c) == 3 && sane(a, 0, 4000) && sane(b, 0, 4000) &&
            sane(c, 0, 4000))
            out.size = {a, b, c};
        else if (std::sscanf(word.c_str(), "split=%f,%f", &a, &b) == 2 && sane(a, 0.1f, 0.9f) && sane(b, 0.1f, 0.9f))
            out.split = {a, b};
        else if (std::sscanf(word.c_str(), "collapsed=%d,%d,%d", &x, &y, &z) == 3)
            out.collapsed = {x != 0, y != 0, z != 0};
    }
    return out;
}

}  // namespace atlas::core
