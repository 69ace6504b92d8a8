// Everything the explorer window shows as one versioned, serialisable value ("caucasus-atlas-view" JSON).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/camera.hpp"
#include "core/date.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/gazetteer/naming.hpp"  // NamingChoice, namingKey, namingFromString
#include "core/projector.hpp"

namespace atlas::core {

inline constexpr std::string_view kViewStateFormat = "caucasus-atlas-view";
inline constexpr int kViewStateVersion = 1;
/// Bounds of the interface size (`ui_scale`).
inline constexpr double kMinUiScale = 0.5;
inline constexpr double kMaxUiScale = 4.0;

/// The built-in layers, in default draw order (index = default `order`).
inline constexpr std::array<std::string_view, 10> kBuiltinLayerKeys = {
    "land", "countries", "water", "regions", "borders", "lines", "corridors", "places", "offmap", "graticule"};
/// Built-in layers whose draw order the user can change (areas among areas, lines among lines: every area is drawn
/// before every line). Places, off-map arrows and the graticule keep their place: symbols and labels on top, the
/// graticule under the lines.
bool builtinLayerOrderable(std::string_view key);
/// The parts of a built-in layer that can be hidden on their own: "corridors" has roads, railways and pipelines,
/// "water" has lakes, rivers and coastline; every other key has none.
std::vector<std::string_view> builtinLayerParts(std::string_view key);

// TimeDisplay (hide | fade features outside the year) comes from core/feature_visuals.hpp.

std::string_view timeDisplayKey(TimeDisplay d);  // "hide", "fade"
std::optional<TimeDisplay> timeDisplayFromKey(std::string_view key);

/// Camera independent of the projection: centre in lon/lat and ground metres per pixel at the centre.
struct ViewCamera {
    double lon = 44.85;
    double lat = 41.1;
    double groundMetersPerPixel = 900.0;
    ProjectionId projection = ProjectionId::LambertCaucasus;
    friend bool operator==(const ViewCamera&, const ViewCamera&) = default;
};

/// No time filter, one year (or a month or day of it), or an inclusive range of years.
struct TimeSelection {
    enum class Kind { None, Year, Range };
    Kind kind = Kind::None;
    int from = 0;  // Year: the year (from == to)
    int to = 0;
    TimeDisplay display = TimeDisplay::Hide;
    /// Year only: a month or a day within the year ("date": "2023-01-15" in view files, beside "year": 2023 for
    /// older readers). Files without it load as before: the whole year.
    std::optional<Date> date;

    static TimeSelection none() { return {}; }
    static TimeSelection year(int y) { return {Kind::Year, y, y, TimeDisplay::Hide, std::nullopt}; }
    static TimeSelection range(int a, int b) { return {Kind::Range, a, b, TimeDisplay::Hide, std::nullopt}; }
    static TimeSelection onDate(Date d) { return {Kind::Year, d.year, d.year, TimeDisplay::Hide, d}; }
    friend bool operator==(const TimeSelection&, const TimeSelection&) = default;
};

struct LayerSettings {
    std::string key;  // a built-in key, or the file path of a user layer
    bool user = false;
    bool visible = true;
    double opacity = 1.0;                // 0..1
    std::optional<std::string> colour;   // "#rrggbb" override
    bool labels = true;
    int order = 0;                       // draw order, low first
    std::vector<std::string> hidden;     // built-in layers with parts (builtinLayerParts): the parts hidden while
                                         // the layer is shown, e.g. "railways" of "corridors"
    std::optional<std::string> labelField;  // a user layer's: the attribute its labels show (none: chosen for it)
    friend bool operator==(const LayerSettings&, const LayerSettings&) = default;
};

struct PanelsOpen {
    bool layers = true;
    bool inspector = true;
    bool reader = false;
    bool search = false;
    bool timeline = true;
    bool legend = true;
    friend bool operator==(const PanelsOpen&, const PanelsOpen&) = default;
};

struct ViewState {
    ViewCamera camera;
    TimeSelection time;
    NamingChoice naming = NamingChoice::English;
    std::vector<LayerSettings> layers = defaultLayers();  // built-ins first (kBuiltinLayerKeys order), then user layers
    std::optional<std::string> selection;           // feature id
    std::optional<std::string> openPassage;         // passage id shown in the reader
    std::optional<std::string> highlightedPassage;  // passage id highlighted in presentation
    PanelsOpen panels;
    double uiScale = 1.0;

    static std::vector<LayerSettings> defaultLayers();
    /// Settings of a layer by key (built-in key or user layer path).
    [[nodiscard]] const LayerSettings* layer(std::string_view key) const;
    LayerSettings* layer(std::string_view key);
    friend bool operator==(const ViewState&, const ViewState&) = default;
};

/// A value that was invalid and replaced: `field` is the JSON path ("time.year"), `problem` what is wrong
/// ("is not an integer"), `fallback` what is used instead ("no year").
struct FieldWarning {
    std::string field;
    std::string problem;
    std::string fallback;
    /// "'time.year' is not an integer; using no year"
    [[nodiscard]] std::string text() const;
};

struct ViewStateParse {
    std::optional<ViewState> state;      // nullopt when refused (error set)
    std::vector<FieldWarning> warnings;  // values replaced by defaults
    std::string error;                   // why the document was refused
};

/// The full document with "format" and "version" (keys in a stable order).
nlohmann::ordered_json toJson(const ViewState& view);
/// The view fields only (as embedded in a deck slide).
nlohmann::ordered_json viewBodyToJson(const ViewState& view);

/// Reads a full document: wrong format, missing/invalid version or a newer version refuse; unknown fields
/// are ignored, missing fields take defaults, invalid values become warnings and defaults.
ViewStateParse fromJson(const nlohmann::ordered_json& doc);
/// Parses text (a JSON syntax error refuses with the parser's position).
ViewStateParse viewStateFromText(std::string_view text);
/// Reads the view fields only; warnings name fields as `fieldPrefix` + name (e.g. "view.time.year").
ViewState viewBodyFromJson(const nlohmann::ordered_json& body, std::string_view fieldPrefix,
                           std::vector<FieldWarning>& warnings);

/// Projection-independent camera <-> the projected Camera (metres per projected unit at the centre).
ViewCamera viewCameraFrom(const Camera& camera, const Projector& projector);
std::optional<Camera> cameraFrom(const ViewCamera& view, const Projector& projector);

}  // namespace atlas::core
