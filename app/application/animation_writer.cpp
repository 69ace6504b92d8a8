// GIF: one global palette (median cut), each frame after the first only its changed rectangle, looping forever.
// WebP: lossless frames through WebPAnimEncoder (which also crops unchanged areas), looping forever.
#include "application/animation_writer.hpp"

#include <gif_lib.h>
#include <webp/encode.h>
#include <webp/mux.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

#include "core/atomic_file.hpp"

namespace atlas::app {

std::optional<AnimationFormat> animationFormatFor(const std::filesystem::path& out) {
    std::string ext = out.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".gif") return AnimationFormat::Gif;
    if (ext == ".webp") return AnimationFormat::WebP;
    return std::nullopt;
}

namespace {

constexpr int kBins = 32 * 32 * 32;

int binOf(const std::uint8_t* p) { return ((p[0] >> 3) << 10) | ((p[1] >> 3) << 5) | (p[2] >> 3); }

struct Bin {
    std::uint64_t count = 0;
    std::array<std::uint64_t, 3> sum{};
};

/// A box of histogram bins: split along its widest channel at the pixel-weighted median.
struct Box {
    std::vector<int> bins;
    std::uint64_t count = 0;
    int range = 0;
    int channel = 0;
};

void measure(Box& b, const std::vector<Bin>& hist) {
    std::array<int, 3> lo{31, 31, 31}, hi{0, 0, 0};
    b.count = 0;
    for (int i : b.bins) {
        const std::array<int, 3> c{i >> 10, (i >> 5) & 31, i & 31};
        for (int k = 0; k < 3; ++k) {
            lo[static_cast<std::size_t>(k)] = std::min(lo[static_cast<std::size_t>(k)], c[static_cast<std::size_t>(k)]);
            hi[static_cast<std::size_t>(k)] = std::max(hi[static_cast<std::size_t>(k)], c[static_cast<std::size_t>(k)]);
        }
        b.count += hist[static_cast<std::size_t>(i)].count;
    }
    b.range = -1;
    for (int k = 0; k < 3; ++k) {
        const int r = hi[static_cast<std::size_t>(k)] - lo[static_cast<std::size_t>(k)];
        if (r > b.range) b.range = r, b.channel = k;
    }
}

int channelOf(int bin, int channel) { return channel == 0 ? bin >> 10 : channel == 1 ? (bin >> 5) & 31 : bin & 31; }

std::vector<Bin> histogram(const std::vector<AnimationImage>& frames) {
    std::vector<Bin> hist(kBins);
    for (const auto& f : frames)
        for (std::size_t i = 0; i + 3 < f.rgba.size(); i += 4) {
            Bin& b = hist[static_cast<std::size_t>(binOf(&f.rgba[i]))];
            ++b.count;
            for (std::size_t k = 0; k < 3; ++k) b.sum[k] += f.rgba[i + k];
        }
    return hist;
}

}  // namespace

Palette buildPalette(const std::vector<AnimationImage>& frames) {
    const std::vector<Bin> hist = histogram(frames);
    std::vector<Box> boxes(1);
    for (int i = 0; i < kBins; ++i)
        if (hist[static_cast<std::size_t>(i)].count) boxes[0].bins.push_back(i);
    measure(boxes[0], hist);
    while (boxes.size() < 256) {
        // The box with the most pixels times spread; a box of one bin cannot be split.
        std::size_t pick = boxes.size();
        double best = 0.0;
        for (std::size_t b = 0; b < boxes.size(); ++b) {
            if (boxes[b].bins.size() < 2) continue;
            const double score = static_cast<double>(boxes[b].count) * (boxes[b].range + 1);
            if (score > best) best = score, pick = b;
        }
        if (pick == boxes.size()) break;
        Box& box = boxes[pick];
        const int ch = box.channel;
        std::sort(box.bins.begin(), box.bins.end(), [&](int a, int b) { return channelOf(a, ch) < channelOf(b, ch); });
        std::uint64_t half = 0;
        std::size_t cut = 1;
        for (; cut < box.bins.size(); ++cut) {
            half += hist[static_cast<std::size_t>(box.bins[cut - 1])].count;
            if (half * 2 >= box.count) break;
        }
        cut = std::clamp<std::size_t>(cut, 1, box.bins.size() - 1);
        Box upper;
        upper.bins.assign(box.bins.begin() + static_cast<std::ptrdiff_t>(cut), box.bins.end());
        box.bins.resize(cut);
        measure(box, hist);
        measure(upper, hist);
        boxes.push_back(std::move(upper));
    }
    Palette p;
    for (const Box& b : boxes) {
        std::array<std::uint64_t, 3> sum{};
        for (int i : b.bins)
            for (std::size_t k = 0; k < 3; ++k) sum[k] += hist[static_cast<std::size_t>(i)].sum[k];
        for (std::size_t k = 0; k < 3; ++k)
            p.rgb.push_back(static_cast<std::uint8_t>(b.count ? (sum[k] + b.count / 2) / b.count : 0));
    }
    if (p.rgb.empty()) p.rgb = {0, 0, 0};
    return p;
}

namespace {

/// Palette index of each 5-bit bin that occurs (nearest colour; the map's flat colours land on themselves).
std::vector<std::uint8_t> binLookup(const Palette& p, const std::vector<AnimationImage>& frames) {
    std::vector<int> lut(kBins, -1);
    std::vector<std::uint8_t> out(kBins, 0);
    for (const auto& f : frames)
        for (std::size_t i = 0; i + 3 < f.rgba.size(); i += 4) {
            const int bin = binOf(&f.rgba[i]);
            if (lut[static_cast<std::size_t>(bin)] >= 0) continue;
            const std::array<int, 3> c{((bin >> 10) << 3) + 4, (((bin >> 5) & 31) << 3) + 4, ((bin & 31) << 3) + 4};
            int best = 0;
            int bestD = std::numeric_limits<int>::max();
            for (std::size_t j = 0; j < p.size(); ++j) {
                int d = 0;
                for (std::size_t k = 0; k < 3; ++k) {
                    const int e = c[k] - p.rgb[j * 3 + k];
                    d += e * e;
                }
                if (d < bestD) bestD = d, best = static_cast<int>(j);
            }
            lut[static_cast<std::size_t>(bin)] = best;
            out[static_cast<std::size_t>(bin)] = static_cast<std::uint8_t>(best);
        }
    return out;
}

int writeToVector(GifFileType* gif, const GifByteType* bytes, int n) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(gif->UserData);
    out->insert(out->end(), bytes, bytes + n);
    return n;
}

}  // namespace

std::vector<std::uint8_t> encodeGif(int width, int height, const std::vector<AnimationImage>& frames,
                                    std::string& error) {
    std::vector<std::uint8_t> bytes;
    const auto fail = [&](const std::string& what, int code) {
        error = what + ": " + (GifErrorString(code) ? GifErrorString(code) : "giflib error " + std::to_string(code));
        return std::vector<std::uint8_t>{};
    };
    const Palette palette = buildPalette(frames);
    const std::vector<std::uint8_t> lut = binLookup(palette, frames);
    int err = 0;
    GifFileType* gif = EGifOpen(&bytes, writeToVector, &err);
    if (!gif) return fail("cannot start the GIF", err);
    const auto close = [](GifFileType* g) {
        int e = 0;
        EGifCloseFile(g, &e);
    };
    std::unique_ptr<GifFileType, decltype(close)> guard(gif, close);
    int colours = 2, bits = 1;
    while (colours < static_cast<int>(palette.size())) colours *= 2, ++bits;
    std::vector<GifColorType> map(static_cast<std::size_t>(colours));
    for (std::size_t j = 0; j < palette.size(); ++j)
        map[j] = {palette.rgb[j * 3], palette.rgb[j * 3 + 1], palette.rgb[j * 3 + 2]};
    ColorMapObject* cmap = GifMakeMapObject(colours, map.data());
    EGifSetGifVersion(gif, true);
    const int screen = EGifPutScreenDesc(gif, width, height, bits, 0, cmap);
    GifFreeMapObject(cmap);
    if (screen == GIF_ERROR) return fail("cannot write the GIF header", gif->Error);
    // NETSCAPE2.0: loop forever.
    const GifByteType netscape[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    const GifByteType loop[] = {1, 0, 0};
    if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(gif, sizeof netscape, netscape) == GIF_ERROR ||
        EGifPutExtensionBlock(gif, sizeof loop, loop) == GIF_ERROR || EGifPutExtensionTrailer(gif) == GIF_ERROR)
        return fail("cannot write the GIF loop block", gif->Error);
    const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
    std::vector<std::uint8_t> previous, indices(w * h);
    for (const auto& f : frames) {
        for (std::size_t i = 0; i < w * h; ++i) indices[i] = lut[static_cast<std::size_t>(binOf(&f.rgba[i * 4]))];
        // Only the rectangle that changed since the previous frame (which stays: disposal "do not dispose").
        std::size_t x0 = 0, y0 = 0, x1 = w, y1 = h;
        if (!previous.empty()) {
            x0 = w, y0 = h, x1 = 0, y1 = 0;
            for (std::size_t y = 0; y < h; ++y)
                for (std::size_t x = 0; x < w; ++x)
                    if (indices[y * w + x] != previous[y * w + x])
                        x0 = std::min(x0, x), x1 = std::max(x1, x + 1), y0 = std::min(y0, y), y1 = std::max(y1, y + 1);
            if (x1 == 0) x0 = 0, y0 = 0, x1 = 1, y1 = 1;  // nothing changed: one pixel, the delay still counts
        }
        GraphicsControlBlock gcb{};
        gcb.DisposalMode = DISPOSE_DO_NOT;
        gcb.DelayTime = std::max(2, static_cast<int>(std::lround(f.milliseconds / 10.0)));
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType ext[4];
        EGifGCBToExtension(&gcb, ext);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_ERROR ||
            EGifPutImageDesc(gif, static_cast<int>(x0), static_cast<int>(y0), static_cast<int>(x1 - x0),
                             static_cast<int>(y1 - y0), false, nullptr) == GIF_ERROR)
            return fail("cannot write a GIF frame", gif->Error);
        for (std::size_t y = y0; y < y1; ++y)
            if (EGifPutLine(gif, &indices[y * w + x0], static_cast<int>(x1 - x0)) == GIF_ERROR)
                return fail("cannot write a GIF frame", gif->Error);
        previous = indices;
    }
    int closeErr = 0;
    if (EGifCloseFile(guard.release(), &closeErr) == GIF_ERROR) return fail("cannot finish the GIF", closeErr);
    return bytes;
}

std::vector<std::uint8_t> encodeWebp(int width, int height, const std::vector<AnimationImage>& frames,
                                     std::string& error) {
    WebPAnimEncoderOptions options;
    WebPConfig config;
    if (!WebPAnimEncoderOptionsInit(&options) || !WebPConfigInit(&config)) {
        error = "libwebp version mismatch";
        return {};
    }
    options.anim_params.loop_count = 0;  // forever
    config.lossless = 1;                 // flat colours and text: lossless is both sharp and small
    config.quality = 50;                 // with lossless: effort
    config.method = 2;
    std::unique_ptr<WebPAnimEncoder, void (*)(WebPAnimEncoder*)> enc(WebPAnimEncoderNew(width, height, &options),
                                                                     WebPAnimEncoderDelete);
    if (!enc) {
        error = "cannot start the WebP encoder";
        return {};
    }
    int timestamp = 0;
    for (const auto& f : frames) {
        WebPPicture pic;
        if (!WebPPictureInit(&pic)) return error = "libwebp version mismatch", std::vector<std::uint8_t>{};
        pic.use_argb = 1;
        pic.width = width;
        pic.height = height;
        const bool ok = WebPPictureImportRGBA(&pic, f.rgba.data(), width * 4) &&
                        WebPAnimEncoderAdd(enc.get(), &pic, timestamp, &config);
        WebPPictureFree(&pic);
        if (!ok) {
            const char* why = WebPAnimEncoderGetError(enc.get());
            error = std::string("cannot encode a WebP frame") + (why && *why ? std::string(": ") + why : "");
            return {};
        }
        timestamp += std::max(1, f.milliseconds);
    }
    WebPData data;
    WebPDataInit(&data);
    if (!WebPAnimEncoderAdd(enc.get(), nullptr, timestamp, nullptr) || !WebPAnimEncoderAssemble(enc.get(), &data)) {
        error = "cannot assemble the animated WebP";
        WebPDataClear(&data);
        return {};
    }
    std::vector<std::uint8_t> out(data.bytes, data.bytes + data.size);
    WebPDataClear(&data);
    return out;
}

std::string writeAnimation(const std::filesystem::path& out, AnimationFormat format, int width, int height,
                           const std::vector<AnimationImage>& frames) {
    if (frames.empty()) return "no frames to write";
    for (const auto& f : frames)
        if (f.rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
            return "a frame is not " + std::to_string(width) + "x" + std::to_string(height);
    std::string error;
    const auto bytes = format == AnimationFormat::Gif ? encodeGif(width, height, frames, error)
                                                      : encodeWebp(width, height, frames, error);
    if (bytes.empty()) return error.empty() ? "cannot encode the animation" : error;
    const auto written = core::writeFileAtomically(
        out, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    if (!written) return {};
    const std::string prefix = out.string() + ": ";
    return written->starts_with(prefix) ? written->substr(prefix.size()) : *written;
}

}  // namespace atlas::app
