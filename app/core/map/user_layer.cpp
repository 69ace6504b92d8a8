// User layers: colours, names, geometry kinds, and projection into GPU-ready batches plus a pick index.
#include "core/map/user_layer.hpp"

#include <set>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace atlas::core {
namespace {

bool finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Appends a projected polyline as segments (distance along the line for dashes), skipping unprojectable pieces.
void addLine(std::vector<Segment>& out, const LineString& lonLat, const Projector& projector, Vec2 origin,
             std::uint32_t feature) {
    std::vector<Vec2> pts = lonLat;
    projector.forwardInPlace(pts);
    appendPolyline(out, pts, origin, feature);
}

}  // namespace

std::string_view userGeometryKindName(UserGeometryKind kind) { return enumName(kind, "no geometry"); }

std::string UserLayerEntry::displayName() const {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<std::string> userLayerFields(const UserLayer& layer) {
    std::set<std::string> names;
    const std::size_t n = std::min<std::size_t>(layer.features.size(), 1000);
    for (std::size_t i = 0; i < n; ++i)
        for (const auto& [key, value] : layer.features[i].attributes) names.insert(key);
    return {names.begin(), names.end()};
}

std::string userLabelField(const std::vector<std::string>& fields, const std::string& chosen) {
    if (fields.empty()) return {};
    if (!chosen.empty() && std::find(fields.begin(), fields.end(), chosen) != fields.end()) return chosen;
    const auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    for (const char* want : {"name", "title", "label"})
        for (const auto& f : fields)
            if (lower(f) == want) return f;
    for (const auto& f : fields)
        if (lower(f).find("name") != std::string::npos) return f;
    return fields.front();
}

Color userLayerColour(std::size_t n) {
    // Saturated hues the basemap does not use (its land is beige, its water blue-grey, its lines dark red and grey).
    constexpr std::uint32_t kPalette[] = {0xD7263D, 0x1B998B, 0x7B2CBF, 0xF46036, 0x2E86AB, 0x8AC926, 0xC2185B, 0x3D348B};
    return Color::rgb(kPalette[n % std::size(kPalette)]);
}

std::string hexColour(const Color& c) {
    auto ch = [](float v) { return static_cast<unsigned>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", ch(c.r), ch(c.g), ch(c.b));
    return buf;
}

std::optional<Color> colourFromHex(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    std::uint32_t v = 0;
    for (char c : hex.substr(1)) {
        const auto u = static_cast<unsigned char>(c);
        if (!std::isxdigit(u)) return std::nullopt;
        v = v * 16 + static_cast<std::uint32_t>(std::isdigit(u) ? u - '0' : std::tolower(u) - 'a' + 10);
    }
    return Color::rgb(v);
}

UserGeometryKind geometryKindOf(const std::vector<UserFeature>& features) {
    bool points = false, lines = false, polygons = false;
    for (const auto& f : features) {
        points |= !f.lonLat.points.empty();
        lines |= !f.lonLat.lines.empty();
        polygons |= !f.lonLat.polygons.empty();
    }
    const int kinds = int(points) + int(lines) + int(polygons);
    if (kinds == 0) return UserGeometryKind::None;
    if (kinds > 1) return UserGeometryKind::Mixed;
    return points ? UserGeometryKind::Points : lines ? UserGeometryKind::Lines : UserGeometryKind::Polygons;
}

std::string userFeatureName(const UserFeature& feature, std::size_t index) {
    for (const char* key : {"name", "title", "label"})
        for (const auto& [k, v] : feature.attributes)
            if (lower(k) == key && !v.empty()) return v;
    return "feature " + std::to_string(index + 1);
}

UserLayerScene projectUserLayer(const UserLayer& layer, const Projector& projector, Vec2 origin) {
    UserLayerScene s;
    s.projection = projector.id();
    s.origin = origin;
    for (std::size_t fi = 0; fi < layer.features.size(); ++fi) {
        const UserFeature& f = layer.features[fi];
        const auto id = static_cast<std::uint32_t>(fi);
        for (std::size_t lod = 0; lod < f.lods.size() && lod < static_cast<std::size_t>(kLodCount); ++lod) {
            const FeatureShape& shape = f.lods[lod];
            if (!shape.fill.indices.empty()) {
                std::vector<Vec2> projected = shape.fill.vertices;
                projector.forwardInPlace(projected);
                auto& verts = s.fillVertices[lod];
                auto& idx = s.fillIndices[lod];
                const auto base = static_cast<std::uint32_t>(verts.size());
                for (const Vec2 p : projected)
                    verts.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), id, 0});
                for (std::size_t i = 0; i + 2 < shape.fill.indices.size(); i += 3) {
                    const std::uint32_t a = shape.fill.indices[i], b = shape.fill.indices[i + 1], c = shape.fill.indices[i + 2];
                    if (!finite(projected[a]) || !finite(projected[b]) || !finite(projected[c])) continue;
                    idx.insert(idx.end(), {base + a, base + b, base + c});
                }
            }
            for (const auto& l : shape.lines) addLine(s.lines[lod], l, projector, origin, id);
        }
        if (!f.lonLat.points.empty()) {
            std::vector<Vec2> pts = f.lonLat.points;
            projector.forwardInPlace(pts);
            for (const Vec2 p : pts)
                if (finite(p))
                    s.points.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), 4.0f, id, 0,
                                        false});
        }
        // Picking uses the full geometry (a user layer is picked where it is drawn at the finest level).
        PickIndex::Entry e;
        e.feature = fi;
        e.geometry.points = f.lonLat.points;
        projector.forwardInPlace(e.geometry.points);
        std::erase_if(e.geometry.points, [](Vec2 p) { return !finite(p); });
        for (auto line : f.lonLat.lines) {
            projector.forwardInPlace(line);
            if (std::all_of(line.begin(), line.end(), finite)) e.geometry.lines.push_back(std::move(line));
        }
        for (const auto& p : f.lonLat.polygons) {
            Polygon q = p;
            projector.forwardInPlace(q.outer);
            for (auto& h : q.holes) projector.forwardInPlace(h);
            if (!std::all_of(q.outer.begin(), q.outer.end(), finite)) continue;
            e.area += polygonArea(q);
            e.geometry.polygons.push_back(std::move(q));
        }
        e.bounds = e.geometry.bounds();
        if (e.bounds.empty()) continue;
        s.bounds.extend(e.bounds);
        s.pick.entries.push_back(std::move(e));
    }
    return s;
}

std::vector<Segment> userFeatureOutline(const UserFeature& f, int lod, const Projector& projector, Vec2 origin) {
    std::vector<Segment> out;
    if (!f.lods.empty()) {
        const auto level = static_cast<std::size_t>(std::clamp(lod, 0, static_cast<int>(f.lods.size()) - 1));
        for (const auto& l : f.lods[level].lines) addLine(out, l, projector, origin, 0);
    }
    // A point gets a dot under it, so that a selected point is marked like any other feature.
    std::vector<Vec2> pts = f.lonLat.points;
    projector.forwardInPlace(pts);
    for (const Vec2 p : pts) {
        if (!finite(p)) continue;
        const Vec2 c = p - origin;
        const float x = static_cast<float>(c.x), y = static_cast<float>(c.y);
        out.push_back({x, y, x, y, 0, 0});  // a zero-length segment draws as a round dot of the line's width
    }
    return out;
}

const UserLayerEntry* findUserLayer(const std::vector<UserLayerEntry>& layers, std::uint32_t id) {
    for (const auto& l : layers)
        if (l.id == id) return &l;
    return nullptr;
}

UserLayerEntry* findUserLayer(std::vector<UserLayerEntry>& layers, std::uint32_t id) {
    for (auto& l : layers)
        if (l.id == id) return &l;
    return nullptr;
}

}  // namespace atlas::core
