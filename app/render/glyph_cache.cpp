// Encoding and checked decoding of the SDF glyph cache file.
#include "render/glyph_cache.hpp"

#include <algorithm>
#include <cstring>

#include "core/corpus/index_cache.hpp"

namespace atlas::render {
namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'S', 'D', 'F', 'G', '\n'};
constexpr int kMaxSide = 4096;  // far above any glyph at the atlas's base size; guards against absurd sizes

template <typename T>
void put(std::string& out, T v) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out.append(b, sizeof(T));
}

struct Reader {
    std::string_view bytes;
    std::size_t at = 0;
    template <typename T>
    bool get(T& v) {
        if (bytes.size() - at < sizeof(T)) return false;
        std::memcpy(&v, bytes.data() + at, sizeof(T));
        at += sizeof(T);
        return true;
    }
};

}  // namespace

std::string encodeGlyphCache(const GlyphCacheEntries& glyphs, std::uint64_t key) {
    std::vector<std::uint64_t> ids;
    ids.reserve(glyphs.size());
    for (const auto& [id, g] : glyphs) ids.push_back(id);
    std::sort(ids.begin(), ids.end());  // the same glyphs give the same file
    std::string out(kMagic, sizeof kMagic);
    put(out, kGlyphCacheFormat);
    put(out, key);
    put(out, static_cast<std::uint64_t>(ids.size()));
    for (const std::uint64_t id : ids) {
        const CachedGlyph& g = glyphs.at(id);
        put(out, id);
        for (const int v : {g.w, g.h, g.xoff, g.yoff}) put(out, static_cast<std::int32_t>(v));
        out.append(reinterpret_cast<const char*>(g.sdf.data()), g.sdf.size());
    }
    put(out, core::contentHash(out));
    return out;
}

std::optional<GlyphCacheEntries> decodeGlyphCache(std::string_view bytes, std::uint64_t key, std::string& error) {
    if (bytes.size() < sizeof kMagic + 4 + 8 + 8 + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        error = "not a glyph cache file";
        return std::nullopt;
    }
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    if (core::contentHash(body) != stored) {
        error = "checksum mismatch (truncated or corrupted)";
        return std::nullopt;
    }
    Reader r{body, sizeof kMagic};
    std::uint32_t format = 0;
    std::uint64_t fileKey = 0, count = 0;
    r.get(format);
    r.get(fileKey);
    r.get(count);
    if (format != kGlyphCacheFormat || fileKey != key) {
        error = "written for other fonts or another format";
        return std::nullopt;
    }
    GlyphCacheEntries glyphs;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint64_t id = 0;
        std::int32_t v[4] = {};
        if (!r.get(id) || !r.get(v[0]) || !r.get(v[1]) || !r.get(v[2]) || !r.get(v[3])) {
            error = "glyph " + std::to_string(i) + " is cut short";
            return std::nullopt;
        }
        if (v[0] < 0 || v[1] < 0 || v[0] > kMaxSide || v[1] > kMaxSide) {
            error = "glyph " + std::to_string(i) + " has an impossible size";
            return std::nullopt;
        }
        const auto size = static_cast<std::size_t>(v[0]) * static_cast<std::size_t>(v[1]);
        if (body.size() - r.at < size) {
            error = "glyph " + std::to_string(i) + "'s bitmap is cut short";
            return std::nullopt;
        }
        CachedGlyph g{v[0], v[1], v[2], v[3], {}};
        const auto* p = reinterpret_cast<const std::uint8_t*>(body.data() + r.at);
        g.sdf.assign(p, p + size);
        r.at += size;
        if (!glyphs.emplace(id, std::move(g)).second) {
            error = "glyph " + std::to_string(i) + " appears twice";
            return std::nullopt;
        }
    }
    if (r.at != body.size()) {
        error = "bytes left after the last glyph";
        return std::nullopt;
    }
    return glyphs;
}

}  // namespace atlas::render
