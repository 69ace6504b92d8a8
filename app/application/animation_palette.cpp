// The GIF palette (median cut over a 5-bit-per-channel histogram) and the palette index of every colour. Built into
// the program (the tests use buildPalette) and into the media module (the GIF encoder).
#include "application/animation_palette.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>

namespace atlas::app {

int paletteBinOf(const std::uint8_t* p) { return ((p[0] >> 3) << 10) | ((p[1] >> 3) << 5) | (p[2] >> 3); }

namespace {

constexpr int kBins = 32 * 32 * 32;

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
            Bin& b = hist[static_cast<std::size_t>(paletteBinOf(&f.rgba[i]))];
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

std::vector<std::uint8_t> paletteIndexOfBins(const Palette& p, const std::vector<AnimationImage>& frames) {
    std::vector<int> lut(kBins, -1);
    std::vector<std::uint8_t> out(kBins, 0);
    for (const auto& f : frames)
        for (std::size_t i = 0; i + 3 < f.rgba.size(); i += 4) {
            const int bin = paletteBinOf(&f.rgba[i]);
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

}  // namespace atlas::app
