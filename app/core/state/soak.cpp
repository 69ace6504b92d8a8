// Random but reproducible actions for the scripted long session; see soak.hpp.
#include "core/state/soak.hpp"

#include <algorithm>
#include <cstddef>
#include <fstream>

#include <malloc.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define ATLAS_SOAK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ATLAS_SOAK_ASAN 1
#endif
#endif
#if defined(ATLAS_SOAK_ASAN)
// From the sanitizer runtime's allocator interface; GCC does not install that header, so declared here.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace atlas::core {
namespace {

struct Weighted {
    SoakStep step;
    unsigned weight;
};

// A user mostly pans, zooms, changes the year and clicks; now and then switches naming or projection, steps a
// deck or opens a file that turns out to be broken.
constexpr Weighted kSteps[] = {
    {SoakStep::Pan, 40},         {SoakStep::Zoom, 30},         {SoakStep::Fly, 4},           {SoakStep::Reset, 3},
    {SoakStep::Year, 16},        {SoakStep::Range, 6},         {SoakStep::AllYears, 4},      {SoakStep::Play, 3},
    {SoakStep::Select, 16},      {SoakStep::Hover, 20},        {SoakStep::OpenPassage, 12},  {SoakStep::Naming, 5},
    {SoakStep::Projection, 2},   {SoakStep::Graticule, 2},     {SoakStep::Labels, 2},        {SoakStep::LayerVisible, 4},
    {SoakStep::LayerOpacity, 3}, {SoakStep::CoMentions, 3},    {SoakStep::SizeByMentions, 2}, {SoakStep::TimeDisplay, 2},
    {SoakStep::DeckStep, 8},     {SoakStep::PresentToggle, 2}, {SoakStep::PresenterKeys, 2},         {SoakStep::BrokenLayer, 1},
    {SoakStep::RemoveLayer, 1},  {SoakStep::InterfaceSize, 1}, {SoakStep::Idle, 120},
};

}  // namespace

std::string_view soakStepName(SoakStep step) { return enumName(step, "?"); }

std::uint64_t SoakScript::random() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double SoakScript::uniform(double a, double b) {
    return a + (b - a) * static_cast<double>(random() >> 11) * (1.0 / 9007199254740992.0);
}

std::vector<Action> SoakScript::next(const SoakContext& ctx) {
    unsigned total = 0;
    for (const Weighted& w : kSteps) total += w.weight;
    unsigned pick = static_cast<unsigned>(below(total));
    SoakStep step = SoakStep::Idle;
    for (const Weighted& w : kSteps) {
        if (pick < w.weight) {
            step = w.step;
            break;
        }
        pick -= w.weight;
    }
    // Steps the session cannot take now become idle frames (no deck, corpus still indexing, ...).
    if ((step == SoakStep::OpenPassage && ctx.passages == 0) || ((step == SoakStep::Select || step == SoakStep::Hover) && ctx.features == 0) ||
        ((step == SoakStep::DeckStep || step == SoakStep::PresentToggle || step == SoakStep::PresenterKeys) && ctx.slides == 0) ||
        (step == SoakStep::PresenterKeys && !ctx.presenting) || (step == SoakStep::BrokenLayer && ctx.brokenLayerFiles.empty()) ||
        (step == SoakStep::RemoveLayer && ctx.userLayerIds.empty()))
        step = SoakStep::Idle;
    ++m_counts[static_cast<std::size_t>(step)];

    std::vector<Action> out;
    const Vec2 anywhere{uniform(0, ctx.viewport.width), uniform(0, ctx.viewport.height)};
    const int year = 1900 + static_cast<int>(below(126));
    constexpr MapLayer kLayers[] = {MapLayer::Place, MapLayer::Corridor, MapLayer::Railway, MapLayer::Pipeline,
                                    MapLayer::Frontline, MapLayer::Border, MapLayer::Region, MapLayer::River};
    switch (step) {
        case SoakStep::Pan: out.emplace_back(action::PanPixels{{uniform(-300, 300), uniform(-200, 200)}}); break;
        case SoakStep::Zoom: out.emplace_back(action::ZoomAt{uniform(0.4, 2.5), anywhere}); break;
        case SoakStep::Fly: {
            Camera target(Vec2{uniform(-4e5, 4e5), uniform(-3e5, 3e5)}, uniform(60, 3000));
            out.emplace_back(action::FlyTo{target, uniform(0.2, 1.0)});
            break;
        }
        case SoakStep::Reset: out.emplace_back(action::ResetView{}); break;
        case SoakStep::Year: out.emplace_back(action::SetYear{year}); break;
        case SoakStep::Range: out.emplace_back(action::SetRange{std::pair{year, year + static_cast<int>(below(40))}}); break;
        case SoakStep::AllYears: out.emplace_back(action::SetYear{std::nullopt}); break;
        case SoakStep::Play: out.emplace_back(action::SetPlaying{below(2) == 0}); break;
        case SoakStep::Select:
            out.emplace_back(action::Select{below(5) == 0 ? std::nullopt
                                                          : std::optional<Selection>(Selection::feature(below(ctx.features)))});
            break;
        case SoakStep::Hover: out.emplace_back(action::Hover{Selection::feature(below(ctx.features))}); break;
        case SoakStep::OpenPassage: {
            const std::size_t p = below(ctx.passages);
            const std::size_t doc = p < ctx.passageDocument.size() ? ctx.passageDocument[p] : 0;
            out.emplace_back(action::OpenPassage{p, doc, std::nullopt});
            break;
        }
        case SoakStep::Naming: out.emplace_back(action::SetNaming{kAllNamingChoices[below(std::size(kAllNamingChoices))]}); break;
        case SoakStep::Projection: {
            constexpr ProjectionId ids[] = {ProjectionId::LambertCaucasus, ProjectionId::WebMercator, ProjectionId::Utm38N,
                                            ProjectionId::PlateCarree};
            out.emplace_back(action::SetProjection{ids[below(std::size(ids))]});
            break;
        }
        case SoakStep::Graticule: out.emplace_back(action::ToggleGraticule{}); break;
        case SoakStep::Labels: out.emplace_back(action::ToggleLabels{}); break;
        case SoakStep::LayerVisible:
            out.emplace_back(action::SetLayerVisible{kLayers[below(std::size(kLayers))], below(3) != 0});
            break;
        case SoakStep::LayerOpacity:
            out.emplace_back(action::SetLayerOpacity{kLayers[below(std::size(kLayers))], static_cast<float>(uniform(0, 1))});
            break;
        case SoakStep::CoMentions: out.emplace_back(action::SetShowCoMentions{below(2) == 0}); break;
        case SoakStep::SizeByMentions: out.emplace_back(action::SetSizePlacesByMentions{below(2) == 0}); break;
        case SoakStep::TimeDisplay:
            out.emplace_back(action::SetTimeDisplay{below(2) == 0 ? TimeDisplay::Hide : TimeDisplay::Fade});
            break;
        case SoakStep::DeckStep: {
            constexpr PresentCommand cmds[] = {PresentCommand::Next, PresentCommand::Next, PresentCommand::Previous,
                                               PresentCommand::First, PresentCommand::Last};
            if (!ctx.presenting) out.emplace_back(action::Present{PresentCommand::Start});
            out.emplace_back(action::Present{cmds[below(std::size(cmds))]});
            break;
        }
        case SoakStep::PresentToggle:
            out.emplace_back(action::Present{ctx.presenting ? PresentCommand::Leave : PresentCommand::Start});
            break;
        case SoakStep::InterfaceSize: {  // View > Interface size: the fonts are built and uploaded again
            constexpr double scales[] = {1.0, 1.25, 1.5};
            out.emplace_back(action::SetUiScale{scales[below(std::size(scales))]});
            break;
        }
        case SoakStep::PresenterKeys: {  // the presenter's toggles: blank screen, notes box, the presenter's own window
            constexpr PresentCommand cmds[] = {PresentCommand::Blank, PresentCommand::Notes,
                                               PresentCommand::PresenterWindow};
            out.emplace_back(action::Present{cmds[below(std::size(cmds))]});
            break;
        }
        case SoakStep::BrokenLayer:
            out.emplace_back(action::AddUserLayer{ctx.brokenLayerFiles[below(ctx.brokenLayerFiles.size())]});
            break;
        case SoakStep::RemoveLayer:
            out.emplace_back(action::RemoveUserLayer{ctx.userLayerIds[below(ctx.userLayerIds.size())]});
            break;
        case SoakStep::Idle:
        case SoakStep::Count: break;
    }
    return out;
}

std::size_t residentBytes() {
    std::ifstream in("/proc/self/statm");
    std::size_t pages = 0, resident = 0;
    if (!(in >> pages >> resident)) return 0;
    const long page = sysconf(_SC_PAGESIZE);
    return resident * static_cast<std::size_t>(page > 0 ? page : 4096);
}

std::size_t heapBytes() {
#if defined(ATLAS_SOAK_ASAN)
    return __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#else
    return 0;
#endif
}

SoakMemory judgeMemory(const std::vector<std::size_t>& samples, std::size_t allowedGrowth) {
    SoakMemory m;
    if (samples.empty()) return m;
    // The second half of the run, split in two windows: the least sample of the later window against the least of
    // the earlier one. A leak raises every later sample; something held for a while and then let go (the
    // presenter's window with its own fonts, a flight, allocator caches) raises only some, and never the least.
    const auto half = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2);
    const auto n = static_cast<std::size_t>(samples.end() - half);
    const auto split = half + static_cast<std::ptrdiff_t>(std::max<std::size_t>(1, n / 2));
    const double early = static_cast<double>(*std::min_element(half, split));
    const double late = split == samples.end() ? early : static_cast<double>(*std::min_element(split, samples.end()));
    m.baseline = static_cast<std::size_t>(early);
    m.last = static_cast<std::size_t>(late);
    m.peak = *std::max_element(half, samples.end());
    m.flat = late <= early + static_cast<double>(allowedGrowth);
    return m;
}

}  // namespace atlas::core
