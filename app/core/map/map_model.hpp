// The loaded map: every drawable feature in lon/lat with its layer, label class and levels of detail.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.hpp"
#include "core/geometry.hpp"
#include "core/load_issue.hpp"
#include "core/map/mesh.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

struct MapFeature {
    std::string id;
    std::string name;  // display name (English)
    MapLayer layer = MapLayer::Land;
    std::optional<LabelClass> labelClass;  // no label when empty
    std::string isoN3;                     // countries and borders: ISO numeric code(s)
    int importance = 3;                    // 1 (most) .. 5
    Geometry lonLat;
    std::optional<Vec2> labelPoint;        // lon/lat; where an area's label goes
    std::vector<FeatureShape> lods;        // kLodCount levels, lon/lat
    std::vector<Period> periods;           // empty: timeless (basemap)
    bool dashed = false;                   // schematic/approximate/proposed lines
    bool outline = false;                  // polygons also contribute their outline as lines
    bool district = false;                 // an administrative district: named only at close scales
    std::string gazetteerId;               // the gazetteer record it came from, if any
    /// Set when this is one of several shapes of a gazetteer feature whose geometry changes with its periods: the
    /// days this shape is in force (its periods' span). Play cross-fades shapes around those bounds.
    std::optional<DaySpan> shapeDays;
    bool latestShape = true;               // the shape of the feature's last period (drawn when no time is set)
    /// The label under each naming choice (index = NamingChoice); empty entries fall back to `name`.
    std::array<std::string, 4> names;

    [[nodiscard]] const std::string& label(NamingChoice choice) const {
        const std::string& n = names[static_cast<std::size_t>(choice)];
        return n.empty() ? name : n;
    }
};

/// A gazetteer place far outside the map (Moscow, Brussels, Washington ...): shown as an arrow at the map edge.
struct OffmapPlace {
    std::string gazetteerId;
    std::array<std::string, 4> names;  // by NamingChoice
    Vec2 lonLat;                       // a representative point
    int importance = 3;
    std::vector<Period> periods;       // empty: timeless
};

struct MapModel {
    std::vector<MapFeature> features;
    std::vector<LoadIssue> issues;
    std::vector<OffmapPlace> offmap;  // off-map places and areas that no basemap country already shows
    bool lodsFromCache = false;       // the levels of detail came from the disk cache
    /// The region the "whole region" view frames (lon/lat).
    BBox homeLonLat{38.5, 37.6, 51.2, 44.6};

    [[nodiscard]] std::optional<std::size_t> findById(const std::string& id) const;
};

}  // namespace atlas::core
