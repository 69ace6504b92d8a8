// The viewer: a GLFW window around ExplorerUi. Opens on --view / --deck or the last session, saves the last
// session (view state + window layout) on exit and every 30 seconds when it changed.
#include "application/viewer.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <future>
#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <optional>

#include "application/atlas_session.hpp"
#include "application/corpus_loader.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/workspace/workspace.hpp"
#include "application/explorer_ui.hpp"
#include "application/gl_context.hpp"
#include "application/last_session.hpp"
#include "application/phase_timer.hpp"
#include "application/presenter_window.hpp"
#include "application/soak_run.hpp"
#include "application/view_files.hpp"
#include "core/atomic_file.hpp"
#include "core/state/history.hpp"
#include "core/state/key_bindings.hpp"
#include "application/geoio_module.hpp"
#include "ui/dock.hpp"

namespace atlas::app {

namespace {

/// Hands the pages freed since the last call back to the system: glibc keeps freed heap pages mapped (and counted
/// as resident) unless they are at the heap's top; at rest, after the first frame and after each indexing, that is
/// the font files' bytes, the map's and the corpus's temporaries.
void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

constexpr double kAutosaveSeconds = 30.0;

/// SIGTERM / SIGINT: the loop ends like a normal quit (the session is saved); the handler only sets the flag.
volatile std::sig_atomic_t g_stopSignal = 0;
void onStopSignal(int signal) { g_stopSignal = signal; }

/// Key presses queued by a GLFW callback: Dear ImGui 1.86 samples key state once per frame, so a press and
/// release that arrive in the same poll (clickers, xdotool, fast typing) would otherwise be lost.
struct KeyQueue {
    std::vector<std::pair<int, int>> pressed;  // key, mods
    std::vector<std::string> dropped;          // files dropped on the window, added as user layers next frame
};

void onDrop(GLFWwindow* window, int count, const char** paths) {
    if (auto* q = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window)))
        for (int i = 0; i < count; ++i)
            if (paths[i]) q->dropped.emplace_back(paths[i]);
}

void onKey(GLFWwindow* window, int key, int, int action, int mods) {
    if (action == GLFW_RELEASE) return;
    if (auto* q = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window))) q->pressed.emplace_back(key, mods);
}

/// The window's key codes as the key table (core/state/key_bindings.hpp) names them; nullopt for keys it does not use.
std::optional<core::Key> tableKey(int glfwKey) {
    using K = core::Key;
    switch (glfwKey) {
        case GLFW_KEY_LEFT: return K::Left;
        case GLFW_KEY_RIGHT: return K::Right;
        case GLFW_KEY_UP: return K::Up;
        case GLFW_KEY_DOWN: return K::Down;
        case GLFW_KEY_PAGE_UP: return K::PageUp;
        case GLFW_KEY_PAGE_DOWN: return K::PageDown;
        case GLFW_KEY_HOME: return K::Home;
        case GLFW_KEY_END: return K::End;
        case GLFW_KEY_SPACE: return K::Space;
        case GLFW_KEY_BACKSPACE: return K::Backspace;
        case GLFW_KEY_ESCAPE: return K::Escape;
        case GLFW_KEY_PERIOD: return K::Period;
        case GLFW_KEY_B: return K::B;
        case GLFW_KEY_L: return K::L;
        case GLFW_KEY_N: return K::N;
        case GLFW_KEY_Q: return K::Q;
        case GLFW_KEY_Y: return K::Y;
        case GLFW_KEY_Z: return K::Z;
        case GLFW_KEY_S: return K::S;
        case GLFW_KEY_T: return K::T;
        case GLFW_KEY_W: return K::W;
        case GLFW_KEY_F1: return K::F1;
        case GLFW_KEY_F5: return K::F5;
        case GLFW_KEY_F11: return K::F11;
        default: return std::nullopt;
    }
}

/// The queued key presses through the key table: the window's keys always, the explorer's unless presenting, the
/// map's only while no text field or window has the keyboard, the presentation's while presenting.
std::vector<core::Action> keyActions(const KeyQueue& keys, const ImGuiIO& io, const core::AppState& state,
                                     ui::UiState& ui) {
    std::vector<core::Action> out;
    const core::KeyCommandInput input{{ui.mapSize.x * 0.5, ui.mapSize.y * 0.5}, state.projection, state.deck.selected,
                                      state.panels.legend};
    const auto run = [&](const core::KeyBinding* b) {
        if (!b) return;
        if (b->command == core::KeyCommand::ToggleHelp) ui.showHelp = !ui.showHelp;
        else if (auto a = core::keyCommandAction(b->command, input)) out.push_back(std::move(*a));
    };
    for (auto [glfwKey, glfwMods] : keys.pressed) {
        const auto key = tableKey(glfwKey);
        if (!key) continue;
        const unsigned mods = ((glfwMods & GLFW_MOD_SHIFT) ? core::kModShift : 0u) |
                              ((glfwMods & GLFW_MOD_CONTROL) ? core::kModCtrl : 0u);
        run(core::findKeyBinding(core::KeyContext::Window, *key, mods));
        if (state.presentation) {
            run(core::findKeyBinding(core::KeyContext::Presenting, *key, mods));
            continue;
        }
        run(core::findKeyBinding(core::KeyContext::Explorer, *key, mods));
        if (!io.WantCaptureKeyboard && !ui.reviewFocused) run(core::findKeyBinding(core::KeyContext::Map, *key, mods));
    }
    return out;
}

void toggleFullscreen(GLFWwindow* window, int (&saved)[4]) {
    if (glfwGetWindowMonitor(window)) {
        glfwSetWindowMonitor(window, nullptr, saved[0], saved[1], saved[2], saved[3], 0);
        return;
    }
    glfwGetWindowPos(window, &saved[0], &saved[1]);
    glfwGetWindowSize(window, &saved[2], &saved[3]);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (!monitor) return;
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

/// Puts the presenter's window on another monitor than the main window's, where there is one (the laptop's
/// screen while the projector shows the slide); else it opens where the window manager puts it.
void placeOnOtherMonitor(GLFWwindow* presenter, GLFWwindow* main) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* taken = glfwGetWindowMonitor(main);
    if (!taken) taken = glfwGetPrimaryMonitor();
    for (int i = 0; i < count; ++i) {
        if (monitors[i] == taken) continue;
        int x = 0, y = 0, w = 0, h = 0;
        glfwGetMonitorWorkarea(monitors[i], &x, &y, &w, &h);
        glfwSetWindowPos(presenter, x + w / 10, y + h / 10);
        return;
    }
}

/// The presenter's window follows the presentation's flag (W, or its close button); draws it each frame.
class PresenterWindowHost {
public:
    void frame(GLFWwindow* main, KeyQueue& keys, float interfaceScale, ExplorerUi& ui, const core::AppState& state,
               double now, std::vector<core::Action>& next) {
        const auto& p = state.presentation;
        if (!p) m_started.reset();
        else if (!m_started) m_started = now;
        const bool wanted = p && p->presenterWindow;
        if (!wanted) {
            m_window.reset();
            return;
        }
        if (!m_window) {
            try {
                m_window.emplace(main, onKey, &keys, interfaceScale);
                placeOnOtherMonitor(m_window->handle(), main);
            } catch (const ContextError& e) {
                ui.addIssue(core::Severity::Warning, "presenter window", e.what());
                next.emplace_back(core::action::Present{core::PresentCommand::PresenterWindow});
                return;
            }
        }
        if (m_window->closeRequested()) {  // its close button: the presentation goes on without it
            m_window.reset();
            next.emplace_back(core::action::Present{core::PresentCommand::PresenterWindow});
            return;
        }
        float aspect = 0.0f;
        const unsigned int preview = ui.nextSlidePreview(state, 560, aspect);
        glFlush();  // the preview, drawn in this context, is read in the presenter's
        m_window->frame(core::presenterNotes(*p, now - m_started.value_or(now)), preview, aspect, next);
    }

private:
    std::optional<PresenterWindow> m_window;
    std::optional<double> m_started;  // when the presentation began (the presenter's clock)
};

/// --view, else --deck (its first slide, or --slide N), else the last session's view; then the command line.
void openStartView(const Options& o, ExplorerUi& ui, core::AppState& state,
                   const std::optional<std::filesystem::path>& config) {
    bool fromView = false;
    if (o.view) {
        const auto load = loadViewFile(*o.view);
        for (const auto& w : load.warnings) ui.addIssue(core::Severity::Warning, o.view->string(), w);
        if (load.view) {
            ui.dispatch(core::action::ShowView{*load.view, o.view->string(), true}, state);
            fromView = true;
        } else {
            ui.addIssue(core::Severity::Error, o.view->string(), load.error + "; the view was not opened");
        }
    } else if (o.deck) {
        auto load = core::loadDeckFile(*o.deck);
        const std::string prefix = o.deck->string() + ": ";
        for (const auto& m : load.messages)  // the issue names the file already
            ui.addIssue(load.deck ? core::Severity::Warning : core::Severity::Error, o.deck->string(),
                        m.starts_with(prefix) ? m.substr(prefix.size()) : m);
        if (load.deck) {
            fromView = !load.deck->slides.empty();
            const auto slide = static_cast<std::size_t>(o.slide.value_or(1) - 1);
            ui.dispatch(core::action::DeckOpened{std::move(*load.deck), {*o.deck, load.partial, false}, slide}, state);
        }
    } else if (config) {
        const auto file = lastSessionFiles(*config).view;
        std::error_code ec;
        if (std::filesystem::exists(file, ec)) {
            const auto load = loadViewFile(file);
            if (load.view) {
                for (const auto& w : load.warnings) ui.addIssue(core::Severity::Warning, file.string(), w);
                ui.dispatch(core::action::ShowView{*load.view, file.string()}, state);
                fromView = true;
            } else {
                ui.addIssue(core::Severity::Warning, file.string(), load.error + "; the last session was not restored");
            }
        }
    }
    for (const auto& a : commandLineActions(o, fromView)) ui.dispatch(a, state);
    if (o.select) {
        const auto select = selectOption(*o.select, *ui.reduceContext().ids);
        if (select.action) ui.dispatch(*select.action, state);
        else ui.addIssue(core::Severity::Warning, "--select", select.problem);
        if (select.action && !fromView && !o.bbox) ui.frameOnFirstFrame(*o.select);
    }
    if (o.bbox) ui.frameBoxOnFirstFrame(*o.bbox);  // over the view's camera, as in `render`
    if (o.passage) ui.dispatch(core::action::OpenPassageId{*o.passage}, state);  // opened once the corpus is indexed
}

struct StartWorkspace {
    std::optional<core::WorkspaceOpen> opened;
    std::vector<core::LoadIssue> problems;
};

/// --workspace DIR (created when it does not exist yet), else the last workspace the window had open when it
/// still is one. Problems name the folder; a read-only one opens read-only.
StartWorkspace startWorkspace(const Options& o, const std::optional<std::filesystem::path>& config) {
    StartWorkspace out;
    std::filesystem::path root;
    if (o.workspace) {
        root = *o.workspace;
        std::error_code ec;
        if (!std::filesystem::exists(root, ec))
            if (auto error = core::createWorkspace(root)) {
                out.problems.push_back({core::Severity::Error, root.string(), "", *error});
                return out;
            }
    } else if (config) {
        const auto files = core::readWholeFile(lastSessionFiles(*config).files);
        std::vector<std::string> warnings;  // reported when the window reads the file again
        const auto recent = files ? core::recentOf(core::fileMemoryFromJson(*files, warnings).recent,
                                                   core::RecentKind::Workspace)
                                  : std::vector<std::string>{};
        if (recent.empty() || !core::isWorkspace(recent.front())) return out;
        root = recent.front();
    } else {
        return out;
    }
    std::string error;
    out.opened = core::openWorkspace(root, error);
    if (!out.opened) {
        out.problems.push_back({core::Severity::Error, root.string(), "", error + "; no workspace is open"});
        return out;
    }
    for (const auto& p : out.opened->problems) {  // "FOLDER: what is wrong"
        const auto colon = p.find(": ");
        out.problems.push_back({core::Severity::Warning, colon == std::string::npos ? root.string() : p.substr(0, colon),
                                "", colon == std::string::npos ? p : p.substr(colon + 2)});
    }
    return out;
}

/// Saves the view state and the ImGui layout when either changed since the last save.
class SessionSaver {
public:
    explicit SessionSaver(std::optional<std::filesystem::path> dir) : m_dir(std::move(dir)) {}
    void save(ExplorerUi& ui, const core::AppState& state) {
        if (!m_dir) return;
        const core::ReduceContext ctx = ui.reduceContext();
        const std::string view = core::toJson(core::toViewState(state, *ctx.projector, *ctx.ids)).dump(2) + "\n";
        std::size_t size = 0;
        const char* ini = ImGui::SaveIniSettingsToMemory(&size);
        std::string layout(ini ? ini : "", size);
        std::string files = core::fileMemoryToJson(ui.uiState().files);
        if (view == m_view && layout == m_layout && files == m_files) return;
        if (auto error = saveLastSession(*m_dir, view, layout, files)) {
            if (!m_reported) std::cerr << "caucasus-atlas: warning: " << *error << " (the session is not saved)\n";
            m_reported = true;
            return;
        }
        m_view = view;
        m_layout = std::move(layout);
        m_files = std::move(files);
    }

private:
    std::optional<std::filesystem::path> m_dir;
    std::string m_view, m_layout, m_files;
    bool m_reported = false;
};

}  // namespace

int runViewer(const Options& o, const std::filesystem::path& dataRoot) {
    // The geodata, scene and fonts load on a worker while the window and its GL context come up (no GL there),
    // and the corpus indexes on another: the first frame waits only for whichever is slower of load and window.
    std::signal(SIGTERM, onStopSignal);  // from the start: a signal while loading quits at the first frame
    std::signal(SIGINT, onStopSignal);
    PhaseTimer timer(o.timings);  // --timings: where the time to the first frame goes
    const auto geodata = o.geodata.value_or(dataRoot / "geodata");
    auto pendingSession = std::async(std::launch::async, [&] { return AtlasSession::load(geodata, o.projection); });
    int exitCode = 0;
    const auto corpusDir = o.corpus.value_or(dataRoot / "corpus");
    // The workspace: --workspace, else the last one opened (File > Recent's first workspace), checked before the
    // corpus starts indexing with it.
    const auto startConfig = o.soakFrames ? std::nullopt : configDir();
    StartWorkspace start = startWorkspace(o, startConfig);
    AsyncCorpus corpus;
    corpus.start(CorpusSources{geodata, corpusDir,
                               start.opened ? std::optional(start.opened->layout.root) : std::nullopt});
    GlWindow window(o.width == 1920 ? 1400 : o.width, o.height == 1080 ? 900 : o.height, "Caucasus Atlas", true);
    GLFWwindow* win = window.handle();
    timer.mark(std::string("window and GL context (") + window.contextApi() + ")");
    std::optional<SoakRun> soak;  // --soak: the scripted long session (no vsync, no last session)
    if (o.soakFrames) soak.emplace(*o.soakFrames, o.seed);
    glfwSwapInterval(soak ? 0 : 1);
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(win, &xscale, &yscale);
    KeyQueue keys;
    glfwSetWindowUserPointer(win, &keys);
    glfwSetKeyCallback(win, onKey);  // installed before ImGui's backend, which chains to it
    glfwSetDropCallback(win, onDrop);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    float appliedScale = std::max(1.0f, xscale);  // the interface scale the fonts and style were built for
    setupImGuiStyle(appliedScale, 1.0f);
    const auto config = soak ? std::nullopt : configDir();
    ImGui_ImplGlfw_InitForOpenGL(win, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    createImGuiDeviceObjects();  // the font atlas at one byte a texel, before the first frame
    // The map's shaders (their binaries kept between runs), while the data may still be loading.
    auto programs = render::MapPrograms::build(render::MapPrograms::FillInputs::Own, core::defaultIndexCacheDir());
    timer.mark("interface (ImGui) and map shaders set up");

    {
        auto loaded = pendingSession.get();
        timer.mark("data ready (waited for)");
        AtlasSession session(std::move(loaded), std::move(programs));
        timer.mark("map uploaded");
        for (const auto& issue : session.model().issues) std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
        // 4x MSAA where the GPU does it in hardware; none on a software rasterizer, where it would cost most of the
        // frame (`render` keeps 4x: it draws one picture, not 60 a second). ATLAS_MSAA overrides.
        ExplorerUi ui(session, window.glVersion(), render::defaultSamples());
        atlas::ui::addDockSettingsHandler(ui.uiState());  // the docked areas' sizes live in the layout's ini text
        if (config)
            if (auto ini = core::readWholeFile(lastSessionFiles(*config).layout))
                ImGui::LoadIniSettingsFromMemory(ini->data(), ini->size());
        core::AppState state;
        if (config)  // the file choosers' folders and File > Recent, before the start view adds to them
            if (auto files = core::readWholeFile(lastSessionFiles(*config).files)) {
                std::vector<std::string> warnings;
                ui.uiState().files = core::fileMemoryFromJson(*files, warnings);
                for (const auto& w : warnings) ui.addIssue(core::Severity::Warning, lastSessionFiles(*config).files.string(), w);
            }
        std::string chooserWarning;
        ui.useDesktopChooser(soak ? core::ChooserTool::Builtin : desktopChooserTool(chooserWarning));
        if (!chooserWarning.empty()) ui.addIssue(core::Severity::Warning, "ATLAS_FILE_CHOOSER", chooserWarning);
        openStartView(o, ui, state, config);
        for (const auto& problem : start.problems) {
            std::cerr << "caucasus-atlas: " << problem.toString() << "\n";
            ui.addIssue(problem.severity, problem.file, problem.message);
        }
        if (start.opened) {  // remembered (File > Recent > Workspaces) so that the next start reopens it
            core::rememberFile(ui.uiState().files, core::FileUse::OpenWorkspace, start.opened->layout.root);
            ui.dispatch(core::action::WorkspaceOpened{start.opened->layout.root.string(), start.opened->readOnly}, state);
        }
        SessionSaver saver(config);
        int savedWindow[4] = {100, 100, 1400, 900};
        PresenterWindowHost presenter;
        std::vector<core::Action> fromPresenter;  // its buttons and close box, applied next frame
        double lastTime = glfwGetTime();
        double lastSave = lastTime;
        std::string shownTitle = "Caucasus Atlas";
        bool firstFrameShown = false;

        while (!glfwWindowShouldClose(win) && !state.quitRequested && g_stopSignal == 0) {
            if (soak || state.flight || state.playing || !corpus.ready()) glfwPollEvents();
            else glfwWaitEventsTimeout(0.25);
            const double now = glfwGetTime();
            const double dt = now - lastTime;
            lastTime = now;
            if (corpus.poll()) {
                for (const auto& issue : corpus.issues()) std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
                // The problems are lines in the Documents panel and a notice, not a window at every start.
                if (corpus.arrivals() == 1)
                    ui.issues().insert(ui.issues().end(), corpus.issues().begin(), corpus.issues().end());
                if (!corpus.issues().empty())
                    ui.uiState().notice = {std::to_string(corpus.issues().size()) +
                                               (corpus.issues().size() == 1 ? " problem" : " problems") +
                                               " reading the documents: see View > Panels > Documents",
                                           -1.0};
                // A reindex first drops the indices into the old corpus (Reader, Search), then the new one arrives.
                if (corpus.arrivals() > 1) ui.dispatch(core::action::CorpusReindexed{}, state);
                releaseFreedMemory();  // the indexing threads' temporaries
                ui.setCorpusDocuments(corpus.userFiles(), corpus.issues());
                ui.setCorpus(corpus.data(), &corpus.events(), state);
                if (corpus.places()) ui.dispatch(*corpus.places(), state);
                if (corpus.arrivals() > 1 && corpus.places() && corpus.issues().empty())
                    ui.uiState().notice = {"Relinked the corpus in " + std::to_string(std::lround(corpus.load().totalMs)) +
                                               " ms (places to review: " +
                                               std::to_string(std::lround(corpus.load().placesMs)) + " ms)",
                                           -1.0};
            }
            if (auto root = ui.takeReindex())
                corpus.start(CorpusSources{geodata, corpusDir,
                                           root->empty() ? std::nullopt : std::optional<std::filesystem::path>(*root)});
            ui.uiState().documents.indexing = corpus.running();
            ui.uiState().documents.progress = corpus.progress();

            // Interface size: the monitor's content scale (it changes when the window moves to another monitor)
            // times the user's ui_scale. Fonts are rasterised again at the new size.
            glfwGetWindowContentScale(win, &xscale, &yscale);
            const float contentScale = std::max(1.0f, xscale);
            const float wantScale = contentScale * static_cast<float>(state.carried.uiScale);
            if (std::abs(wantScale - appliedScale) > 1e-3f) {
                rescaleImGui(wantScale, 1.0f);
                appliedScale = wantScale;
            }
            ui.uiState().mapScale = appliedScale;
            ui.uiState().contentScale = contentScale;
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            const ImGuiIO& io = ImGui::GetIO();
            const bool fullscreen = glfwGetWindowMonitor(win) != nullptr;
            auto external = keyActions(keys, io, state, ui.uiState());
            if (fullscreen != state.fullscreen) external.insert(external.begin(), core::action::WindowFullscreen{fullscreen});
            keys.pressed.clear();
            // Dropped files: documents go into the workspace, anything else is read as a layer.
            core::action::AddDocuments droppedDocuments;
            for (auto& path : keys.dropped) {
                if (core::isWorkspaceDocumentName(path)) droppedDocuments.paths.push_back(std::move(path));
                else external.emplace_back(core::action::AddUserLayer{std::move(path)});
            }
            if (!droppedDocuments.paths.empty()) external.emplace_back(std::move(droppedDocuments));
            keys.dropped.clear();
            for (auto& a : fromPresenter) external.push_back(std::move(a));
            fromPresenter.clear();
            if (soak) soak->addActions(session, ui, state, external);
            const float pixelScale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
            ui.frame(state, dt, pixelScale, std::move(external));
            for (const auto& command : ui.takeWindowCommands())  // presenting: fullscreen, then the window back
                if (const auto* f = std::get_if<core::command::SetFullscreen>(&command))
                    if (f->on != (glfwGetWindowMonitor(win) != nullptr)) toggleFullscreen(win, savedWindow);

            if (std::string title = core::windowTitle(state); title != shownTitle) {
                glfwSetWindowTitle(win, title.c_str());
                shownTitle = std::move(title);
            }
            presentImGuiFrame(win, 0.2f, 0.2f, 0.2f);
            if (!firstFrameShown) {
                if (timer.enabled()) {
                    glFinish();  // drawn, not only queued
                    timer.mark("first frame shown");
                }
                firstFrameShown = true;
                releaseFreedMemory();  // what loading and the font atlas's build freed
            }
            presenter.frame(win, keys, appliedScale, ui, state, now, fromPresenter);
            if (soak && soak->done()) break;
            if (now - lastSave > kAutosaveSeconds) {
                saver.save(ui, state);
                lastSave = now;
            }
        }
        saver.save(ui, state);
        if (g_stopSignal != 0)
            std::cerr << "caucasus-atlas: " << (g_stopSignal == SIGTERM ? "SIGTERM" : "SIGINT")
                      << ": the session was saved; quitting\n";
        cancelGeoioGeometryWork();  // layers still loading stop now: leaving the scope waits for their workers
        if (soak) exitCode = soak->finish(ui.issues().size());
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return exitCode;
}

}  // namespace atlas::app
