// Encoding and checked decoding of the SDF glyph cache file.
#include "render/glyph_cache.hpp"

#include <algorithm>
#include <cstring>

#include "core/corpus/binary_io.hpp"
#include "core/corpus/index_cache.hpp"

namespace atlas::render {
namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'S', 'D', 'F', 'G', '\n'};
constexpr int kMaxSide = 4096;  // far above any glyph at the atlas's base size; guards against absurd sizes

using core::detail::Reader;
using core::detail::Writer;

}  // namespace

std::string encodeGlyphCache(const GlyphCacheEntries& glyphs, std::uint64_t key) {
    std::vector<std::uint64_t> ids;
    ids.reserve(glyphs.size());
    for (const auto& [id, g] : glyphs) ids.push_back(id);
    std::sort(ids.begin(), ids.end());  // the same glyphs give the same file
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.u32(kGlyphCacheFormat);
    w.u64(key);
    w.u64(ids.size());
    for (const std::uint64_t id : ids) {
        const CachedGlyph& g = glyphs.at(id);
        w.u64(id);
        for (const int v : {g.w, g.h, g.xoff, g.yoff}) w.i32(v);
        w.bytes(g.sdf.data(), g.sdf.size());
    }
    std::string& out = w.out();
    const std::uint64_t sum = core::contentHash(out);
    w.u64(sum);
    return std::move(out);
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
    Reader r(body);
    r.bytes(sizeof kMagic);
    const std::uint32_t format = r.u32();
    const std::uint64_t fileKey = r.u64();
    const std::uint64_t count = r.u64();
    if (format != kGlyphCacheFormat || fileKey != key) {
        error = "written for other fonts or another format";
        return std::nullopt;
    }
    GlyphCacheEntries glyphs;
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t id = r.u64();
        const int w = r.i32(), h = r.i32(), xoff = r.i32(), yoff = r.i32();
        if (r.fail()) {
            error = "glyph " + std::to_string(i) + " is cut short";
            return std::nullopt;
        }
        if (w < 0 || h < 0 || w > kMaxSide || h > kMaxSide) {
            error = "glyph " + std::to_string(i) + " has an impossible size";
            return std::nullopt;
        }
        const std::string_view sdf = r.bytes(static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h));
        if (r.fail()) {
            error = "glyph " + std::to_string(i) + "'s bitmap is cut short";
            return std::nullopt;
        }
        CachedGlyph g{w, h, xoff, yoff, {}};
        g.sdf.assign(sdf.begin(), sdf.end());
        if (!glyphs.emplace(id, std::move(g)).second) {
            error = "glyph " + std::to_string(i) + " appears twice";
            return std::nullopt;
        }
    }
    if (!r.atEnd()) {
        error = "bytes left after the last glyph";
        return std::nullopt;
    }
    return glyphs;
}

}  // namespace atlas::render
