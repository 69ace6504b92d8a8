// The loaded map: every drawable feature in lon/lat with its layer, label class and levels of detail.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/gazetteer.hpp"
#include "core/geometry.hpp"
#include "core/load_issue.hpp"
#include "core/mesh.hpp"
#include "core/style.hpp"

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
    std::string gazetteerId;               // the gazetteer record it came from, if any
};

struct MapModel {
    std::vector<MapFeature> features;
    std::vector<LoadIssue> issues;
    /// The region the "whole region" view frames (lon/lat).
    BBox homeLonLat{38.5, 37.6, 51.2, 44.6};

    [[nodiscard]] std::optional<std::size_t> findById(const std::string& id) const;
};

}  // namespace atlas::core
