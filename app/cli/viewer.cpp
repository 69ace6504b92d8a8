// The viewer loop: poll input, run the panels, apply their actions, draw the map into its texture, draw the UI.
#include "cli/viewer.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/atlas_session.hpp"
#include "cli/gl_context.hpp"
#include "cli/corpus_loader.hpp"
#include "cli/session_actions.hpp"
#include "ui/explorer_panels.hpp"
#include "ui/panels.hpp"

namespace atlas::app {
namespace {

void setupImGui(GLFWwindow* window, float contentScale) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout persistence comes with the view state
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.ScaleAllSizes(contentScale);
    // Latin (with Azerbaijani ə), Cyrillic and Armenian in one merged font.
    static const ImWchar kLatin[] = {0x0020, 0x024F, 0x0250, 0x02AF, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0};
    static const ImWchar kCyrillic[] = {0x0400, 0x052F, 0};
    static const ImWchar kArmenian[] = {0x0530, 0x058F, 0xFB13, 0xFB17, 0};
    const float size = 15.0f * contentScale;
    ImFontConfig merge;
    merge.MergeMode = true;
    const char* dir = "/usr/share/fonts/truetype/noto/";
    if (io.Fonts->AddFontFromFileTTF((std::string(dir) + "NotoSans-Regular.ttf").c_str(), size, nullptr, kLatin)) {
        io.Fonts->AddFontFromFileTTF((std::string(dir) + "NotoSans-Regular.ttf").c_str(), size, &merge, kCyrillic);
        io.Fonts->AddFontFromFileTTF((std::string(dir) + "NotoSansArmenian-Regular.ttf").c_str(), size, &merge, kArmenian);
    }
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

/// Key presses queued by a GLFW callback: Dear ImGui 1.86 samples key state once per frame, so a press and
/// release that arrive in the same poll (clickers, xdotool, fast typing) would otherwise be lost.
struct KeyQueue {
    std::vector<std::pair<int, int>> pressed;  // key, mods
};

void onKey(GLFWwindow* window, int key, int, int action, int mods) {
    if (action == GLFW_RELEASE) return;
    if (auto* q = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window))) q->pressed.emplace_back(key, mods);
}

void keyActions(const KeyQueue& keys, const ImGuiIO& io, ui::UiState& ui, std::vector<core::Action>& out) {
    const double step = 120.0;
    for (auto [key, mods] : keys.pressed) {
        if ((mods & GLFW_MOD_CONTROL) && key == GLFW_KEY_Q) out.emplace_back(core::action::Quit{});
        else if (key == GLFW_KEY_F1) ui.showHelp = !ui.showHelp;
        else if (key == GLFW_KEY_F11) ui.fullscreenRequested = true;
        if (io.WantCaptureKeyboard) continue;  // a text field or window has the keyboard
        switch (key) {
            case GLFW_KEY_LEFT: out.emplace_back(core::action::PanPixels{{step, 0}}); break;
            case GLFW_KEY_RIGHT: out.emplace_back(core::action::PanPixels{{-step, 0}}); break;
            case GLFW_KEY_UP: out.emplace_back(core::action::PanPixels{{0, step}}); break;
            case GLFW_KEY_DOWN: out.emplace_back(core::action::PanPixels{{0, -step}}); break;
            case GLFW_KEY_HOME: out.emplace_back(core::action::ResetView{}); break;
            default: break;
        }
    }
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

core::AppState initialState(const Options& o) {
    core::AppState state;
    state.projection = o.projection;
    state.frame.labels = o.labels;
    state.frame.graticule = o.graticule;
    state.time.year = o.year;
    state.time.range = o.range;
    if (auto n = core::namingFromString(o.naming)) state.naming = *n;
    return state;
}

}  // namespace

int runViewer(const Options& o, const std::filesystem::path& dataRoot) {
    GlWindow window(o.width == 1920 ? 1400 : o.width, o.height == 1080 ? 900 : o.height, "Caucasus Atlas", true);
    GLFWwindow* win = window.handle();
    glfwSwapInterval(1);
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(win, &xscale, &yscale);
    KeyQueue keys;
    glfwSetWindowUserPointer(win, &keys);
    glfwSetKeyCallback(win, onKey);  // installed before ImGui's backend, which chains to it
    setupImGui(win, std::max(1.0f, xscale));

    int exitCode = 0;
    {
        const auto geodata = o.geodata.value_or(dataRoot / "geodata");
        AsyncCorpus corpus;
        corpus.start(geodata, o.corpus.value_or(dataRoot / "corpus"));
        AtlasSession session(geodata, o.projection);
        for (const auto& issue : session.model().issues) std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
        std::vector<core::LoadIssue> issues = session.model().issues;
        core::AppState state = initialState(o);
        ui::UiState uiState;
        render::RenderTarget target;
        std::optional<core::RenderFrame> lastFrame;
        std::vector<core::SearchResult> searchResults;
        bool firstLayout = true;
        int savedWindow[4] = {100, 100, 1400, 900};
        double lastTime = glfwGetTime();

        while (!glfwWindowShouldClose(win) && !state.quitRequested) {
            if (state.flight || state.playing || !corpus.ready()) glfwPollEvents();
            else glfwWaitEventsTimeout(0.25);
            const double now = glfwGetTime();
            const double dt = now - lastTime;
            lastTime = now;
            if (corpus.poll()) {
                for (const auto& issue : corpus.issues()) std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
                issues.insert(issues.end(), corpus.issues().begin(), corpus.issues().end());
            }
            if (corpus.ready() && uiState.lastSearch != uiState.searchBuffer) {
                uiState.lastSearch = uiState.searchBuffer;
                searchResults = core::search(uiState.lastSearch, corpus.data()->gazetteer, &corpus.data()->corpus);
            }

            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            std::vector<core::Action> actions;
            const ui::PanelContext ctx{state, issues, lastFrame ? &*lastFrame : nullptr, target.texture(),
                                       {static_cast<double>(target.width()), static_cast<double>(target.height())},
                                       window.glVersion()};
            const ui::ExplorerContext ex{state, session.model(), corpus.data(), corpus.events(), session.visuals(), searchResults};
            ui::drawMainMenu(ctx, uiState, actions);
            ui::drawMapView(ctx, uiState, actions);
            ui::drawLayersPanel(ex, actions);
            ui::drawSearch(ex, uiState, actions);
            ui::drawInspector(ex, actions);
            ui::drawReader(ex, uiState, actions);
            ui::drawTimeline(ex, uiState, actions);
            if (uiState.mouseOnMap && !uiState.draggingMap) ui::drawHoverTooltip(ex);
            ui::drawStatusBar(ctx, uiState);
            ui::drawIssues(ctx, uiState);
            ui::drawHelp(uiState);
            const ImGuiIO& io = ImGui::GetIO();
            keyActions(keys, io, uiState, actions);
            keys.pressed.clear();
            ImGui::Render();

            // Apply the panels' actions once, after the UI pass.
            actions.emplace_back(core::action::SetViewport{{uiState.mapSize.x, uiState.mapSize.y}});
            actions.emplace_back(core::action::Tick{dt});
            if (uiState.clickOnMap) actions.emplace_back(core::action::Select{session.pickAt(state, *uiState.clickOnMap)});
            actions.emplace_back(core::action::Hover{uiState.mouseOnMap && !uiState.draggingMap
                                                         ? session.pickAt(state, *uiState.mouseOnMap)
                                                         : std::nullopt});
            for (const auto& a : actions) applySessionAction(a, session, state);
            if (firstLayout) {
                state.camera = core::homeCamera(session.scene().homeBounds, state.viewport);
                firstLayout = false;
            }
            std::optional<core::Vec2> cursor;
            if (uiState.mouseOnMap) cursor = session.projector().inverse(state.camera.screenToWorld(*uiState.mouseOnMap, state.viewport));
            core::apply(state, core::action::SetCursor{cursor}, session.scene().homeBounds);
            if (uiState.fullscreenRequested) {
                toggleFullscreen(win, savedWindow);
                uiState.fullscreenRequested = false;
            }

            const float pixelScale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
            target.resize(static_cast<int>(std::lround(state.viewport.width * pixelScale)),
                          static_cast<int>(std::lround(state.viewport.height * pixelScale)), 4);
            lastFrame = session.drawFrame(state, pixelScale, target);

            int fbw = 0, fbh = 0;
            glfwGetFramebufferSize(win, &fbw, &fbh);
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glViewport(0, 0, fbw, fbh);
            glClearColor(0.2f, 0.2f, 0.2f, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            glfwSwapBuffers(win);
        }
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return exitCode;
}

}  // namespace atlas::app
