// `render --animate`: the encoders round-trip synthetic frames, and 1988-2024 films of the bundled data decode back
// (giflib DGifSlurp, libwebp's WebPAnimDecoder) to the planned frames, size and changes. Runs without a display.
#include <catch2/catch.hpp>

#include <gif_lib.h>
#include <webp/demux.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "application/animation_writer.hpp"

namespace {

struct Decoded {
    int width = 0, height = 0;
    std::vector<std::vector<std::uint8_t>> frames;  // full canvases, RGB
    std::vector<int> milliseconds;
};

Decoded decodeGif(const std::vector<std::uint8_t>& bytes) {
    struct Reader {
        const std::vector<std::uint8_t>* data;
        std::size_t pos = 0;
    } reader{&bytes};
    int err = 0;
    GifFileType* gif = DGifOpen(&reader, [](GifFileType* g, GifByteType* out, int n) {
        auto* r = static_cast<Reader*>(g->UserData);
        const auto k = std::min<std::size_t>(static_cast<std::size_t>(n), r->data->size() - r->pos);
        std::copy_n(r->data->data() + r->pos, k, out);
        r->pos += k;
        return static_cast<int>(k);
    }, &err);
    REQUIRE(gif);
    REQUIRE(DGifSlurp(gif) == GIF_OK);
    Decoded d;
    d.width = gif->SWidth;
    d.height = gif->SHeight;
    std::vector<std::uint8_t> canvas(static_cast<std::size_t>(d.width * d.height * 3), 0);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& im = gif->SavedImages[i];
        const ColorMapObject* map = im.ImageDesc.ColorMap ? im.ImageDesc.ColorMap : gif->SColorMap;
        REQUIRE(map);
        for (int y = 0; y < im.ImageDesc.Height; ++y)
            for (int x = 0; x < im.ImageDesc.Width; ++x) {
                const GifColorType c = map->Colors[im.RasterBits[y * im.ImageDesc.Width + x]];
                const auto at = static_cast<std::size_t>(((im.ImageDesc.Top + y) * d.width + im.ImageDesc.Left + x) * 3);
                canvas[at] = c.Red, canvas[at + 1] = c.Green, canvas[at + 2] = c.Blue;
            }
        d.frames.push_back(canvas);
        GraphicsControlBlock gcb;
        REQUIRE(DGifSavedExtensionToGCB(gif, i, &gcb) == GIF_OK);
        d.milliseconds.push_back(gcb.DelayTime * 10);
    }
    DGifCloseFile(gif, &err);
    return d;
}

Decoded decodeWebp(const std::vector<std::uint8_t>& bytes) {
    WebPAnimDecoderOptions options;
    REQUIRE(WebPAnimDecoderOptionsInit(&options));
    options.color_mode = MODE_RGBA;
    const WebPData data{bytes.data(), bytes.size()};
    WebPAnimDecoder* dec = WebPAnimDecoderNew(&data, &options);
    REQUIRE(dec);
    WebPAnimInfo info;
    REQUIRE(WebPAnimDecoderGetInfo(dec, &info));
    Decoded d;
    d.width = static_cast<int>(info.canvas_width);
    d.height = static_cast<int>(info.canvas_height);
    int previous = 0;
    while (WebPAnimDecoderHasMoreFrames(dec)) {
        std::uint8_t* rgba = nullptr;
        int timestamp = 0;
        REQUIRE(WebPAnimDecoderGetNext(dec, &rgba, &timestamp));
        std::vector<std::uint8_t> rgb;
        for (std::size_t i = 0; i < info.canvas_width * info.canvas_height; ++i)
            rgb.insert(rgb.end(), rgba + i * 4, rgba + i * 4 + 3);
        d.frames.push_back(std::move(rgb));
        d.milliseconds.push_back(timestamp - previous);  // the timestamp is the frame's end
        previous = timestamp;
    }
    WebPAnimDecoderDelete(dec);
    return d;
}

std::vector<std::uint8_t> readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

atlas::app::AnimationImage solid(int w, int h, std::uint8_t r, std::uint8_t g, std::uint8_t b, int ms) {
    atlas::app::AnimationImage im;
    im.milliseconds = ms;
    for (int i = 0; i < w * h; ++i) im.rgba.insert(im.rgba.end(), {r, g, b, 255});
    return im;
}

}  // namespace

TEST_CASE("GIF and WebP encoders round-trip frames, sizes and delays", "[animate][encoders]") {
    const int w = 40, h = 24;
    std::vector<atlas::app::AnimationImage> frames{solid(w, h, 200, 220, 240, 1200), solid(w, h, 200, 220, 240, 3000),
                                                   solid(w, h, 200, 220, 240, 4000)};
    for (int y = 5; y < 10; ++y)  // frame 2: a dark red block; frame 3 back to plain
        for (int x = 10; x < 30; ++x) {
            auto* p = &frames[1].rgba[static_cast<std::size_t>((y * w + x) * 4)];
            p[0] = 122, p[1] = 15, p[2] = 30;
        }
    std::string error;
    for (const bool gif : {true, false}) {
        CAPTURE(gif);
        const auto bytes = gif ? atlas::app::encodeGif(w, h, frames, error) : atlas::app::encodeWebp(w, h, frames, error);
        INFO(error);
        REQUIRE_FALSE(bytes.empty());
        const Decoded d = gif ? decodeGif(bytes) : decodeWebp(bytes);
        CHECK(d.width == w);
        CHECK(d.height == h);
        REQUIRE(d.frames.size() == 3);
        CHECK(d.milliseconds == std::vector<int>{1200, 3000, 4000});
        const auto at = [&](std::size_t f, int x, int y) {
            const auto* p = &d.frames[f][static_cast<std::size_t>((y * w + x) * 3)];
            return std::vector<int>{p[0], p[1], p[2]};
        };
        CHECK(at(0, 15, 7) == std::vector<int>{200, 220, 240});  // two colours: the palette holds them exactly
        CHECK(at(1, 15, 7) == std::vector<int>{122, 15, 30});
        CHECK(at(1, 2, 2) == std::vector<int>{200, 220, 240});
        CHECK(at(2, 15, 7) == std::vector<int>{200, 220, 240});
        CHECK(d.frames[0] != d.frames[1]);
    }
}

TEST_CASE("the GIF palette has at most 256 colours and keeps a few flat colours exact", "[animate][encoders]") {
    std::vector<atlas::app::AnimationImage> frames{atlas::app::AnimationImage{{}, 100}};
    for (int i = 0; i < 256 * 64; ++i)  // a gradient of 16384 colours
        frames[0].rgba.insert(frames[0].rgba.end(), {static_cast<std::uint8_t>(i & 255),
                                                     static_cast<std::uint8_t>((i >> 6) & 255), 77, 255});
    const auto p = atlas::app::buildPalette(frames);
    CHECK(p.size() == 256);
    CHECK(atlas::app::buildPalette({solid(4, 4, 1, 2, 3, 10)}).rgb == std::vector<std::uint8_t>{1, 2, 3});
}

TEST_CASE("render --animate 1988-2024 writes GIF and WebP films of the planned frames", "[animate][cli]") {
    const std::filesystem::path dir = std::filesystem::path(ATLAS_BINARY_DIR) / "animate-test";
    std::filesystem::create_directories(dir);
    for (const std::string ext : {"gif", "webp"}) {
        const auto out = dir / ("film." + ext);
        std::filesystem::remove(out);
        const std::string cmd = "env -u DISPLAY -u WAYLAND_DISPLAY " + std::string(ATLAS_BINARY_DIR) +
                                "/caucasus-atlas render --animate --from 1988 --to 2024 --size 320x180 --out " +
                                out.string() + " 2>&1";
        FILE* pipe = popen(cmd.c_str(), "r");
        REQUIRE(pipe);
        std::string output;
        char buf[512];
        while (fgets(buf, sizeof buf, pipe)) output += buf;
        const int rc = pclose(pipe);
        INFO(output);
        REQUIRE(rc == 0);
        // The plan, one line per frame: "OUT: frame N FROM[..UNTIL] S s [TITLE]".
        const std::regex line(R"(: frame (\d+) (\d{4}-\d\d-\d\d)(\.\.\S+)? ([0-9.]+) s)");
        std::vector<std::string> starts;
        std::vector<int> ms;
        for (auto it = std::sregex_iterator(output.begin(), output.end(), line); it != std::sregex_iterator(); ++it) {
            starts.push_back((*it)[2].str());
            ms.push_back(static_cast<int>(std::lround(std::stod((*it)[4].str()) * 1000.0)));
        }
        const Decoded d = ext == "gif" ? decodeGif(readFile(out)) : decodeWebp(readFile(out));
        CHECK(d.width == 320);
        CHECK(d.height == 180);
        CHECK(d.frames.size() > 1);
        CHECK(d.frames.size() == starts.size());
        REQUIRE(d.milliseconds.size() == ms.size());
        for (std::size_t i = 0; i < ms.size(); ++i) CHECK(std::abs(d.milliseconds[i] - ms[i]) <= 50);  // "2.0 s"
        CHECK(ms.back() == 4000);  // the last frame held longest
        const auto index = [&](const std::string& day) {
            return static_cast<std::size_t>(std::find(starts.begin(), starts.end(), day) - starts.begin());
        };
        const std::size_t before = index("2020-09-27") < starts.size() ? index("2020-09-27") : index("2020-01-01");
        const std::size_t ceasefire = index("2020-11-10");
        const std::size_t dissolved = index("2024-01-01");
        REQUIRE(ceasefire < d.frames.size());
        REQUIRE(dissolved < d.frames.size());
        CHECK(d.frames[ceasefire] != d.frames[dissolved]);  // the ceasefire map is not the map after dissolution
        CHECK(d.frames[0] != d.frames[ceasefire]);
        // Consecutive frames differ: each is a new state (and its new date stamp).
        for (std::size_t i = 1; i < d.frames.size(); ++i) CHECK(d.frames[i] != d.frames[i - 1]);
        (void)before;
    }
}
