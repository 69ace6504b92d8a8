// The scripted long session in the real window; see soak_run.hpp and docs/robustness.md.
#include "application/soak_run.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "core/atomic_file.hpp"

namespace atlas::app {
namespace {
constexpr int kSampleEvery = 100;                    // frames between memory samples
constexpr std::size_t kAllowedGrowth = 16u << 20;    // live heap bytes the second half may grow by
}  // namespace

SoakRun::SoakRun(int frames, std::uint64_t seed) : m_frames(frames), m_seed(seed), m_script(seed) {
    std::error_code ec;
    m_dir = std::filesystem::temp_directory_path(ec) / ("caucasus-atlas-soak-" + std::to_string(::getpid()));
    std::filesystem::create_directories(m_dir, ec);
    const std::pair<const char*, const char*> files[] = {
        {"empty.geojson", ""},
        {"not-json.geojson", "this is not a vector file\n"},
        {"cut.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Po)"},
        {"wrong-encoding.csv", "id,WKT\n1,\"POINT (\xff\xfe 40)\"\n"},
    };
    for (const auto& [name, text] : files)
        if (!core::writeFileAtomically(m_dir / name, text)) m_broken.push_back((m_dir / name).string());
    m_broken.push_back((m_dir / "missing.gpkg").string());
}

SoakRun::~SoakRun() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

void SoakRun::addActions(const AtlasSession& session, const ExplorerUi& ui, const core::AppState& state,
                         std::vector<core::Action>& out) {
    core::SoakContext ctx;
    ctx.viewport = state.viewport;
    ctx.features = session.model().features.size();
    if (const core::AtlasData* data = ui.data()) {
        ctx.passages = data->corpus.passages.size();
        ctx.passageDocument.reserve(ctx.passages);
        for (const auto& p : data->corpus.passages) ctx.passageDocument.push_back(p.documentIndex);
    }
    ctx.slides = state.deck.deck ? state.deck.deck->slides.size() : 0;
    ctx.presenting = state.presentation.has_value();
    ctx.brokenLayerFiles = m_broken;
    for (const auto& layer : state.userLayers) ctx.userLayerIds.push_back(layer.id);
    for (auto& a : m_script.next(ctx)) out.push_back(std::move(a));
    if (m_frame % kSampleEvery == 0) {
        m_samples.push_back(core::heapBytes());
        m_resident.push_back(core::residentBytes());
        std::fprintf(stderr, "soak: frame %d of %d\n", m_frame, m_frames);
    }
    ++m_frame;
}

int SoakRun::finish(std::size_t problemsReported) {
    m_samples.push_back(core::heapBytes());
    m_resident.push_back(core::residentBytes());
    const auto memory = core::judgeMemory(m_samples, kAllowedGrowth);
    const double MiB = 1024.0 * 1024.0;
    std::printf("soak: %d frames, seed %llu\n", m_frame, static_cast<unsigned long long>(m_seed));
    std::printf("soak: steps:");
    for (std::size_t k = 0; k < m_script.counts().size(); ++k)
        if (m_script.counts()[k]) {
            const std::string name(core::soakStepName(static_cast<core::SoakStep>(k)));
            std::printf(" %s %zu", name.c_str(), m_script.counts()[k]);
        }
    std::printf("\nsoak: live heap (MiB, every %d frames):", kSampleEvery);
    for (std::size_t s : m_samples) std::printf(" %.1f", static_cast<double>(s) / MiB);
    std::printf("\nsoak: resident memory, for reference (MiB):");
    for (std::size_t s : m_resident) std::printf(" %.0f", static_cast<double>(s) / MiB);
    std::printf("\nsoak: live heap, second half: least %.1f MiB, then least %.1f MiB, peak %.1f MiB (allowed growth %.0f MiB): %s\n",
                static_cast<double>(memory.baseline) / MiB, static_cast<double>(memory.last) / MiB,
                static_cast<double>(memory.peak) / MiB,
                static_cast<double>(kAllowedGrowth) / MiB, memory.flat ? "flat" : "GROWING");
    std::printf("soak: %zu problems reported in the window (broken files are expected)\n",
                problemsReported);
    std::fflush(stdout);
    return memory.flat ? 0 : 1;
}

}  // namespace atlas::app
