// View state <-> JSON: defaults for missing fields, warnings for invalid ones, refusal of newer versions.
#include "core/state/view_state.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace atlas::core {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kMinYear = -9999;
constexpr int kMaxYear = 9999;

/// Reads fields of one JSON object, recording a warning for each invalid value.
class FieldReader {
public:
    FieldReader(const Json& obj, std::string prefix, std::vector<FieldWarning>& warnings)
        : m_obj(obj), m_prefix(std::move(prefix)), m_warnings(warnings) {}

    [[nodiscard]] const Json* get(const char* key) const {
        if (!m_obj.is_object()) return nullptr;
        auto it = m_obj.find(key);
        return it == m_obj.end() ? nullptr : &*it;
    }
    void warn(const std::string& key, const std::string& problem, const std::string& fallback) const {
        m_warnings.push_back({m_prefix + key, problem, fallback});
    }
    [[nodiscard]] std::string path(const std::string& key) const { return m_prefix + key + "."; }

    void boolean(const char* key, bool& out) const {
        const Json* v = get(key);
        if (!v) return;
        if (v->is_boolean()) out = v->get<bool>();
        else warn(key, "is not true or false", out ? "true" : "false");
    }
    void number(const char* key, double& out, double lo, double hi, const std::string& fallback) const {
        const Json* v = get(key);
        if (!v) return;
        if (!v->is_number()) warn(key, "is not a number", fallback);
        else if (const double d = v->get<double>(); !std::isfinite(d) || d < lo || d > hi)
            warn(key, "is out of range (" + fmt(lo) + " to " + fmt(hi) + ")", fallback);
        else out = d;
    }
    void optionalString(const char* key, std::optional<std::string>& out) const {
        const Json* v = get(key);
        if (!v || v->is_null()) return;
        if (v->is_string() && !v->get<std::string>().empty()) out = v->get<std::string>();
        else warn(key, v->is_string() ? "is empty" : "is not a string or null", "none");
    }
    static std::string fmt(double d) {
        Json j = d;
        return j.dump();
    }

private:
    const Json& m_obj;
    std::string m_prefix;
    std::vector<FieldWarning>& m_warnings;
};

bool isHexColour(const std::string& s) {
    if (s.size() != 7 || s[0] != '#') return false;
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

std::optional<int> asYear(const Json& v) {
    if (!v.is_number_integer()) return std::nullopt;
    const auto y = v.get<long long>();
    if (y < kMinYear || y > kMaxYear) return std::nullopt;
    return static_cast<int>(y);
}

FieldReader child(const FieldReader& parent, const std::string& key, const Json& obj, std::vector<FieldWarning>& w) {
    return FieldReader(obj, parent.path(key), w);
}

void readCamera(const FieldReader& parent, ViewCamera& cam, std::vector<FieldWarning>& w) {
    const Json* c = parent.get("camera");
    if (!c) return;
    if (!c->is_object()) return parent.warn("camera", "is not an object", "the whole region");
    const FieldReader r = child(parent, "camera", *c, w);
    const ViewCamera defaults;
    r.number("lon", cam.lon, -180.0, 180.0, "the default " + FieldReader::fmt(defaults.lon));
    r.number("lat", cam.lat, -85.0, 85.0, "the default " + FieldReader::fmt(defaults.lat));
    r.number("ground_metres_per_pixel", cam.groundMetersPerPixel, Camera::kMinMetersPerPixel,
             Camera::kMaxMetersPerPixel, "the default " + FieldReader::fmt(defaults.groundMetersPerPixel));
    if (const Json* p = r.get("projection")) {
        const auto id = p->is_string() ? projectionFromKey(p->get<std::string>()) : std::nullopt;
        if (id) cam.projection = *id;
        else r.warn("projection", "is not one of lcc, webmercator, utm38n, platecarree", "lcc");
    }
}

void readTime(const FieldReader& parent, TimeSelection& t, std::vector<FieldWarning>& w) {
    const Json* tj = parent.get("time");
    if (!tj || tj->is_null()) return;
    if (!tj->is_object()) return parent.warn("time", "is not an object", "no time filter");
    const FieldReader r = child(parent, "time", *tj, w);
    const Json* year = r.get("year");
    const Json* range = r.get("range");
    const Json* date = r.get("date");
    if (date && !date->is_null()) {
        const auto d = date->is_string() ? parseDate(date->get<std::string>()) : std::nullopt;
        if (d) t = TimeSelection::onDate(*d);
        else r.warn("date", "is not a date YYYY, YYYY-MM or YYYY-MM-DD", year && !year->is_null() ? "the year" : "no date");
    }
    if (t.date) {
        if (year && !year->is_null() && asYear(*year) != t.date->year)
            r.warn("year", "differs from the date's year", "the date");
    } else if (year && !year->is_null()) {
        if (auto y = asYear(*year)) t = TimeSelection::year(*y);
        else r.warn("year", year->is_number_integer() ? "is out of range (-9999 to 9999)" : "is not an integer",
                    "no year");
    }
    if (range && !range->is_null() && t.kind == TimeSelection::Kind::None) {
        const bool pair = range->is_array() && range->size() == 2;
        const auto a = pair ? asYear((*range)[0]) : std::nullopt;
        const auto b = pair ? asYear((*range)[1]) : std::nullopt;
        if (!a || !b) r.warn("range", "is not a pair of integer years [from, to]", "no range");
        else if (*a > *b) r.warn("range", "starts after it ends", "no range");
        else t = TimeSelection::range(*a, *b);
    } else if (range && !range->is_null()) {
        r.warn("range", "is given together with 'year'", "the year only");
    }
    if (const Json* d = r.get("display")) {
        const auto disp = d->is_string() ? timeDisplayFromKey(d->get<std::string>()) : std::nullopt;
        if (disp) t.display = *disp;
        else r.warn("display", "is not \"hide\" or \"fade\"", "hide");
    }
}

void readLayerFields(const FieldReader& r, LayerSettings& l) {
    r.boolean("visible", l.visible);
    r.number("opacity", l.opacity, 0.0, 1.0, "opacity " + FieldReader::fmt(l.opacity));
    if (const Json* c = r.get("colour"); c && !c->is_null()) {
        if (c->is_string() && isHexColour(c->get<std::string>())) l.colour = c->get<std::string>();
        else r.warn("colour", "is not a colour \"#rrggbb\" or null", "the style's colour");
    }
    r.boolean("labels", l.labels);
    if (l.user) r.optionalString("label_field", l.labelField);
    if (const Json* o = r.get("order")) {
        if (o->is_number_integer() && o->get<long long>() >= 0 && o->get<long long>() <= 100000)
            l.order = static_cast<int>(o->get<long long>());
        else r.warn("order", "is not a non-negative integer", "order " + std::to_string(l.order));
    }
    if (const Json* h = r.get("hidden"); h && !l.user) {
        const auto parts = builtinLayerParts(l.key);
        if (!h->is_array()) return r.warn("hidden", "is not an array of part names", "every part shown");
        for (const Json& part : *h) {
            const std::string name = part.is_string() ? part.get<std::string>() : std::string();
            if (std::find(parts.begin(), parts.end(), name) == parts.end())
                r.warn("hidden", "names '" + (part.is_string() ? name : part.dump()) + "', not a part of this layer",
                       "that entry left out");
            else if (std::find(l.hidden.begin(), l.hidden.end(), name) == l.hidden.end())
                l.hidden.push_back(name);
        }
    }
}

void readLayers(const FieldReader& parent, ViewState& v, std::vector<FieldWarning>& w) {
    if (const Json* lj = parent.get("layers")) {
        if (!lj->is_object()) {
            parent.warn("layers", "is not an object", "the default layers");
        } else {
            const FieldReader layers = child(parent, "layers", *lj, w);
            for (auto& l : v.layers) {
                const Json* one = layers.get(l.key.c_str());
                if (!one) continue;
                if (!one->is_object()) layers.warn(l.key, "is not an object", "the default settings");
                else readLayerFields(child(layers, l.key.c_str(), *one, w), l);
            }
        }
    }
    const Json* uj = parent.get("user_layers");
    if (!uj) return;
    if (!uj->is_array()) return parent.warn("user_layers", "is not an array", "no user layers");
    for (std::size_t i = 0; i < uj->size(); ++i) {
        const std::string key = "user_layers[" + std::to_string(i) + "]";
        const Json& one = (*uj)[i];
        const Json* path = one.is_object() && one.contains("path") ? &one["path"] : nullptr;
        if (!path || !path->is_string() || path->get<std::string>().empty()) {
            parent.warn(key, "has no file \"path\"", "layer left out");
            continue;
        }
        LayerSettings l;
        l.key = path->get<std::string>();
        l.user = true;
        l.order = static_cast<int>(v.layers.size());
        readLayerFields(FieldReader(one, parent.path(key), w), l);
        if (v.layer(l.key)) parent.warn(key, "repeats the path '" + l.key + "'", "the first one");
        else v.layers.push_back(std::move(l));
    }
}

void readPanels(const FieldReader& parent, PanelsOpen& p, std::vector<FieldWarning>& w) {
    const Json* pj = parent.get("panels");
    if (!pj) return;
    if (!pj->is_object()) return parent.warn("panels", "is not an object", "the default panels");
    const FieldReader r = child(parent, "panels", *pj, w);
    r.boolean("layers", p.layers);
    r.boolean("inspector", p.inspector);
    r.boolean("reader", p.reader);
    r.boolean("search", p.search);
    r.boolean("timeline", p.timeline);
    r.boolean("legend", p.legend);
}

Json layerToJson(const LayerSettings& l) {
    Json j = Json::object();
    if (l.user) j["path"] = l.key;
    j["visible"] = l.visible;
    j["opacity"] = l.opacity;
    j["colour"] = l.colour ? Json(*l.colour) : Json(nullptr);
    j["labels"] = l.labels;
    if (l.user && l.labelField) j["label_field"] = *l.labelField;
    j["order"] = l.order;
    if (!l.hidden.empty()) j["hidden"] = l.hidden;  // only when some part is hidden
    return j;
}

Json optionalToJson(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

}  // namespace

std::string_view timeDisplayKey(TimeDisplay d) { return enumName(d, "hide"); }

std::optional<TimeDisplay> timeDisplayFromKey(std::string_view key) { return enumFromName<TimeDisplay>(key); }

std::vector<LayerSettings> ViewState::defaultLayers() {
    std::vector<LayerSettings> out;
    for (std::size_t i = 0; i < kBuiltinLayerKeys.size(); ++i) {
        LayerSettings l;
        l.key = std::string(kBuiltinLayerKeys[i]);
        l.order = static_cast<int>(i);
        l.labels = l.key != "land" && l.key != "graticule";
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<std::string_view> builtinLayerParts(std::string_view key) {
    if (key == "corridors") return {"roads", "railways", "pipelines"};
    if (key == "water") return {"lakes", "rivers", "coastline"};
    return {};
}

bool builtinLayerOrderable(std::string_view key) {
    return key != "places" && key != "offmap" && key != "graticule" &&
           std::find(kBuiltinLayerKeys.begin(), kBuiltinLayerKeys.end(), key) != kBuiltinLayerKeys.end();
}

const LayerSettings* ViewState::layer(std::string_view key) const {
    for (const auto& l : layers)
        if (l.key == key) return &l;
    return nullptr;
}

LayerSettings* ViewState::layer(std::string_view key) {
    for (auto& l : layers)
        if (l.key == key) return &l;
    return nullptr;
}

std::string FieldWarning::text() const { return "'" + field + "' " + problem + "; using " + fallback; }

Json viewBodyToJson(const ViewState& v) {
    Json j = Json::object();
    j["camera"] = {{"lon", v.camera.lon},
                   {"lat", v.camera.lat},
                   {"ground_metres_per_pixel", v.camera.groundMetersPerPixel},
                   {"projection", std::string(projectionKey(v.camera.projection))}};
    Json t = Json::object();
    t["year"] = v.time.kind == TimeSelection::Kind::Year ? Json(v.time.from) : Json(nullptr);
    if (v.time.kind == TimeSelection::Kind::Year && v.time.date) t["date"] = v.time.date->toString();
    t["range"] = v.time.kind == TimeSelection::Kind::Range ? Json::array({v.time.from, v.time.to}) : Json(nullptr);
    t["display"] = std::string(timeDisplayKey(v.time.display));
    j["time"] = t;
    j["naming"] = std::string(namingKey(v.naming));
    Json layers = Json::object();
    Json user = Json::array();
    for (const auto& l : v.layers) {
        if (l.user) user.push_back(layerToJson(l));
        else layers[l.key] = layerToJson(l);
    }
    j["layers"] = layers;
    j["user_layers"] = user;
    j["selection"] = optionalToJson(v.selection);
    j["open_passage"] = optionalToJson(v.openPassage);
    j["highlighted_passage"] = optionalToJson(v.highlightedPassage);
    j["panels"] = {{"layers", v.panels.layers},     {"inspector", v.panels.inspector}, {"reader", v.panels.reader},
                   {"search", v.panels.search},     {"timeline", v.panels.timeline},   {"legend", v.panels.legend}};
    j["ui_scale"] = v.uiScale;
    return j;
}

Json toJson(const ViewState& v) {
    Json j = Json::object();
    j["format"] = std::string(kViewStateFormat);
    j["version"] = kViewStateVersion;
    const Json body = viewBodyToJson(v);
    for (const auto& item : body.items()) j[item.key()] = item.value();
    return j;
}

ViewState viewBodyFromJson(const Json& body, std::string_view fieldPrefix, std::vector<FieldWarning>& w) {
    ViewState v;
    const FieldReader r(body, std::string(fieldPrefix), w);
    readCamera(r, v.camera, w);
    readTime(r, v.time, w);
    if (const Json* n = r.get("naming")) {
        const auto choice = n->is_string() ? namingFromString(n->get<std::string>()) : std::nullopt;
        if (choice) v.naming = *choice;
        else r.warn("naming", "is not one of english, armenian, azerbaijani, both", "english");
    }
    readLayers(r, v, w);
    r.optionalString("selection", v.selection);
    r.optionalString("open_passage", v.openPassage);
    r.optionalString("highlighted_passage", v.highlightedPassage);
    readPanels(r, v.panels, w);
    r.number("ui_scale", v.uiScale, kMinUiScale, kMaxUiScale, "1");
    return v;
}

ViewStateParse fromJson(const Json& doc) {
    ViewStateParse out;
    if (!doc.is_object()) {
        out.error = "not a view state: expected a JSON object";
        return out;
    }
    const auto fmt = doc.find("format");
    if (fmt == doc.end() || !fmt->is_string() || fmt->get<std::string>() != kViewStateFormat) {
        out.error = "not a view state: \"format\" must be \"" + std::string(kViewStateFormat) + "\"";
        return out;
    }
    const auto ver = doc.find("version");
    if (ver == doc.end() || !ver->is_number_integer() || ver->get<long long>() < 1) {
        out.error = "view state has no valid \"version\" (expected an integer, 1)";
        return out;
    }
    if (ver->get<long long>() > kViewStateVersion) {
        out.error = "view state version " + std::to_string(ver->get<long long>()) +
                    " is newer than this program reads (" + std::to_string(kViewStateVersion) +
                    "); open it with a newer Caucasus Atlas";
        return out;
    }
    out.state = viewBodyFromJson(doc, "", out.warnings);
    return out;
}

ViewStateParse viewStateFromText(std::string_view text) {
    Json doc;
    try {
        doc = Json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        ViewStateParse out;
        out.error = "not valid JSON (at byte " + std::to_string(e.byte) + ")";
        return out;
    } catch (const nlohmann::json::out_of_range&) {  // a number too large for a double, e.g. 1e999
        ViewStateParse out;
        out.error = "not valid JSON (a number is out of range)";
        return out;
    }
    return fromJson(doc);
}

ViewCamera viewCameraFrom(const Camera& camera, const Projector& projector) {
    ViewCamera v;
    v.projection = projector.id();
    const Vec2 c = camera.center();
    const auto ll = projector.inverse(c);
    if (!ll) return v;
    v.lon = ll->x;
    v.lat = ll->y;
    const double step = camera.metersPerPixel() * 100.0;  // 100 pixels east
    const auto east = projector.inverse(Vec2{c.x + step, c.y});
    if (east) {
        const double ground = projector.geodesicDistance(*ll, *east);
        if (ground > 0 && std::isfinite(ground)) v.groundMetersPerPixel = ground / 100.0;
    }
    return v;
}

std::optional<Camera> cameraFrom(const ViewCamera& view, const Projector& projector) {
    const auto c = projector.forward(Vec2{view.lon, view.lat});
    if (!c) return std::nullopt;
    // Projected units per ground metre at the centre, measured over a short eastward step.
    const double probe = 1000.0;
    const auto east = projector.inverse(Vec2{c->x + probe, c->y});
    double factor = 1.0;
    if (east) {
        const double ground = projector.geodesicDistance(Vec2{view.lon, view.lat}, *east);
        if (ground > 0 && std::isfinite(ground)) factor = probe / ground;
    }
    return Camera(*c, view.groundMetersPerPixel * factor);
}

}  // namespace atlas::core
