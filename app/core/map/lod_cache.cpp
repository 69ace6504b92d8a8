// Level-of-detail cache encoding: little fixed-width records, validated field by field when read back.
#include "core/map/lod_cache.hpp"

#include <cstring>

#include "core/map/sealed_bytes.hpp"

namespace atlas::core {

namespace {

constexpr char kMagic[8] = {'C', 'A', 'T', 'L', 'A', 'S', 'L', 'D'};

class Writer {
public:
    template <class T>
    void put(const T& v) {
        const auto* p = reinterpret_cast<const char*>(&v);
        out.append(p, sizeof(T));
    }
    void points(const std::vector<Vec2>& pts) {
        put(static_cast<std::uint32_t>(pts.size()));
        for (const Vec2 p : pts) {
            put(p.x);
            put(p.y);
        }
    }
    std::string out;
};

class Reader {
public:
    explicit Reader(std::string_view b) : bytes(b) {}
    template <class T>
    bool get(T& v) {
        if (bytes.size() - pos < sizeof(T)) return false;
        std::memcpy(&v, bytes.data() + pos, sizeof(T));
        pos += sizeof(T);
        return true;
    }
    bool points(std::vector<Vec2>& pts) {
        std::uint32_t n = 0;
        if (!get(n) || n > (bytes.size() - pos) / 16) return false;
        pts.resize(n);
        for (Vec2& p : pts)
            if (!get(p.x) || !get(p.y)) return false;
        return true;
    }
    std::string_view bytes;
    std::size_t pos = 0;
};

}  // namespace

std::string encodeLodCache(const FeatureLods& lods, std::uint64_t key) {
    Writer w;
    w.out.append(kMagic, sizeof kMagic);
    w.put(kLodCacheFormat);
    w.put(key);
    w.put(static_cast<std::uint64_t>(lods.size()));
    for (const auto& feature : lods) {
        w.put(static_cast<std::uint32_t>(feature.size()));
        for (const FeatureShape& shape : feature) {
            w.points(shape.fill.vertices);
            w.put(static_cast<std::uint32_t>(shape.fill.indices.size()));
            for (std::uint32_t i : shape.fill.indices) w.put(i);
            w.put(static_cast<std::uint32_t>(shape.lines.size()));
            for (const LineString& line : shape.lines) w.points(line);
        }
    }
    sealBytes(w.out);
    return std::move(w.out);
}

std::optional<FeatureLods> decodeLodCache(std::string_view bytes, std::uint64_t key, std::size_t featureCount,
                                          std::string& error) {
    const auto body = unsealBytes(bytes, {kMagic, sizeof kMagic}, 4 + 8 + 8, "level-of-detail cache", error);
    if (!body) return std::nullopt;
    Reader r(*body);
    std::uint32_t format = 0;
    std::uint64_t fileKey = 0, count = 0;
    if (!r.get(format) || format != kLodCacheFormat) {
        error = "format " + std::to_string(format) + " (this build reads " + std::to_string(kLodCacheFormat) + ")";
        return std::nullopt;
    }
    if (!r.get(fileKey) || fileKey != key) {
        error = "written for other geodata";
        return std::nullopt;
    }
    if (!r.get(count) || count != featureCount) {
        error = "feature count differs";
        return std::nullopt;
    }
    FeatureLods lods(featureCount);
    for (auto& feature : lods) {
        std::uint32_t levels = 0;
        if (!r.get(levels) || levels > static_cast<std::uint32_t>(kLodCount)) {
            error = "bad level count";
            return std::nullopt;
        }
        feature.resize(levels);
        for (FeatureShape& shape : feature) {
            std::uint32_t nIdx = 0, nLines = 0;
            if (!r.points(shape.fill.vertices) || !r.get(nIdx) || nIdx % 3 != 0 || nIdx > (r.bytes.size() - r.pos) / 4) {
                error = "truncated mesh";
                return std::nullopt;
            }
            shape.fill.indices.resize(nIdx);
            for (std::uint32_t& i : shape.fill.indices)
                if (!r.get(i) || i >= shape.fill.vertices.size()) {
                    error = "triangle index outside its mesh";
                    return std::nullopt;
                }
            if (!r.get(nLines) || nLines > (r.bytes.size() - r.pos) / 4) {
                error = "truncated lines";
                return std::nullopt;
            }
            shape.lines.resize(nLines);
            for (LineString& line : shape.lines)
                if (!r.points(line)) {
                    error = "truncated line";
                    return std::nullopt;
                }
        }
    }
    if (r.pos != r.bytes.size()) {
        error = "trailing bytes";
        return std::nullopt;
    }
    return lods;
}

}  // namespace atlas::core
