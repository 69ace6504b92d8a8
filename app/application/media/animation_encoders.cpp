// The media module's animation encoders. GIF (giflib): one global palette (median cut), each frame after the first
// only its changed rectangle, looping forever. WebP (libwebp): lossless frames through WebPAnimEncoder (which also
// crops unchanged areas), looping forever.
#include "application/media/media.hpp"

#include <gif_lib.h>
#include <webp/encode.h>
#include <webp/mux.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "application/animation_palette.hpp"

namespace atlas::app::media {
namespace {

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
    const std::vector<std::uint8_t> lut = paletteIndexOfBins(palette, frames);
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
        for (std::size_t i = 0; i < w * h; ++i) indices[i] = lut[static_cast<std::size_t>(paletteBinOf(&f.rgba[i * 4]))];
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

}  // namespace atlas::app::media
