// PNG encoding: signature, IHDR, one IDAT (zlib stream from libdeflate, or at the fast level from zlib and libdeflate
// on two threads), IEND; rows unfiltered; RGB when opaque.
#include "application/png_writer.hpp"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>
#include <thread>

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

namespace {

/// The rows [y0, y1) of `rgba` as PNG scanlines (filter byte 0, then the pixels, RGB when `channels` is 3).
void filterRows(const std::vector<std::uint8_t>& rgba, std::size_t width, std::size_t channels, std::size_t y0,
                std::size_t y1, std::uint8_t* filtered) {
    const std::size_t stride = width * 4;
    const std::size_t rowBytes = width * channels;
    for (std::size_t y = y0; y < y1; ++y) {
        std::uint8_t* dst = filtered + y * (rowBytes + 1);
        const std::uint8_t* src = rgba.data() + y * stride;
        *dst++ = 0;
        if (channels == 4) {
            std::memcpy(dst, src, stride);
            continue;
        }
        for (std::size_t x = 0; x < width; ++x, dst += 3, src += 4) std::memcpy(dst, src, 3);
    }
}

/// A buffer written in full before it is read: not zero-filled (page faults and all).
struct RawBytes {
    std::unique_ptr<std::uint8_t[]> data;
    std::size_t size = 0;
    explicit RawBytes(std::size_t capacity) : data(std::make_unique_for_overwrite<std::uint8_t[]>(capacity)) {}
};

/// Raw deflate of `in` by zlib ending in a sync flush: byte-aligned and not final, so that another raw deflate
/// stream can follow it. Its size is 0 when zlib fails.
RawBytes deflateNotFinal(const std::uint8_t* in, std::size_t size, int level) {
    z_stream z{};
    if (size > 0xFFFFFFFFu || deflateInit2(&z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return RawBytes(0);
    const std::size_t capacity = deflateBound(&z, static_cast<uLong>(size)) + 16;  // + the sync flush's empty block
    RawBytes out(capacity);
    z.next_in = const_cast<Bytef*>(in);  // zlib's signature; the input is not written
    z.avail_in = static_cast<uInt>(size);
    z.next_out = out.data.get();
    z.avail_out = static_cast<uInt>(capacity);
    const int result = deflate(&z, Z_SYNC_FLUSH);
    if (result == Z_OK && z.avail_in == 0 && z.avail_out > 0) out.size = z.total_out;
    deflateEnd(&z);
    return out;
}

}  // namespace

std::vector<std::uint8_t> encodePng(int width, int height, const std::vector<std::uint8_t>& rgba,
                                    PngCompression level, int parts) {
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
    const std::size_t rows = static_cast<std::size_t>(height);
    const std::size_t filteredSize = (rowBytes + 1) * rows;
    const auto filtered = std::make_unique_for_overwrite<std::uint8_t[]>(filteredSize);
    const std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor*)> compressor(
        libdeflate_alloc_compressor(levelOf(level)), libdeflate_free_compressor);
    if (!compressor) return {};
    // At the fast level a large image is compressed in two parts at once: its first rows by zlib (a raw stream
    // that ends byte-aligned and not final), the rest by libdeflate (final), joined into one zlib stream with the
    // Adler-32 of both. zlib is the slower of the two here (8.4 against 7.7 ms on a 1920x1080 map of
    // Mapnik's layers, 18 against 13 ms on the whole map), so its part is the smaller. zlib's level 1 also packs a
    // map's rows less tightly, and a part cannot look back into the other: the whole map's file is ~3 % larger
    // (429 -> 443 KB) for ~2.5 ms less.
    if (parts == 0)
        parts = level == PngCompression::Fast && filteredSize >= (std::size_t{1} << 20) &&
                        std::thread::hardware_concurrency() > 1
                    ? 2
                    : 1;
    const std::size_t splitRow = parts >= 2 && rows >= 2 ? std::max<std::size_t>(1, rows * 2 / 5) : 0;
    std::vector<std::uint8_t> zlib;  // the IDAT chunk's data
    if (splitRow == 0) {
        filterRows(rgba, static_cast<std::size_t>(width), channels, 0, rows, filtered.get());
        const std::size_t bound = libdeflate_zlib_compress_bound(compressor.get(), filteredSize);
        RawBytes out(bound);
        out.size = libdeflate_zlib_compress(compressor.get(), filtered.get(), filteredSize, out.data.get(), bound);
        if (out.size == 0) return {};
        zlib.assign(out.data.get(), out.data.get() + out.size);
    } else {
        const std::size_t headBytes = splitRow * (rowBytes + 1);
        RawBytes head(0);
        std::uint32_t headAdler = 0;
        std::exception_ptr failure;
        std::thread first([&] {
            try {
                filterRows(rgba, static_cast<std::size_t>(width), channels, 0, splitRow, filtered.get());
                head = deflateNotFinal(filtered.get(), headBytes, levelOf(level));
                headAdler = libdeflate_adler32(1, filtered.get(), headBytes);
            } catch (...) {
                failure = std::current_exception();
            }
        });
        const std::uint8_t* tail = filtered.get() + headBytes;
        const std::size_t tailBytes = filteredSize - headBytes;
        std::optional<RawBytes> rest;
        std::uint32_t tailAdler = 0;
        try {
            filterRows(rgba, static_cast<std::size_t>(width), channels, splitRow, rows, filtered.get());
            const std::size_t tailBound = libdeflate_deflate_compress_bound(compressor.get(), tailBytes);
            rest.emplace(tailBound);
            rest->size = libdeflate_deflate_compress(compressor.get(), tail, tailBytes, rest->data.get(), tailBound);
            tailAdler = libdeflate_adler32(1, tail, tailBytes);
        } catch (...) {
            first.join();  // never left running when this thread gives up (out of memory)
            throw;
        }
        first.join();
        if (failure) std::rethrow_exception(failure);
        if (head.size == 0 || rest->size == 0) return {};
        // zlib header: deflate with a 32 KiB window (0x78), the fastest level's flag byte (0x01; 0x7801 % 31 == 0).
        zlib.reserve(2 + head.size + rest->size + 4);
        zlib.push_back(0x78);
        zlib.push_back(0x01);
        zlib.insert(zlib.end(), head.data.get(), head.data.get() + head.size);
        zlib.insert(zlib.end(), rest->data.get(), rest->data.get() + rest->size);
        putBigEndian(zlib, static_cast<std::uint32_t>(adler32_combine(headAdler, tailAdler, static_cast<z_off_t>(tailBytes))));
    }
    std::vector<std::uint8_t> png;
    png.reserve(zlib.size() + 64);
    static constexpr std::uint8_t kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    png.insert(png.end(), std::begin(kSignature), std::end(kSignature));
    std::vector<std::uint8_t> header;
    putBigEndian(header, static_cast<std::uint32_t>(width));
    putBigEndian(header, static_cast<std::uint32_t>(height));
    // 8 bits, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace
    header.insert(header.end(), {8, static_cast<std::uint8_t>(opaque ? 2 : 6), 0, 0, 0});
    putChunk(png, "IHDR", header.data(), header.size());
    putChunk(png, "IDAT", zlib.data(), zlib.size());
    putChunk(png, "IEND", nullptr, 0);
    return png;
}

}  // namespace atlas::app
