// Frame benchmark on the bundled data: start-up to first frame, 300 frames of scripted pan/zoom, peak memory.
// Usage: xvfb-run -a bench_frames [--size 1920x1080] [--frames 300] [--samples N] [--passes]
#include <glad/gl.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "application/atlas_session.hpp"
#include "application/gl_context.hpp"
#include "application/data_root.hpp"

using Clock = std::chrono::steady_clock;
using namespace atlas;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

/// Seconds since this process was started by the kernel (10 ms resolution), from /proc.
double secondsSinceProcessStart() {
    std::ifstream statFile("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    const auto close = stat.rfind(')');
    std::istringstream rest(stat.substr(close + 2));
    std::string field;
    unsigned long long start = 0;
    for (int i = 3; i <= 22 && rest >> field; ++i)
        if (i == 22) start = std::stoull(field);
    double uptime = 0;
    std::ifstream("/proc/uptime") >> uptime;
    return uptime - static_cast<double>(start) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const auto idx = static_cast<std::size_t>(std::clamp(p * static_cast<double>(v.size() - 1), 0.0, static_cast<double>(v.size() - 1)));
    return v[idx];
}

}  // namespace

int main(int argc, char** argv) {
    const auto t0 = Clock::now();
    int width = 1920, height = 1080, frames = 300, samples = 4;
    bool passes = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--passes") {
            passes = true;
            continue;
        }
        if (i + 1 >= argc) break;
        if (a == "--size") std::sscanf(argv[++i], "%dx%d", &width, &height);
        else if (a == "--frames") frames = std::max(10, std::atoi(argv[++i]));
        else if (a == "--samples") samples = std::max(0, std::atoi(argv[++i]));
    }
    const auto root = app::findDataRoot(argv[0]);
    if (!root) {
        std::fprintf(stderr, "bench_frames: cannot find the bundled data\n");
        return 1;
    }
    // As the viewer does: the data loads on a worker thread while the GL context is created.
    auto loading = std::async(std::launch::async, [&] {
        auto data = app::AtlasSession::load(*root / "geodata", core::ProjectionId::LambertCaucasus);
        return std::make_pair(std::move(data), Clock::now());
    });
    std::optional<app::GlWindow> opened;
    try {
        opened.emplace(64, 64, "bench", false);
    } catch (const app::ContextError& e) {  // no display: say so, as the app does, instead of terminating
        std::fprintf(stderr, "bench_frames: %s\n", e.what());
        loading.wait();
        return 1;
    }
    app::GlWindow& window = *opened;
    const auto tContext = Clock::now();
    auto [data, tDataReady] = loading.get();
    app::AtlasSession session(std::move(data));
    const auto tLoaded = Clock::now();
    core::AppState state;
    state.viewport = {static_cast<double>(width), static_cast<double>(height)};
    state.camera = core::homeCamera(session.scene().homeBounds, state.viewport);
    render::RenderTarget target;
    target.resize(width, height, samples);
    session.drawFrame(state, 1.0f, target);
    glFinish();
    const auto tFirst = Clock::now();
    const double sinceExec = secondsSinceProcessStart();

    // Scripted session: pan in a loop around the region while zooming in and out between 1x and 12x.
    std::vector<double> cpu, full, prep;
    const core::Camera home = state.camera;
    const auto scriptedCamera = [&](int i) {
        const double t = static_cast<double>(i) / frames;
        const double zoom = std::exp(std::log(12.0) * 0.5 * (1.0 - std::cos(2.0 * M_PI * t)));
        const double angle = 4.0 * M_PI * t;
        core::Camera c = home;
        c.setMetersPerPixel(home.metersPerPixel() / zoom);
        c.setCenter(home.center() + core::Vec2{std::cos(angle), std::sin(angle)} * (150000.0 * (1.0 - t * 0.5)));
        return c;
    };
    for (int i = 0; i < frames; ++i) {
        state.camera = scriptedCamera(i);
        const auto a = Clock::now();
        const core::RenderFrame frame = session.buildFrame(state, 1.0f);
        const auto a2 = Clock::now();
        session.renderer().draw(frame, target);
        const auto b = Clock::now();
        prep.push_back(ms(a2 - a));
        glFinish();
        const auto c = Clock::now();
        cpu.push_back(ms(b - a));
        full.push_back(ms(c - a));
    }
    // --passes: the same session again with glFinish after every pass of the renderer, so each pass's time is its
    // own (the sum is above the full frame: the passes no longer overlap with the next one's submission).
    std::vector<std::pair<std::string, std::vector<double>>> perPass;
    if (passes) {
        auto last = Clock::now();
        session.renderer().setPassProbe([&](const char* name) {
            glFinish();
            const auto now = Clock::now();
            auto it = std::find_if(perPass.begin(), perPass.end(), [&](const auto& p) { return p.first == name; });
            if (it == perPass.end()) it = perPass.insert(perPass.end(), {name, {}});
            it->second.push_back(ms(now - last));
            last = now;
        });
        for (int i = 0; i < frames; ++i) {
            state.camera = scriptedCamera(i);
            const core::RenderFrame frame = session.buildFrame(state, 1.0f);
            glFinish();
            last = Clock::now();
            session.renderer().draw(frame, target);
        }
        session.renderer().setPassProbe(nullptr);
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const auto& stats = session.renderer().stats();
    std::printf("renderer            %s\n", window.glVersion().c_str());
    std::printf("viewport            %dx%d, %dx MSAA, %d frames\n", width, height, target.samples(), frames);
    std::printf("context created     %8.1f ms after main()\n", ms(tContext - t0));
    std::printf("data ready          %8.1f ms after main() (worker thread: load, LODs, projection, glyphs)\n",
                ms(tDataReady - t0));
    std::printf("scene uploaded      %8.1f ms after main()\n", ms(tLoaded - t0));
    std::printf("first frame         %8.1f ms after main(), %.2f s after exec (/proc, 10 ms resolution)\n",
                ms(tFirst - t0), sinceExec);
    std::printf("frame CPU time      median %6.2f ms   p95 %6.2f ms  (frame build + GL submission)\n",
                percentile(cpu, 0.5), percentile(cpu, 0.95));
    std::printf("  of which build    median %6.2f ms   p95 %6.2f ms  (LOD, graticule, label placement)\n",
                percentile(prep, 0.5), percentile(prep, 0.95));
    std::printf("full frame          median %6.2f ms   p95 %6.2f ms  (including glFinish)\n", percentile(full, 0.5),
                percentile(full, 0.95));
    std::printf("last frame          %d draw calls, %zu triangles, %zu segments, %zu glyphs\n", stats.drawCalls,
                stats.triangles, stats.segments, stats.glyphs);
    std::printf("peak memory         %.1f MiB (max RSS)\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
    for (const auto& [name, times] : perPass)
        std::printf("  pass %-22s median %6.2f ms   p95 %6.2f ms\n", name.c_str(), percentile(times, 0.5),
                    percentile(times, 0.95));
    return 0;
}
