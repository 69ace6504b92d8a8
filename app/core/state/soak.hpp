// The long scripted session (issue #7): random but reproducible user actions, frame by frame. The viewer feeds them
// through the same path as keys and panels (`caucasus-atlas --soak FRAMES --seed N`); docs/robustness.md.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/state/app_state.hpp"

namespace atlas::core {

/// What the session offers this frame: the script only asks for what exists.
struct SoakContext {
    Viewport viewport{1280, 800};
    std::size_t features = 0;                 // map features (Select / Hover indices)
    std::size_t passages = 0;                 // corpus passages; 0 while the corpus is indexing
    std::vector<std::size_t> passageDocument; // document of each passage (OpenPassage needs it)
    std::size_t slides = 0;                   // slides of the open deck; 0: none
    bool presenting = false;
    std::vector<std::string> brokenLayerFiles;  // bad vector files the script tries to open as user layers
    std::vector<std::uint32_t> userLayerIds;    // user layers open now (to remove one now and then)
};

/// The kinds of step the script takes (for counting what a run exercised).
enum class SoakStep : std::uint8_t {
    Pan, Zoom, Fly, Reset, Year, Range, AllYears, Play, Select, Hover, OpenPassage, Naming, Projection, Graticule,
    Labels, LayerVisible, LayerOpacity, CoMentions, SizeByMentions, TimeDisplay, DeckStep, PresentToggle, PresenterKeys,
    BrokenLayer, RemoveLayer, InterfaceSize, Idle, Count
};
/// The steps' names in the soak's report.
inline constexpr EnumName<SoakStep> kSoakStepNames[] = {
    {SoakStep::Pan, "pan"},
    {SoakStep::Zoom, "zoom"},
    {SoakStep::Fly, "fly"},
    {SoakStep::Reset, "reset"},
    {SoakStep::Year, "year"},
    {SoakStep::Range, "range"},
    {SoakStep::AllYears, "all-years"},
    {SoakStep::Play, "play"},
    {SoakStep::Select, "select"},
    {SoakStep::Hover, "hover"},
    {SoakStep::OpenPassage, "open-passage"},
    {SoakStep::Naming, "naming"},
    {SoakStep::Projection, "projection"},
    {SoakStep::Graticule, "graticule"},
    {SoakStep::Labels, "labels"},
    {SoakStep::LayerVisible, "layer-visible"},
    {SoakStep::LayerOpacity, "layer-opacity"},
    {SoakStep::CoMentions, "co-mentions"},
    {SoakStep::SizeByMentions, "size-by-mentions"},
    {SoakStep::TimeDisplay, "time-display"},
    {SoakStep::DeckStep, "deck-step"},
    {SoakStep::PresentToggle, "present"},
    {SoakStep::PresenterKeys, "presenter-keys"},
    {SoakStep::BrokenLayer, "broken-layer"},
    {SoakStep::RemoveLayer, "remove-layer"},
    {SoakStep::InterfaceSize, "interface-size"},
    {SoakStep::Idle, "idle"},
};
constexpr std::span<const EnumName<SoakStep>> namesOf(SoakStep) { return kSoakStepNames; }
std::string_view soakStepName(SoakStep step);

class SoakScript {
public:
    explicit SoakScript(std::uint64_t seed) : m_state(seed) {}

    /// The actions of one frame (often none: a user does not act every frame).
    std::vector<Action> next(const SoakContext& ctx);
    /// How many steps of each kind the script took so far.
    [[nodiscard]] const std::array<std::size_t, static_cast<std::size_t>(SoakStep::Count)>& counts() const {
        return m_counts;
    }

private:
    std::uint64_t random();                          // splitmix64: the same sequence on every platform
    std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(random() % n) : 0; }
    double uniform(double a, double b);
    std::uint64_t m_state;
    std::array<std::size_t, static_cast<std::size_t>(SoakStep::Count)> m_counts{};
};

/// Resident memory of this process in bytes (Linux /proc/self/statm), 0 where unknown.
std::size_t residentBytes();

/// Bytes the program holds allocated on the heap right now: the allocator's own count of live blocks (glibc's
/// mallinfo2, small and mmapped blocks together; under AddressSanitizer its allocator's count, which leaves out
/// the quarantine of freed blocks). Unlike resident memory it does not move with freed memory the allocator keeps
/// or hands back to the system, so a leak shows in it alone. 0 where unknown.
std::size_t heapBytes();

/// The memory verdict of a soak run: samples of memory (live heap bytes) taken every so many frames. The first half of
/// the run warms caches (glyphs, levels of detail, the corpus); memory is flat when, in the second half, the least
/// of the later samples exceeds the least of the earlier ones by at most `allowedGrowth` bytes (a leak raises every
/// later sample; a window held open for a while only some). `baseline` and `last` are those two least samples,
/// `peak` the largest sample of the second half.
struct SoakMemory {
    std::size_t baseline = 0, last = 0, peak = 0;
    bool flat = true;
};
SoakMemory judgeMemory(const std::vector<std::size_t>& samples, std::size_t allowedGrowth);

}  // namespace atlas::core
