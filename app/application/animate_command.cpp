// Offscreen film of the timeline: plan the distinct states (core/explore/animation_plan), draw each with the
// window's renderer and its date stamp, encode them (animation_writer).
#include "application/animate_command.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <iostream>

#include "application/animation_writer.hpp"
#include "application/atlas_session.hpp"
#include "application/headless_gl.hpp"
#include "application/media_module.hpp"
#include "application/render_command.hpp"
#include "application/phase_timer.hpp"
#include "application/view_files.hpp"
#include "core/explore/animation_plan.hpp"
#include "core/gazetteer/events.hpp"
#include "core/present/presenter.hpp"
#include "core/state/layer_settings.hpp"

namespace atlas::app {
namespace {

void warn(const std::string& line) { std::cerr << "caucasus-atlas: warning: " << line << "\n"; }

core::TimeUnit unitOf(const std::string& step) {
    if (step == "year") return core::TimeUnit::Year;
    if (step == "month") return core::TimeUnit::Month;
    return core::TimeUnit::Day;
}

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", s);
    return buf;
}

}  // namespace

int runAnimate(const Options& o, const std::filesystem::path& dataRoot) {
    PhaseTimer timer(o.timings);
    const auto format = animationFormatFor(*o.out);  // parseOptions already refused other names
    if (!format) {
        std::cerr << "caucasus-atlas: error: " << o.out->string() << ": an animation is written as .gif or .webp\n";
        return 1;
    }
    try {  // the encoders' module, before any frame is drawn
        (void)mediaModule();
    } catch (const ModuleError& e) {
        std::cerr << "caucasus-atlas: error: " << o.out->string() << ": " << e.what() << "\n";
        return 1;
    }
    std::optional<core::ViewState> view;
    if (o.view) {
        auto load = loadViewFile(*o.view);
        if (!load.view) {
            std::cerr << "caucasus-atlas: error: " << o.view->string() << ": " << load.error << "\n";
            return 1;
        }
        for (const auto& w : load.warnings) warn(o.view->string() + ": " + w);
        view = std::move(load.view);
    }
    const std::filesystem::path geodata = o.geodata.value_or(dataRoot / "geodata");
    auto pending = std::async(std::launch::async, [&] { return AtlasSession::load(geodata, o.projection, false); });
    const auto gl = openOffscreenGl();
    auto programs = onePicturePrograms();  // while the data may still be loading
    AtlasSession session(pending.get(), std::move(programs));
    session.renderer().setAreaFringes(true);  // one picture without MSAA on llvmpipe: areas' edges smoothed
    timer.mark("GL context (" + gl->platform() + "), data and renderer ready");
    if (printModelIssues(session)) return 1;
    std::vector<core::Event> events;  // titles under the date; the film is made without them when missing
    if (const auto file = geodata / "events.json"; std::filesystem::exists(file)) {
        auto parsed = core::loadEventsFile(file);
        for (const auto& p : parsed.problems) warn((p.file.empty() ? file.string() : p.file) + ": " + p.featureId + ": " + p.message);
        events = std::move(parsed.events);
    }

    core::AppState state;
    const core::ViewLookup ids = lookupFor(session, nullptr);
    const auto dispatch = [&](const core::Action& a) {
        dispatchHeadless(a, session, ids, state, [&](const core::LoadIssue& issue) { warn(issue.toString()); });
    };
    // A film is shown to a room: symbols, labels, the date stamp and the event line as large as the presenter's
    // (core::projectorSymbolScale), drawn as on a denser screen: the same image size, a smaller logical viewport.
    // The footer's 11.5 px text (the event line) at least core::kMinCaptionTextShare of the height, as captions are.
    const auto captionScale = static_cast<float>(core::kMinCaptionTextShare * o.height / 11.5);
    const float room = std::max({1.0f, core::projectorSymbolScale(static_cast<double>(o.height)), captionScale});
    const float pixelScale = o.scale * room;
    dispatch(core::action::SetViewport{{o.width / static_cast<double>(room), o.height / static_cast<double>(room)}});
    if (view) dispatch(core::action::ShowView{*view, o.view->string()});
    for (const auto& a : commandLineActions(o, view.has_value())) dispatch(a);
    if (!view || o.bbox) {
        const core::BBox box = o.bbox ? core::projectBBox(*o.bbox, session.projector()) : session.scene().homeBounds;
        dispatch(core::action::SetCamera{core::homeCamera(box, state.viewport)});
    }

    const core::TimeUnit unit = unitOf(o.step);
    core::AnimationPace pace;
    if (o.fps) pace.stepsPerSecond = *o.fps;
    const core::LayerLook look = core::layerLook(state);
    const core::AnimationPlan plan = core::planAnimation(session.model(), events, *o.from, *o.to, unit, pace,
                                                         std::vector<float>(look.opacity.begin(), look.opacity.end()));
    timer.mark("timeline walked (" + std::to_string(plan.samples) + " samples)");
    if (plan.frames.empty()) {
        std::cerr << "caucasus-atlas: error: --from " << o.from->toString() << " --to " << o.to->toString()
                  << ": no dates to draw\n";
        return 1;
    }

    const int w = static_cast<int>(std::lround(static_cast<double>(o.width) * o.scale));
    const int h = static_cast<int>(std::lround(static_cast<double>(o.height) * o.scale));
    render::RenderTarget target;
    target.resize(w, h, render::defaultSamples());
    if (!target.samplesNote().empty()) warn(o.out->string() + ": " + target.samplesNote());
    std::vector<AnimationImage> images;
    images.reserve(plan.frames.size());
    for (std::size_t i = 0; i < plan.frames.size(); ++i) {
        const core::AnimationFrame& f = plan.frames[i];
        if (unit == core::TimeUnit::Year) dispatch(core::action::SetYear{f.date.year});
        else dispatch(core::action::SetDate{f.date});
        core::action::SetFrameOptions texts;
        texts.stamp = core::animationStamp(f.date);
        texts.footer = f.eventTitle.empty() ? o.footer : f.eventTitle;
        dispatch(texts);
        session.drawFrame(state, pixelScale, target);
        images.push_back({target.readPixels(), static_cast<int>(std::lround(f.seconds * 1000.0))});
        std::cout << o.out->string() << ": frame " << (i + 1) << " " << f.date.toString();
        if (f.until != f.date) std::cout << ".." << f.until.toString();
        std::cout << " " << seconds(f.seconds);
        if (!f.eventTitle.empty()) std::cout << " " << f.eventTitle;
        std::cout << "\n";
    }
    timer.mark("frames drawn and read back");
    const std::string err = writeAnimation(*o.out, *format, w, h, images);
    timer.mark(format == AnimationFormat::Gif ? "GIF written" : "WebP written");
    if (!err.empty()) {
        std::cerr << "caucasus-atlas: error: " << o.out->string() << ": " << err << "\n";
        return 1;
    }
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(*o.out, ec);
    std::cout << o.out->string() << ": " << images.size() << " frames, " << seconds(plan.seconds()) << ", "
              << (ec ? 0 : bytes) << " bytes\n";
    return 0;
}

}  // namespace atlas::app
