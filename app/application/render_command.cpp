// Offscreen rendering: a headless EGL context, the same AtlasSession and MapRenderer as the viewer; with --ui
// the viewer's whole frame (ExplorerUi) drawn into a framebuffer of the requested size.
#include "application/render_command.hpp"

#include <glad/gl.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "application/animate_command.hpp"
#include "application/atlas_session.hpp"
#include "application/corpus_loader.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/workspace/workspace.hpp"
#include "application/explorer_ui.hpp"
#include "application/gl_context.hpp"
#include "application/handout.hpp"
#include "application/headless_gl.hpp"
#include "application/image_memory.hpp"
#include "application/phase_timer.hpp"
#include "application/user_layer_jobs.hpp"
#include "application/view_files.hpp"
#include "core/atomic_file.hpp"
#include "core/present/deck.hpp"

namespace atlas::app {

std::string writePngAtomically(const std::filesystem::path& path, int width, int height,
                               const std::vector<std::uint8_t>& rgba, PngCompression compression) {
    // Encoded in memory (libdeflate), then written by core's one atomic writer (mode, links and fsync handled there).
    const std::vector<std::uint8_t> png = encodePng(width, height, rgba, compression);
    if (png.empty()) return "cannot encode a " + std::to_string(width) + "x" + std::to_string(height) + " PNG";
    const auto error = core::writeFileAtomically(
        path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
    if (!error) return {};
    const std::string prefix = path.string() + ": ";
    return error->starts_with(prefix) ? error->substr(prefix.size()) : *error;  // callers name the file
}

render::MapPrograms onePicturePrograms() {
    return render::MapPrograms::build(render::MapPrograms::FillInputs::Shared, core::defaultIndexCacheDir());
}

std::filesystem::path numberedOutput(const std::filesystem::path& out, std::size_t number, std::size_t count) {
    std::string digits = std::to_string(number);
    const std::size_t width = std::max<std::size_t>(2, std::to_string(count).size());
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    std::filesystem::path p = out;
    p.replace_filename(out.stem().string() + "-" + digits + out.extension().string());
    return p;
}

namespace {

/// One image to draw: a view (nullopt: the defaults and the command line) and where it goes.
struct RenderJob {
    std::optional<core::ViewState> view;
    std::string source;  // the file the view came from
    std::filesystem::path out;
    std::string note;    // printed after writing (slides of --all)
    std::shared_ptr<const core::Deck> deck{};  // the deck of a slide (--present shows its counter "7 / 13")
    std::size_t slide = 0;                   // 0-based
};

void warn(const std::string& line) { std::cerr << "caucasus-atlas: warning: " << line << "\n"; }

/// The view files named on the command line, as jobs; nullopt after printing the error line.
std::optional<std::vector<RenderJob>> jobsFrom(const Options& o) {
    std::vector<RenderJob> jobs;
    if (o.view) {
        auto load = loadViewFile(*o.view);
        if (!load.view) {
            std::cerr << "caucasus-atlas: error: " << o.view->string() << ": " << load.error << "\n";
            return std::nullopt;
        }
        for (const auto& w : load.warnings) warn(o.view->string() + ": " + w);
        jobs.push_back({std::move(load.view), o.view->string(), *o.out, {}});
    } else if (o.deck) {
        auto load = core::loadDeckFile(*o.deck);
        if (!load.deck) {
            std::cerr << "caucasus-atlas: error: " << (load.messages.empty() ? o.deck->string() + ": not a deck" : load.messages.front())
                      << "\n";
            return std::nullopt;
        }
        for (const auto& m : load.messages) warn(m.starts_with(o.deck->string()) ? m : o.deck->string() + ": " + m);
        const auto deck = std::make_shared<const core::Deck>(std::move(*load.deck));
        const auto& slides = deck->slides;
        if (slides.empty()) {
            std::cerr << "caucasus-atlas: error: " << o.deck->string() << ": the deck has no slides\n";
            return std::nullopt;
        }
        if (o.slide) {
            const auto n = static_cast<std::size_t>(*o.slide);
            if (n > slides.size()) {
                std::cerr << "caucasus-atlas: error: " << o.deck->string() << ": no slide " << n << " (the deck has "
                          << slides.size() << " slides)\n";
                return std::nullopt;
            }
            jobs.push_back(
                {slides[n - 1].view, o.deck->string() + " slide " + std::to_string(n), *o.out, {}, deck, n - 1});
        } else {
            for (std::size_t i = 0; i < slides.size(); ++i) {
                const auto out = numberedOutput(*o.out, i + 1, slides.size());
                jobs.push_back({slides[i].view, o.deck->string() + " slide " + std::to_string(i + 1), out,
                                out.string() + ": slide " + std::to_string(i + 1) + ": " + slides[i].title, deck, i});
            }
        }
    } else {
        jobs.push_back({std::nullopt, {}, *o.out, {}});
    }
    return jobs;
}

/// --select and --passage as actions; false after printing the error line.
bool selectionActions(const Options& o, const core::ViewLookup& ids, std::vector<core::Action>& out) {
    if (o.select) {
        auto select = selectOption(*o.select, ids);
        if (!select.action) {
            std::cerr << "caucasus-atlas: error: --select: " << select.problem << "\n";
            return false;
        }
        out.push_back(std::move(*select.action));
    }
    if (o.passage) {
        const auto i = ids.passageIndex(*o.passage);
        if (!i) {
            std::cerr << "caucasus-atlas: error: --passage: no passage '" << *o.passage << "' in the corpus (passage "
                      << "ids, see `caucasus-atlas index`)\n";
            return false;
        }
        out.emplace_back(core::action::OpenPassage{*i, ids.passageDocuments[*i], std::nullopt});
    }
    return true;
}

/// An ImGui context with the OpenGL3 backend only: no window input, the display size set per image.
struct OffscreenImGui {
    explicit OffscreenImGui(float scale) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        setupImGuiStyle(1.0f, scale);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        createImGuiDeviceObjects();  // the font atlas at one byte a texel, before the first frame
    }
    ~OffscreenImGui() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext();
    }
    OffscreenImGui(const OffscreenImGui&) = delete;
    OffscreenImGui& operator=(const OffscreenImGui&) = delete;
};

/// Frames ImGui needs before every window has its size and the reader has scrolled to the open passage.
constexpr int kSettleFrames = 4;

std::vector<std::uint8_t> renderWindow(const Options& o, AtlasSession& session, const std::string& glInfo,
                                       const CorpusLoad& corpus, core::AppState& state, bool cameraChosen, int w, int h,
                                       const RenderJob& job) {
    ExplorerUi ui(session, glInfo, 4);
    for (const auto& issue : corpus.issues) ui.issues().push_back(issue);
    ui.setCorpusDocuments(corpus.userFiles, corpus.issues);
    if (o.workspace)  // the Documents panel shows the workspace (its folder as given; render writes nothing there)
        ui.dispatch(core::action::WorkspaceOpened{std::filesystem::absolute(*o.workspace).lexically_normal().string(),
                                                  false},
                    state);
    ui.setCorpus(corpus.data.get(), &corpus.events, state);
    if (corpus.places) ui.dispatch(*corpus.places, state);
    if (o.review && corpus.places) {  // the Places-to-review panel at a candidate (docs/screenshots/places-review.png)
        ui.dispatch(core::action::SetPanelOpen{core::Panel::PlacesReview, true}, state);
        if (!o.review->empty()) ui.dispatch(core::action::ReviewGo{*o.review}, state);
    }
    if (o.present) {  // the slide as the window presents it, without the flight there
        if (job.deck) ui.dispatch(core::action::DeckOpened{*job.deck, {}, std::nullopt}, state);
        if (o.theme == "dark") ui.dispatch(core::action::Present{core::PresentCommand::Theme}, state);
        ui.dispatch(core::action::Present{core::PresentCommand::StartHere, job.slide, false}, state);
    }
    // The view's interface size (ui_scale); the next image builds its own again.
    const auto uiScale = static_cast<float>(state.carried.uiScale);
    if (std::abs(uiScale - 1.0f) > 1e-3f) rescaleImGui(uiScale, o.scale);
    ui.uiState().mapScale = uiScale;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(o.width), static_cast<float>(o.height));
    io.DisplayFramebufferScale = ImVec2(o.scale, o.scale);
    io.DeltaTime = 1.0f / 60.0f;
    render::RenderTarget target;
    target.resize(w, h, 0);
    for (int f = 0; f < kSettleFrames; ++f) {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        ui.frame(state, 0.0, o.scale);
        if (f == 0 && o.bbox && !cameraChosen) {  // the map area is known after the first frame
            core::Camera fitted = state.camera;
            fitted.fit(core::projectBBox(*o.bbox, session.projector()), state.viewport, 12.0);
            ui.dispatch(core::action::SetCamera{fitted}, state);
        } else if (f == 0 && o.select && !cameraChosen) {  // --select frames the feature in the map's rectangle
            ui.dispatch(core::action::SelectFeatureId{*o.select, true}, state);
            ui.dispatch(core::action::Tick{60.0}, state);  // the flight lands: one picture, no animation
        }
        target.bindForDrawing();
        glClearColor(0.2f, 0.2f, 0.2f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    session.setTheme(core::defaultTheme());  // the next image starts from the window's palette again
    if (std::abs(uiScale - 1.0f) > 1e-3f) rescaleImGui(1.0f, o.scale);
    return target.readPixels();
}

}  // namespace

bool printModelIssues(const AtlasSession& session) {
    bool fatal = false;
    for (const auto& issue : session.model().issues) {
        std::cerr << "caucasus-atlas: " << (issue.severity == core::Severity::Error ? "error: " : "warning: ")
                  << issue.toString() << "\n";
        fatal |= issue.severity == core::Severity::Error;
    }
    return fatal;
}

int runRender(const Options& o, const std::filesystem::path& dataRoot) {
    if (o.animate) return runAnimate(o, dataRoot);  // the timeline as a film: animate_command.cpp
    if (o.handout) return runHandout(o, dataRoot);  // application/handout.cpp
    PhaseTimer timer(o.timings);
    const auto jobs = jobsFrom(o);  // bad view or deck files fail before any GL work
    if (!jobs) return 1;
    const std::filesystem::path geodata = o.geodata.value_or(dataRoot / "geodata");
    // The data loads on a worker while EGL brings up the driver (as the viewer does while its window opens).
    auto pending = std::async(std::launch::async, [&] { return AtlasSession::load(geodata, o.projection, false); });
    const auto gl = openOffscreenGl();  // EGL: no X server or window needed
    timer.mark("GL context (" + gl->platform() + ")");
    auto programs = onePicturePrograms();  // while the data may still be loading
    AtlasSession session(pending.get(), std::move(programs));
    session.renderer().setAreaFringes(true);  // one picture without MSAA on llvmpipe: areas' edges smoothed
    timer.mark("data and renderer ready");
    const PngCompression compression = pngCompressionFromName(o.pngCompression).value_or(PngCompression::Fast);
    if (printModelIssues(session)) return 1;

    std::optional<core::WorkspaceOpen> workspace;  // --workspace: its documents and user gazetteer too
    if (o.workspace) {
        std::string error;
        workspace = core::openWorkspace(*o.workspace, error);
        if (!workspace) {
            std::cerr << "caucasus-atlas: error: " << error << "\n";
            return 1;
        }
        for (const auto& p : workspace->problems) warn(p);
    }
    CorpusLoad corpus;  // the panels and --passage need the corpus; the map alone does not
    if (o.ui || o.passage || o.present) {  // --present quotes the slide's passage
        corpus = loadCorpusSide(CorpusSources{geodata, o.corpus.value_or(dataRoot / "corpus"),
                                              workspace ? std::optional(workspace->layout.root) : std::nullopt});
        for (const auto& issue : corpus.issues) warn(issue.toString());
        timer.mark(corpus.places ? "corpus indexed and linked, places to review found (" +
                                       std::to_string(std::lround(corpus.placesMs)) + " ms of it)"
                                 : std::string("corpus indexed and linked"));
    }
    std::unique_ptr<OffscreenImGui> imgui;
    if (o.ui || o.present) imgui = std::make_unique<OffscreenImGui>(o.scale);

    const int w = static_cast<int>(std::lround(static_cast<double>(o.width) * o.scale));
    const int h = static_cast<int>(std::lround(static_cast<double>(o.height) * o.scale));
    // The 4x image, its resolve texture, the read-back and the PNG's row and zlib buffers: 9 images' worth.
    reserveHugePageHeap(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4 * 9);
    for (const RenderJob& job : *jobs) {
        core::AppState state;
        const core::ViewLookup ids = lookupFor(session, corpus.data.get());
        const auto dispatch = [&](const core::Action& a) {
            dispatchHeadless(a, session, ids, state, [&](const core::LoadIssue& issue) { warn(issue.toString()); });
        };
        dispatch(core::action::SetViewport{{static_cast<double>(o.width), static_cast<double>(o.height)}});
        if (job.view) dispatch(core::action::ShowView{*job.view, job.source});
        for (const auto& a : commandLineActions(o, job.view.has_value())) dispatch(a);
        {
            // A view's user layers are read before drawing: `render` draws one picture and has no frame to wait in.
            UserLayerJobs userLayers;
            const auto loaded = userLayers.poll(state, session, true);
            for (const auto& a : loaded.actions) dispatch(a);
            for (const auto& issue : loaded.issues) warn(issue.toString());
        }
        std::vector<core::Action> selection;
        if (!selectionActions(o, ids, selection)) return 1;
        for (const auto& a : selection) dispatch(a);
        const bool cameraChosen = job.view.has_value() && !o.bbox;  // --bbox frames over a view's camera
        if (!cameraChosen && !(o.ui && !o.present)) {  // --ui: the window's first frame frames its map area
            const core::BBox box = o.bbox ? core::projectBBox(*o.bbox, session.projector()) : session.scene().homeBounds;
            dispatch(core::action::SetCamera{core::homeCamera(box, state.viewport)});
            if (o.select && !o.bbox) {  // --select frames the feature, as selecting it in the window does
                dispatch(core::action::SelectFeatureId{*o.select, true});
                dispatch(core::action::Tick{60.0});
            }
        }

        std::vector<std::uint8_t> pixels;
        if (o.ui || o.present) {
            pixels = renderWindow(o, session, gl->glVersion(), corpus, state, cameraChosen, w, h, job);
        } else {
            render::RenderTarget target;
            target.resize(w, h, render::defaultSamples());
            if (!target.samplesNote().empty()) warn(job.out.string() + ": " + target.samplesNote());
            session.drawFrame(state, o.scale, target);
            pixels = target.readPixels();
        }
        timer.mark("drawn and read back");
        const std::string err = writePngAtomically(job.out, w, h, pixels, compression);
        timer.mark("PNG written");
        if (!err.empty()) {
            std::cerr << "caucasus-atlas: error: " << job.out.string() << ": " << err << "\n";
            return 1;
        }
        if (!job.note.empty()) std::cout << job.note << "\n";
    }
    return 0;
}

}  // namespace atlas::app
