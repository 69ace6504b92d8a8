// `caucasus-atlas --soak FRAMES [--seed N]`: the real window driven by core::SoakScript, with a memory verdict.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "application/atlas_session.hpp"
#include "application/explorer_ui.hpp"
#include "core/state/soak.hpp"

namespace atlas::app {

class SoakRun {
public:
    /// Writes the broken user-layer files the script opens (an empty file, not-JSON, a GeoJSON cut mid-way, a
    /// missing path) into a private temporary folder, removed again by the destructor.
    SoakRun(int frames, std::uint64_t seed);
    ~SoakRun();
    SoakRun(const SoakRun&) = delete;
    SoakRun& operator=(const SoakRun&) = delete;

    /// This frame's scripted actions, appended to `out`; samples memory now and then.
    void addActions(const AtlasSession& session, const ExplorerUi& ui, const core::AppState& state,
                    std::vector<core::Action>& out);
    /// True once every frame has run.
    [[nodiscard]] bool done() const { return m_frame >= m_frames; }
    /// Prints what the run did, its memory samples and the number of problems the window reported to stdout;
    /// 0 when memory stayed flat, else 1.
    int finish(std::size_t problemsReported);

private:
    int m_frames;
    std::uint64_t m_seed;
    int m_frame = 0;
    core::SoakScript m_script;
    std::filesystem::path m_dir;
    std::vector<std::string> m_broken;
    std::vector<std::size_t> m_samples;   // live heap bytes: what the verdict is on
    std::vector<std::size_t> m_resident;  // resident memory, printed beside them
};

}  // namespace atlas::app
