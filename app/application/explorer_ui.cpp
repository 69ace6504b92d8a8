// The explorer frame: panels -> actions -> state -> map texture. No GLFW here: the window and `render --ui`
// feed ImGui their own display size and input.
#include "application/explorer_ui.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>

#include "application/render_command.hpp"
#include "core/present/presenter.hpp"
#include "core/present/citation.hpp"
#include "application/font_atlas_file.hpp"
#include "application/view_files.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/fonts.hpp"
#include "core/files/file_chooser.hpp"
#include "core/state/write_guard.hpp"
#include "ui/deck_panel.hpp"
#include "ui/documents_panel.hpp"
#include "ui/dock.hpp"
#include "ui/file_chooser.hpp"
#include "ui/explorer_panels.hpp"
#include "ui/panels.hpp"
#include "ui/places_review_panel.hpp"
#include "ui/presenter_panels.hpp"

namespace atlas::app {

void setupImGuiStyle(float contentScale, float pixelDensity) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is saved with the last session (cli/last_session)
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.ScaleAllSizes(contentScale);
    // Latin (with Azerbaijani ə), Cyrillic, Armenian and the fallback's superscripts in one merged font (core/fonts.hpp).
    const float size = 15.0f * contentScale * pixelDensity;
    io.FontGlobalScale = 1.0f / pixelDensity;
    if (ui::addInterfaceFont(size))
        ui::addPresenterFonts(size, contentScale, pixelDensity);  // after the window's font, which stays the default
    // Built now, from the atlas file of the last start with the same fonts and sizes when there is one: rasterising
    // them took ~300 ms of the first frame (application/font_atlas_file.hpp).
    buildFontAtlas(*io.Fonts, core::defaultIndexCacheDir());
}

namespace {

/// Runs `create` (a backend call that uploads the font atlas through GetTexDataAsRGBA32) with the atlas showing a
/// one-texel stand-in, then gives the texture it made the whole atlas at one byte a texel and frees the CPU pixels.
/// With coloured glyphs the backend's RGBA upload is kept as it is.
template <typename Create>
bool uploadFontsOneByte(Create create) {
    ImFontAtlas& fonts = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    fonts.GetTexDataAsAlpha8(&pixels, &width, &height);  // builds the atlas when it is not built yet
    if (!pixels || fonts.TexPixelsUseColors) return create();
    fonts.TexWidth = fonts.TexHeight = 1;  // the backend converts and uploads one texel, not the 35 MB atlas
    const bool created = create();
    fonts.TexWidth = width;
    fonts.TexHeight = height;
    if (fonts.TexPixelsRGBA32) {  // the stand-in's converted texel
        IM_FREE(fonts.TexPixelsRGBA32);
        fonts.TexPixelsRGBA32 = nullptr;
    }
    if (!created || !compactFontTexture(fonts)) return false;
    fonts.ClearTexData();  // on the GPU now; the glyph tables stay
    // The font files' bytes (~6 MiB: every interface face, once per size) were only needed to rasterise; a rescale
    // clears the atlas and adds the fonts again from their files.
    fonts.ClearInputData();
    return true;
}

}  // namespace

bool createImGuiDeviceObjects() { return uploadFontsOneByte([] { return ImGui_ImplOpenGL3_CreateDeviceObjects(); }); }

void rescaleImGui(float contentScale, float pixelDensity) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui::GetIO().Fonts->Clear();
    ImGui::GetStyle() = ImGuiStyle();
    setupImGuiStyle(contentScale, pixelDensity);
    uploadFontsOneByte([] { return ImGui_ImplOpenGL3_CreateFontsTexture(); });
}

// Dear ImGui's OpenGL backend uploads the font atlas as RGBA texels that are all white but for their coverage; on a
// software rasterizer a texture is main memory, and the atlas of the four merged interface fonts held 32 MiB at rest.
bool compactFontTexture(const ImFontAtlas& fonts) {
    if (!fonts.TexPixelsAlpha8 || fonts.TexPixelsUseColors || !fonts.TexID) return false;
    GLint bound = 0, unpackAlignment = 4, unpackRowLength = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &unpackAlignment);
    glGetIntegerv(GL_UNPACK_ROW_LENGTH, &unpackRowLength);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(fonts.TexID)));
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, fonts.TexWidth, fonts.TexHeight, 0, GL_RED, GL_UNSIGNED_BYTE,
                 fonts.TexPixelsAlpha8);
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, unpackAlignment);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, unpackRowLength);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
    return true;
}

void presentImGuiFrame(GLFWwindow* window, float r, float g, float b) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
}

ExplorerUi::ExplorerUi(AtlasSession& session, std::string glInfo, int mapSamples)
    : m_session(session), m_glInfo(std::move(glInfo)), m_mapSamples(mapSamples), m_ids(lookupFor(session, nullptr)) {
    m_issues = session.model().issues;
    if (!m_issues.empty())  // a notice, not a window, at every start
        m_ui.notice = {std::to_string(m_issues.size()) + " problems loading the map: see Help > Load problems", -1.0};
}

void ExplorerUi::addIssue(core::Severity severity, std::string file, std::string message) {
    m_issues.push_back({severity, std::move(file), "", std::move(message)});
    m_ui.showIssues = true;
}

core::ReduceContext ExplorerUi::reduceContext() const {
    core::ReduceContext ctx;
    ctx.homeBounds = m_session.scene().homeBounds;
    ctx.projector = &m_session.projector();
    ctx.ids = &m_ids;
    ctx.boundsOf = [this](const std::vector<std::size_t>& indices) { return m_session.boundsOf(indices); };
    ctx.userLayerBounds = [this](std::uint32_t id) {
        const LoadedUserLayer* l = m_session.userLayer(id);
        return l ? l->scene.bounds : core::BBox{};
    };
    if (m_data) ctx.gazetteer = &m_data->gazetteer;
    return ctx;
}

void ExplorerUi::dispatch(const core::Action& action, core::AppState& state) {
    for (const auto& command : core::apply(state, action, reduceContext())) run(command, state);
}

void ExplorerUi::setCorpus(const core::AtlasData* data, const std::vector<core::Event>* events, core::AppState& state) {
    m_data = data;
    m_events = events;
    m_ids = lookupFor(m_session, m_data);
    dispatch(core::action::CorpusReady{}, state);
}

void ExplorerUi::useDesktopChooser(core::ChooserTool tool) {
    m_desktopChooser = std::make_unique<DesktopChooser>(tool);
    m_ui.preferNativeChooser = tool != core::ChooserTool::Builtin;
}

void ExplorerUi::pollDesktopChooser() {
    if (!m_desktopChooser) return;
    if (auto answer = m_desktopChooser->poll()) {
        m_ui.chooser.nativeRunning = false;
        m_ui.chooser.external = answer->path;  // empty: cancelled
        m_ui.chooser.externalConfirmed = answer->confirmed;
    }
}

void ExplorerUi::startDesktopChooser() {
    ui::UiState::FileChooser& c = m_ui.chooser;
    if (!c.nativeRequested || !c.use) return;
    c.nativeRequested = false;
    std::string error;
    if (m_desktopChooser && m_desktopChooser->start(*c.use, c.folder, c.name, error)) {
        c.nativeRunning = true;
        return;
    }
    if (!error.empty()) addIssue(core::Severity::Warning, "file chooser", error + "; using the in-app chooser");
    c.requested = true;  // the in-app chooser, next frame
}

namespace {
std::string absolutePath(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::absolute(path, ec);
    return ec ? path : p.lexically_normal().string();
}

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
}  // namespace

void ExplorerUi::run(const core::Command& command, core::AppState& state) {
    namespace cmd = core::command;
    // Nothing is written over an existing file without the user's confirmation, nor under another type's name.
    if (const auto target = core::writeTarget(command))
        if (auto refusal = core::refuseWrite(command)) {
            addIssue(core::Severity::Error, target->path, *refusal);
            return;
        }
    std::visit(Overloaded{
                   [&](const cmd::SwitchProjection& c) {
                       const core::Camera camera = m_session.switchProjection(c.id, state.camera, state.viewport);
                       dispatch(core::action::ProjectionSwitched{c.id, camera}, state);
                       for (const auto& a : c.then) dispatch(a, state);
                   },
                   [&](const cmd::ReadViewFile& c) {
                       const auto load = loadViewFile(c.path);
                       if (!load.view) {
                           addIssue(core::Severity::Error, c.path, load.error + "; the view was not opened");
                           return;
                       }
                       for (const auto& w : load.warnings) addIssue(core::Severity::Warning, c.path, w);
                       core::rememberFile(m_ui.files, core::FileUse::OpenView, absolutePath(c.path));
                       dispatch(core::action::ShowView{*load.view, c.path, true}, state);
                   },
                   [&](const cmd::WriteViewFile& c) {
                       if (auto error = saveViewFile(c.view, c.path))
                           addIssue(core::Severity::Error, c.path, *error + "; the view was not saved");
                       else {
                           core::rememberFile(m_ui.files, core::FileUse::SaveView, absolutePath(c.path));
                           m_ui.notice = {"Saved the view to " + absolutePath(c.path), -1.0};
                           dispatch(core::action::ViewSaved{c.path}, state);
                       }
                   },
                   [&](const cmd::ExportPng& c) { exportPng(c.request, state); },
                   [&](const cmd::ExportHandout& c) { exportHandout(c, state); },
                   [&](const cmd::ReadDeckFile& c) { readDeck(c.path, state); },
                   [&](const cmd::WriteDeckFile& c) { writeDeck(c, state); },
                   [&](const cmd::AskDeckPath&) { ui::openFileChooser(m_ui, core::FileUse::SaveDeck, state); },
                   [&](const cmd::SetMapTheme& c) {
                       m_session.setTheme(c.presenting ? core::themeFor(c.theme) : core::defaultTheme());
                   },
                   [&](const cmd::Report& c) {
                       m_issues.push_back(c.issue);
                       m_ui.showIssues = true;
                   },
                   [&](const cmd::SetFullscreen&) { m_windowCommands.push_back(command); },  // the window loop's
                   [&](const cmd::OpenWorkspace& c) { openWorkspace(c, state); },
                   [&](const cmd::CopyDocuments& c) { copyDocuments(c, state); },
                   [&](const cmd::RemoveDocumentFile&) { runDocumentFileCommand(command, state); },
                   [&](const cmd::RestoreDocumentFile&) { runDocumentFileCommand(command, state); },
                   [&](const cmd::WriteDocumentMeta&) { runDocumentFileCommand(command, state); },
                   [&](const cmd::Reindex&) { m_reindex = state.workspace.root; },
                   [&](const cmd::WritePlacesFiles& c) { writePlacesFiles(c); },
               },
               command);
}

void ExplorerUi::readDeck(const std::string& path, core::AppState& state) {
    auto load = core::loadDeckFile(path);
    const std::string prefix = path + ": ";
    for (const auto& m : load.messages)  // the issue names the file already
        addIssue(load.deck ? core::Severity::Warning : core::Severity::Error, path,
                 m.starts_with(prefix) ? m.substr(prefix.size()) : m);
    if (!load.deck) {
        if (load.messages.empty()) addIssue(core::Severity::Error, path, "not a deck; nothing was loaded");
        return;
    }
    m_ui.deckTextFor.reset();
    core::rememberFile(m_ui.files, core::FileUse::OpenDeck, absolutePath(path));
    dispatch(core::action::DeckOpened{std::move(*load.deck), {path, load.partial, false}, 0}, state);
}

void ExplorerUi::writeDeck(const core::command::WriteDeckFile& write, core::AppState& state) {
    const std::filesystem::path target = write.path;
    core::DeckOrigin origin = write.origin;
    const core::DeckSave saved = core::saveDeckFile(write.deck, target, &origin);
    if (saved.error) {
        const std::string prefix = target.string() + ": ";  // the issue names the file already
        const std::string& error = *saved.error;
        addIssue(core::Severity::Error, target.string(),
                 (error.starts_with(prefix) ? error.substr(prefix.size()) : error) + "; the deck was not saved");
        return;
    }
    if (saved.originalKeptAsBackup)
        addIssue(core::Severity::Warning, target.string(),
                 target.filename().string() + " was opened partially; the original is kept as " +
                     saved.backup.filename().string());
    if (target != write.origin.path) origin = {target, false, false};  // "Save as": the deck now lives there
    core::rememberFile(m_ui.files, core::FileUse::SaveDeck, absolutePath(target.string()));
    m_ui.notice = {"Saved the deck to " + absolutePath(target.string()) +
                       (saved.backup.empty() ? std::string() : " (the previous file kept as " + saved.backup.filename().string() + ")"),
                   -1.0};
    dispatch(core::action::DeckSaved{origin}, state);
}

void ExplorerUi::exportPng(const core::action::ExportPng& e, const core::AppState& state) {
    // A copy of the state with the export's overlay: drawn offscreen, the window's state is not changed.
    core::AppState shot = state;
    shot.frame.legend = e.legend;
    shot.frame.scaleBar = e.scaleBar;
    shot.frame.stamp.clear();
    if (e.stamp && state.time.year) shot.frame.stamp = std::to_string(*state.time.year);
    else if (e.stamp && state.time.range)
        shot.frame.stamp = std::to_string(state.time.range->first) + "\xE2\x80\x93" + std::to_string(state.time.range->second);
    shot.frame.footer.clear();
    if (e.footer && m_data && state.openPassage && *state.openPassage < m_data->corpus.passages.size())
        shot.frame.footer = "Passage cited: " + core::citePassage(m_data->corpus, *state.openPassage);
    const float scale = std::clamp(e.scale, 1.0f, 4.0f);
    render::RenderTarget target;
    target.resize(static_cast<int>(std::lround(state.viewport.width * scale)),
                  static_cast<int>(std::lround(state.viewport.height * scale)), 4);
    m_session.drawFrame(shot, scale, target);
    const std::string error = writePngAtomically(e.path, target.width(), target.height(), target.readPixels());
    if (!error.empty()) {
        addIssue(core::Severity::Error, e.path, error + "; the map was not exported");
        return;
    }
    std::cerr << "caucasus-atlas: exported " << target.width() << "x" << target.height() << " map to " << e.path << "\n";
    m_ui.notice = {"Exported the map (" + std::to_string(target.width()) + "\xC3\x97" + std::to_string(target.height()) +
                       " PNG) to " + absolutePath(e.path),
                   -1.0};
}

void ExplorerUi::updateEmphasis(const core::AppState& state) {
    const EmphasisKey key{state.selected, state.showCoMentions, state.sizePlacesByMentions, m_data};
    if (key == m_emphasisKey) return;
    m_emphasisKey = key;
    std::vector<float> focus, scale;
    const auto& model = m_session.model();
    if (m_data && state.showCoMentions && state.selected)
        if (const std::string id = core::gazetteerIdOf(model, *state.selected); !id.empty())
            focus = core::coMentionFocus(model, *m_data, id);
    if (m_data && state.sizePlacesByMentions) scale = core::mentionScales(model, *m_data);
    m_session.setEmphasis(std::move(focus), std::move(scale));
}

void ExplorerUi::dispatchFrameActions(std::vector<core::Action> actions, double dt, core::AppState& state) {
    actions.emplace_back(core::action::SetViewport{{m_ui.mapSize.x, m_ui.mapSize.y}});
    actions.emplace_back(core::action::Tick{dt});
    if (state.presentation) actions.emplace_back(core::action::SetCaptionBand{m_ui.captionBandHeight});
    for (const auto& a : actions) dispatch(a, state);
    // User layers: start reading newly added files, take the ones that have arrived, drop removed ones.
    auto loaded = m_userLayerJobs.poll(state, m_session);
    for (const auto& a : loaded.actions) {
        if (const auto* done = std::get_if<core::action::UserLayerLoaded>(&a); done && done->ok)
            for (const core::UserLayerEntry& e : state.userLayers)  // File > Recent > Layers
                if (e.id == done->id) core::rememberFile(m_ui.files, core::FileUse::OpenLayer, absolutePath(e.path));
        dispatch(a, state);
    }
    for (auto& issue : loaded.issues) {
        std::cerr << "caucasus-atlas: " << issue.toString() << "\n";  // also on stderr, like the problems at start
        m_issues.push_back(std::move(issue));
        m_ui.showIssues = true;
    }
    if (!state.cameraPlaced) dispatch(core::action::ResetView{false}, state);  // the first frame: the whole region
    if (auto id = std::exchange(m_frameFirst, std::nullopt))  // --select: framed in the map's real rectangle
        dispatch(core::action::SelectFeatureId{*id, true}, state);
    if (auto box = std::exchange(m_frameBoxFirst, std::nullopt))  // --bbox: likewise
        dispatch(core::action::SetCamera{core::homeCamera(core::projectBBox(*box, m_session.projector()), state.viewport)},
                 state);
}

void ExplorerUi::frame(core::AppState& state, double dt, float pixelScale, std::vector<core::Action> external) {
    if (state.presentation) {
        presentationFrame(state, dt, pixelScale, std::move(external));
        return;
    }
    if (m_data && state.search.resultsFor != state.search.query)  // Search: results follow the query
        dispatch(core::action::SearchDone{state.search.query,
                                          core::search(state.search.query, m_data->gazetteer, &m_data->corpus)},
                 state);
    std::vector<core::Action> actions;
    const core::LayerLook look = core::layerLook(state);
    const std::vector<bool> layerVisible(look.visible.begin(), look.visible.end());
    const ui::PanelContext ctx{state, m_issues, m_lastFrame ? &*m_lastFrame : nullptr, m_mapTarget.texture(),
                               {static_cast<double>(m_mapTarget.width()), static_cast<double>(m_mapTarget.height())},
                               m_glInfo,
                               core::statusCounts(m_session.model(), m_session.visuals(), layerVisible,
                                                  m_data ? &m_data->corpus : nullptr, state.time)};
    const ui::ExplorerContext ex{state, m_session.model(), m_data, m_events ? *m_events : m_noEvents,
                                 m_session.visuals(),
                                 [this](std::uint32_t id) -> const core::UserLayer* {
                                     const LoadedUserLayer* l = m_session.userLayer(id);
                                     return l ? &l->data : nullptr;
                                 },
                                 &m_ui.dock};
    ui::drawMainMenu(ctx, m_ui, actions);
    ui::layoutDockedPanels(state, ui::statusBarHeight(), m_ui);  // the map gets what the docked panels leave
    ui::drawMapView(ctx, m_ui, actions);
    ui::drawLayersPanel(ex, actions);
    ui::drawSearch(ex, m_ui, actions);
    ui::drawInspector(ex, m_ui, actions);
    ui::drawReader(ex, m_ui, actions);
    ui::drawTimeline(ex, m_ui, actions);
    ui::drawDeckPanel(state, m_ui, actions);
    ui::drawDocumentsPanel({state, m_data, m_userFiles, m_corpusProblems}, m_ui, actions);
    ui::drawPlacesReviewPanel(state, m_data, m_ui, actions);
    ui::drawDockHandles(state, m_ui);
    if (m_ui.mouseOnMap && !m_ui.draggingMap) ui::drawHoverTooltip(ex);
    ui::drawStatusBar(ctx, m_ui);
    ui::drawIssues(ctx, m_ui);
    ui::drawHelp(m_ui);
    pollDesktopChooser();
    ui::drawFileChooser(m_ui, actions);
    startDesktopChooser();
    ui::drawNotice(m_ui);
    ImGui::Render();

    // Apply the panels' actions once, after the UI pass, then the keys.
    for (auto& a : external) actions.push_back(std::move(a));
    // One pick over the map and the user layers: a user feature selects or hovers through its own actions.
    const auto* arrows = m_lastFrame ? &m_lastFrame->arrows : nullptr;  // the arrows the user sees
    if (m_ui.clickOnMap) {
        const MapPick hit = m_session.pickAnyAt(state, *m_ui.clickOnMap, arrows);
        if (state.places.pick != core::ReviewPick::None) {  // p / a in the review: the click places or picks
            const auto lonLat = m_session.projector().inverse(state.camera.screenToWorld(*m_ui.clickOnMap, state.viewport));
            const std::string id = hit.map ? core::gazetteerIdOf(m_session.model(), *hit.map) : std::string();
            if (lonLat) actions.emplace_back(core::action::ReviewMapClick{*lonLat, id});
        } else if (hit.user) {
            actions.emplace_back(core::action::SelectUserFeature{hit.user});
        } else {
            actions.emplace_back(core::action::Select{hit.map});
        }
    }
    const MapPick hover =
        m_ui.mouseOnMap && !m_ui.draggingMap ? m_session.pickAnyAt(state, *m_ui.mouseOnMap, arrows) : MapPick{};
    actions.emplace_back(core::action::Hover{hover.map});
    actions.emplace_back(core::action::HoverUserFeature{hover.user});
    dispatchFrameActions(std::move(actions), dt, state);
    std::optional<core::Vec2> cursor;
    if (m_ui.mouseOnMap)
        cursor = m_session.projector().inverse(state.camera.screenToWorld(*m_ui.mouseOnMap, state.viewport));
    dispatch(core::action::SetCursor{cursor}, state);

    // The map's logical pixel is mapScale window pixels (HiDPI, ui_scale): its labels, lines and symbols grow with it.
    const float mapPixelScale = pixelScale * (m_ui.mapScale > 0.0f ? m_ui.mapScale : 1.0f);
    m_mapTarget.resize(static_cast<int>(std::lround(state.viewport.width * mapPixelScale)),
                       static_cast<int>(std::lround(state.viewport.height * mapPixelScale)), m_mapSamples);
    updateEmphasis(state);
    m_lastFrame = m_session.drawFrame(state, mapPixelScale, m_mapTarget);
}

}  // namespace atlas::app
