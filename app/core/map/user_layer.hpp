// User layers: vector files the user adds to the map (File > Open layer…, drag and drop, a view's `user_layers`).
// Three parts: what the window's state holds about each (UserLayerEntry: file, display settings, load status), the
// loaded data in lon/lat (UserLayer, built by geoio::loadUserLayer), and its projected, GPU-ready form with a pick
// index (UserLayerScene, built per projection by projectUserLayer).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/geometry.hpp"
#include "core/map/mesh.hpp"
#include "core/map/picking.hpp"
#include "core/projector.hpp"
#include "core/map/scene.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

/// What a layer's features are, for the Layers panel ("312 polygons").
enum class UserGeometryKind : std::uint8_t { None, Points, Lines, Polygons, Mixed };
inline constexpr EnumName<UserGeometryKind> kUserGeometryKindNames[] = {
    {UserGeometryKind::None, "no geometry"}, {UserGeometryKind::Points, "points"}, {UserGeometryKind::Lines, "lines"},
    {UserGeometryKind::Polygons, "polygons"}, {UserGeometryKind::Mixed, "mixed"}};
constexpr std::span<const EnumName<UserGeometryKind>> namesOf(UserGeometryKind) { return kUserGeometryKindNames; }
std::string_view userGeometryKindName(UserGeometryKind kind);

enum class UserLayerStatus : std::uint8_t { Loading, Ready, Failed };

/// One user layer as the window's state knows it. The geometry lives in the session (AtlasSession); the state
/// holds only what the panels show and the view state saves. Kept in draw order: the first is drawn first.
struct UserLayerEntry {
    std::uint32_t id = 0;  // unique within the session; feature references and the loaded data use it
    std::string path;      // the file (the view state's key); unique among the entries
    bool visible = true;
    float opacity = 1.0f;
    Color colour;
    bool labels = false;   // labels drawn at the layer's points, from `labelField`
    std::string labelField;  // the attribute the labels show ("": userLabelField chooses)
    int order = -1;        // the view state's `order` it came with (-1: added in the window); saving keeps it when
                           // it still agrees with the list's order (core::toViewState)
    UserLayerStatus status = UserLayerStatus::Loading;
    std::size_t featureCount = 0;
    UserGeometryKind kind = UserGeometryKind::None;
    std::vector<std::string> problems;  // the load error (Failed) or warnings (skipped features, a cap)

    /// The file name without folders, for the panel.
    [[nodiscard]] std::string displayName() const;
};

/// A feature of a user layer, as hover/selection state.
struct UserFeatureRef {
    std::uint32_t layer = 0;   // UserLayerEntry::id
    std::size_t feature = 0;   // index in UserLayer::features
    friend bool operator==(const UserFeatureRef&, const UserFeatureRef&) = default;
};

/// The colour the n-th added layer gets: distinct from the map's own colours and from each other.
Color userLayerColour(std::size_t n);

/// "#rrggbb" (the view state's colour form) <-> Color (alpha 1).
std::string hexColour(const Color& c);
std::optional<Color> colourFromHex(std::string_view hex);

/// One loaded feature: attributes as text, geometry in lon/lat and its levels of detail (polygons triangulated,
/// outlined) built by the same code as the basemap's (geoio::buildLods).
struct UserFeature {
    std::map<std::string, std::string> attributes;
    Geometry lonLat;
    std::vector<FeatureShape> lods;  // kLodCount levels, or empty for point-only features
};

/// The loaded file, in lon/lat. Projection-independent: projectUserLayer turns it into a UserLayerScene.
struct UserLayer {
    std::string path;
    std::vector<UserFeature> features;
    UserGeometryKind kind = UserGeometryKind::None;
    BBox lonLatBounds;
    std::vector<std::string> warnings;  // features skipped, a cap reached, a source CRS without transformation
    std::vector<std::string> fields;    // userLayerFields, listed once when loaded (the panel and labels read it)
};

/// The attribute names the layer's features carry (from the first 1000), sorted: the Layers panel's label choice.
std::vector<std::string> userLayerFields(const UserLayer& layer);
/// The attribute a layer's labels show: `chosen` when the features have it, else the first of name, title, label
/// (any case, then any field whose name contains "name"), else the first field; "" when there are none.
std::string userLabelField(const std::vector<std::string>& fields, const std::string& chosen);

/// The kind of a set of features (None when none has geometry).
UserGeometryKind geometryKindOf(const std::vector<UserFeature>& features);

/// A feature's name for tooltips and the inspector: its `name` attribute (any case; else `title`, `label`), or
/// "feature N" (1-based) when it has none.
std::string userFeatureName(const UserFeature& feature, std::size_t index);

/// A user layer projected for drawing and picking; vertex and segment coordinates are relative to `origin` (the
/// scene's), the pick index is in absolute projected metres. Colours are not baked in: the renderer applies the
/// layer's colour and opacity at draw time, so changing them does not rebuild this.
struct UserLayerScene {
    ProjectionId projection = ProjectionId::LambertCaucasus;
    Vec2 origin;
    std::array<std::vector<FillVertex>, kLodCount> fillVertices;  // `feature` = index in UserLayer::features
    std::array<std::vector<std::uint32_t>, kLodCount> fillIndices;
    std::array<std::vector<Segment>, kLodCount> lines;  // line geometry and polygon outlines
    std::vector<PointSymbol> points;
    PickIndex pick;
    BBox bounds;  // absolute projected metres
};

UserLayerScene projectUserLayer(const UserLayer& layer, const Projector& projector, Vec2 origin);

/// The outline of one user feature (lines and polygon rings) at a level of detail, relative to `origin`: the
/// selection halo.
std::vector<Segment> userFeatureOutline(const UserFeature& feature, int lod, const Projector& projector, Vec2 origin);

/// The entry with this id, or null.
const UserLayerEntry* findUserLayer(const std::vector<UserLayerEntry>& layers, std::uint32_t id);
UserLayerEntry* findUserLayer(std::vector<UserLayerEntry>& layers, std::uint32_t id);

}  // namespace atlas::core
