// PNG encoding: signature, IHDR, one IDAT (zlib stream from libdeflate), IEND; rows unfiltered; RGB when opaque.
#include "application/png_writer.hpp"

#include <libdeflate.h>

#include <cstring>
#include <memory>

namespace atlas::app {
namespace {

void putBigEndian(std::vector<std::uint8_t>& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v >> 24));
    out.push_back(static_cast<std::uint8_t>(v >> 16));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

/// Length, type, data, CRC-32 of type and data.
void putChunk(std::vector<std::uint8_t>& out, const char (&type)[5], const std::uint8_t* data, std::size_t size) {
    putBigEndian(out, static_cast<std::uint32_t>(size));
    const std::size_t typeAt = out.size();
    out.insert(out.end(), type, type + 4);
    if (size) out.insert(out.end(), data, data + size);
    putBigEndian(out, libdeflate_crc32(0, out.data() + typeAt, size + 4));
}

int levelOf(PngCompression c) {
    switch (c) {
        case PngCompression::Fast: return 1;
        case PngCompression::Default: return 6;
        case PngCompression::Best: return 9;  // 10-12 took 1-27 s on a 1920x1080 map for 1% less
    }
    return 6;
}

}  // namespace

std::optional<PngCompression> pngCompressionFromName(const std::string& name) {
    if (name == "fast") return PngCompression::Fast;
    if (name == "default") return PngCompression::Default;
    if (name == "best") return PngCompression::Best;
    return std::nullopt;
}

std::vector<std::uint8_t> encodePng(int width, int height, const std::vector<std::uint8_t>& rgba,
                                    PngCompression level) {
    const std::size_t stride = static_cast<std::size_t>(width) * 4;
    if (width <= 0 || height <= 0 || rgba.size() != stride * static_cast<std::size_t>(height)) return {};
    // Filter 0 ("none") on every row: measured on a 1920x1080 map, it gives smaller files than "up" (wide
    // uniform areas are already long runs along a row) and costs nothing.
    // Buffers that are written in full before they are read are left uninitialised: zero-filling them (and the page
    // faults that come with it) was 3 % of a 1920x1080 render's CPU time.
    // An opaque image (a map always is) is written as RGB: a quarter less to compress and to store.
    bool opaque = true;
    for (std::size_t i = 3; i < rgba.size() && opaque; i += 4) opaque = rgba[i] == 0xFF;
    const std::size_t channels = opaque ? 3 : 4;
    const std::size_t rowBytes = static_cast<std::size_t>(width) * channels;
    const std::size_t filteredSize = (rowBytes + 1) * static_cast<std::size_t>(height);
    const auto filtered = std::make_unique_for_overwrite<std::uint8_t[]>(filteredSize);
    for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
        std::uint8_t* dst = filtered.get() + y * (rowBytes + 1);
        const std::uint8_t* src = rgba.data() + y * stride;
        *dst++ = 0;
        if (!opaque) {
            std::memcpy(dst, src, stride);
            continue;
        }
        for (std::size_t x = 0; x < static_cast<std::size_t>(width); ++x, dst += 3, src += 4) std::memcpy(dst, src, 3);
    }
    const std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor*)> compressor(
        libdeflate_alloc_compressor(levelOf(level)), libdeflate_free_compressor);
    if (!compressor) return {};
    const std::size_t zlibBound = libdeflate_zlib_compress_bound(compressor.get(), filteredSize);
    const auto zlib = std::make_unique_for_overwrite<std::uint8_t[]>(zlibBound);
    const std::size_t zlibSize =
        libdeflate_zlib_compress(compressor.get(), filtered.get(), filteredSize, zlib.get(), zlibBound);
    if (zlibSize == 0) return {};

    std::vector<std::uint8_t> png;
    png.reserve(zlibSize + 64);
    static constexpr std::uint8_t kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    png.insert(png.end(), std::begin(kSignature), std::end(kSignature));
    std::vector<std::uint8_t> header;
    putBigEndian(header, static_cast<std::uint32_t>(width));
    putBigEndian(header, static_cast<std::uint32_t>(height));
    // 8 bits, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace
    header.insert(header.end(), {8, static_cast<std::uint8_t>(opaque ? 2 : 6), 0, 0, 0});
    putChunk(png, "IHDR", header.data(), header.size());
    putChunk(png, "IDAT", zlib.get(), zlibSize);
    putChunk(png, "IEND", nullptr, 0);
    return png;
}

}  // namespace atlas::app
