// The explorer's docked layout: side and bottom areas around the map, computed from the window's size, the
// interface scale and the user's area sizes. Pure geometry: the ImGui side (app/ui/dock.hpp) draws panels, splitters
// and collapse strips into these rectangles, and the map draws in what is left (AppState::viewport follows it, so
// every framing — Home, select, Show on map, slides — fits the visible map).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "core/state/app_state.hpp"

namespace atlas::core {

struct DockRect {
    float x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] float right() const { return x + w; }
    [[nodiscard]] float bottom() const { return y + h; }
    [[nodiscard]] bool contains(const DockRect& r, float slack = 0.5f) const {
        return r.x >= x - slack && r.y >= y - slack && r.right() <= right() + slack && r.bottom() <= bottom() + slack;
    }
    [[nodiscard]] bool overlaps(const DockRect& r) const {
        return r.x < right() - 0.5f && x < r.right() - 0.5f && r.y < bottom() - 0.5f && y < r.bottom() - 0.5f;
    }
    friend bool operator==(const DockRect&, const DockRect&) = default;
};

enum class DockArea : std::uint8_t { Left, Right, Bottom };
inline constexpr std::size_t kDockAreas = 3;

/// What the user set: each area's size in pixels at 100 % interface size, the share of its height the upper panel
/// of a side area takes, and whether the area is collapsed to a strip. Saved with the window layout.
struct DockSizes {
    std::array<float, kDockAreas> size{320.0f, 420.0f, 150.0f};
    std::array<float, 2> split{0.6f, 0.58f};  // left, right: the upper panel's share of the area's height
    std::array<bool, kDockAreas> collapsed{false, false, false};
    friend bool operator==(const DockSizes&, const DockSizes&) = default;
};

/// Limits the layout keeps, in pixels at 100 % (times the interface scale) and in shares of the window.
inline constexpr float kDockMinSide = 180.0f, kDockMinBottom = 96.0f, kDockStrip = 22.0f, kDockSplitter = 6.0f;
inline constexpr float kDockMaxSideShare = 0.28f, kDockMaxBottomShare = 0.30f;
inline constexpr float kDockMinPanelHeight = 90.0f;  // a stacked side panel is never squeezed below this

/// The panels each area can hold, top to bottom. Panel::Legend is drawn on the map, not docked.
[[nodiscard]] std::optional<DockArea> dockAreaOf(Panel panel);

struct DockInput {
    DockRect work;       // the window's area under the menu bar and above the status bar
    float scale = 1.0f;  // window pixels per 100 % pixel (monitor scale times interface size)
    DockSizes sizes;
    AppState::Panels open;
};

struct DockLayout {
    DockRect map;                                            // where the map draws: the visible map
    std::array<std::optional<DockRect>, kDockAreas> area;    // an area with open panels, expanded
    std::array<std::optional<DockRect>, kDockAreas> strip;   // an area with open panels, collapsed to a strip
    std::array<std::optional<DockRect>, kDockAreas> splitter;  // the handle between an expanded area and the map
    std::array<std::optional<DockRect>, 2> stackSplitter;    // between a side area's two stacked panels
    std::array<std::optional<DockRect>, 9> panel;            // by Panel: its window's rectangle when docked and shown
};

[[nodiscard]] DockLayout layoutDock(const DockInput& in);

/// The size (at 100 %) an area takes when its splitter is dragged to `pos` (window pixels: x for the side areas,
/// y for the bottom), within the layout's limits.
[[nodiscard]] float dockSizeForSplitter(const DockInput& in, DockArea area, float pos);
/// The upper panel's share for a side area's stack splitter dragged to `y`.
[[nodiscard]] float dockSplitForY(const DockInput& in, DockArea side, float y);

/// The sizes as one line of text ("size=320,420,150 split=0.5,0.58 collapsed=0,0,0") and back; a missing or
/// unreadable field keeps its default.
[[nodiscard]] std::string dockSizesText(const DockSizes& sizes);
[[nodiscard]] DockSizes parseDockSizes(const std::string& text);

}  // namespace atlas::core
