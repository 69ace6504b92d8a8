// Menu, map view, status bar, load problems and help: thin ImGui code over AppState and actions.
#include "ui/panels.hpp"

#include "core/state/history.hpp"
#include "core/state/layer_settings.hpp"

#include <imgui.h>

#include "ui/metrics.hpp"
#include "ui/file_chooser.hpp"
#include "core/state/key_bindings.hpp"

#include <cmath>
#include <filesystem>
#include <string>
#include <cstdio>

namespace atlas::ui {
namespace {
float statusHeight() { return px(26.0f); }
constexpr ImGuiWindowFlags kOverlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
/// File > Recent: views, decks and layers opened or saved lately, opened through the same actions as the chooser.
void drawRecentMenu(const UiState& ui, std::vector<core::Action>& out) {
    if (!ImGui::BeginMenu("Recent", !ui.files.recent.empty())) return;
    struct Section { core::RecentKind kind; const char* title; core::FileUse use; };
    const Section sections[] = {{core::RecentKind::View, "Views", core::FileUse::OpenView},
                                {core::RecentKind::Deck, "Decks", core::FileUse::OpenDeck},
                                {core::RecentKind::Layer, "Layers", core::FileUse::OpenLayer},
                                {core::RecentKind::Workspace, "Workspaces", core::FileUse::OpenWorkspace}};
    bool first = true;
    for (const Section& section : sections) {
        const auto paths = core::recentOf(ui.files.recent, section.kind);
        if (paths.empty()) continue;
        if (!first) ImGui::Separator();
        first = false;
        ImGui::TextDisabled("%s", section.title);
        for (const std::string& path : paths) {
            const std::string label = std::filesystem::path(path).filename().string() + "##" + path;
            if (ImGui::MenuItem(label.c_str())) out.push_back(choiceAction(FileChoice{section.use, path, false}, ui));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", path.c_str());
        }
    }
    ImGui::EndMenu();
}
}  // namespace

void drawMainMenu(const PanelContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ImGui::BeginMainMenuBar()) return;
    using K = core::KeyCommand;
    const auto key = [](K command) { return core::shortcutLabel(command); };  // from the key table
    if (ImGui::BeginMenu("File")) {
        using U = core::FileUse;
        const auto item = [&](const char* label, U use) {
            if (ImGui::MenuItem(label)) openFileChooser(ui, use, ctx.state);
        };
        item("Open view\xE2\x80\xA6", U::OpenView);
        item("Save view as\xE2\x80\xA6", U::SaveView);
        item("Open layer\xE2\x80\xA6", U::OpenLayer);
        item("Export map as PNG\xE2\x80\xA6", U::ExportPng);
        item("Open deck\xE2\x80\xA6", U::OpenDeck);
        if (ImGui::MenuItem("Export handout\xE2\x80\xA6", nullptr, false,
                            ctx.state.deck.deck && !ctx.state.deck.deck->slides.empty()))
            openFileChooser(ui, U::ExportHandout, ctx.state);
        ImGui::Separator();
        item("New workspace\xE2\x80\xA6", U::NewWorkspace);
        item("Open workspace\xE2\x80\xA6", U::OpenWorkspace);
        if (ImGui::MenuItem("Add documents\xE2\x80\xA6", nullptr, false,
                            ctx.state.workspace.open() && !ctx.state.workspace.readOnly))
            openFileChooser(ui, U::AddDocuments, ctx.state);
        drawRecentMenu(ui, out);
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", key(K::Quit).c_str())) out.emplace_back(core::action::Quit{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const bool presenting = ctx.state.presentation.has_value();
        if (ImGui::MenuItem("Undo", key(K::Undo).c_str(), false, core::canUndo(ctx.state) && !presenting))
            out.emplace_back(core::action::Undo{});
        if (ImGui::MenuItem("Redo", key(K::Redo).c_str(), false, core::canRedo(ctx.state) && !presenting))
            out.emplace_back(core::action::Redo{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Whole region", key(K::ResetView).c_str())) out.emplace_back(core::action::ResetView{});
        if (ImGui::MenuItem("Graticule", key(K::ToggleGraticule).c_str(), core::layerLook(ctx.state).graticule))
            out.emplace_back(core::action::ToggleGraticule{});
        if (ImGui::MenuItem("Labels", key(K::ToggleLabels).c_str(), ctx.state.frame.labels))
            out.emplace_back(core::action::ToggleLabels{});
        if (ImGui::MenuItem("Legend on the map", key(K::ToggleLegend).c_str(), ctx.state.panels.legend))
            out.emplace_back(core::action::SetPanelOpen{core::Panel::Legend, !ctx.state.panels.legend});
        if (ImGui::MenuItem("Fullscreen", key(K::Fullscreen).c_str(), ctx.state.fullscreen))
            out.emplace_back(core::action::ToggleFullscreen{});
        ImGui::Separator();
        if (ImGui::MenuItem("Present", key(K::Present).c_str()))
            out.emplace_back(core::action::Present{core::PresentCommand::Start});
        if (ImGui::MenuItem("Dark presentation theme", nullptr, ctx.state.presentTheme == core::PresentTheme::Dark))
            out.emplace_back(core::action::Present{core::PresentCommand::Theme});
        if (ImGui::MenuItem("Deck", nullptr, ctx.state.panels.deck))
            out.emplace_back(core::action::SetPanelOpen{core::Panel::Deck, !ctx.state.panels.deck});
        if (ImGui::MenuItem("Documents", nullptr, ctx.state.panels.documents))
            out.emplace_back(core::action::SetPanelOpen{core::Panel::Documents, !ctx.state.panels.documents});
        if (ImGui::MenuItem("Places to review", nullptr, ctx.state.panels.placesReview))
            out.emplace_back(core::action::SetPanelOpen{core::Panel::PlacesReview, !ctx.state.panels.placesReview});
        ImGui::Separator();
        if (ImGui::BeginMenu("Panels")) {
            struct Item { core::Panel panel; const char* label; bool open; };
            const auto& p = ctx.state.panels;
            const Item items[] = {{core::Panel::Layers, "Layers", p.layers},       {core::Panel::Inspector, "Inspector", p.inspector},
                                  {core::Panel::Reader, "Reader", p.reader},       {core::Panel::Search, "Search", p.search},
                                  {core::Panel::Timeline, "Timeline", p.timeline}};
            for (const Item& it : items)
                if (ImGui::MenuItem(it.label, nullptr, it.open)) out.emplace_back(core::action::SetPanelOpen{it.panel, !it.open});
            ImGui::Separator();  // the docked areas: collapsed to a strip at the window's edge, or shown
            const char* areas[core::kDockAreas] = {"Left side", "Right side", "Bottom"};
            for (std::size_t i = 0; i < core::kDockAreas; ++i)
                if (ImGui::MenuItem(areas[i], nullptr, !ui.dockSizes.collapsed[i]))
                    ui.dockSizes.collapsed[i] = !ui.dockSizes.collapsed[i];
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Interface size")) {
            for (const double s : {0.75, 1.0, 1.25, 1.5, 2.0, 3.0}) {
                const std::string label = std::to_string(static_cast<int>(std::lround(s * 100))) + " %";
                if (ImGui::MenuItem(label.c_str(), nullptr, std::abs(ctx.state.carried.uiScale - s) < 1e-3))
                    out.emplace_back(core::action::SetUiScale{s});
            }
            ImGui::Separator();
            ImGui::TextDisabled("times the monitor's scale (%.2f)", static_cast<double>(ui.contentScale));
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Projection")) {
            for (auto id : core::kAllProjections) {
                const std::string label(core::projectionLabel(id));
                if (ImGui::MenuItem(label.c_str(), nullptr, ctx.state.projection == id))
                    out.emplace_back(core::action::SetProjection{id});
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keys and mouse", key(K::ToggleHelp).c_str())) ui.showHelp = true;
        if (ImGui::MenuItem("Load problems", nullptr, ui.showIssues)) ui.showIssues = !ui.showIssues;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

float statusBarHeight() { return statusHeight(); }

void drawMapView(const PanelContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    const core::DockRect& map = ui.dock.map;  // what the docked panels leave (ui/dock.hpp)
    const ImVec2 pos(map.x, map.y);
    const ImVec2 size(std::max(1.0f, map.w), std::max(1.0f, map.h));
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##map", nullptr, kOverlay | ImGuiWindowFlags_NoScrollWithMouse);
    ui.mapOrigin = {pos.x, pos.y};
    const double k = ui.mapScale > 0.0f ? ui.mapScale : 1.0;  // the map works in logical pixels (HiDPI, ui_scale)
    ui.mapSize = {size.x / k, size.y / k};
    if (ctx.mapTexture != 0) {
        ImGui::GetWindowDrawList()->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(ctx.mapTexture)),
                                             pos, ImVec2(pos.x + size.x, pos.y + size.y), ImVec2(0, 1), ImVec2(1, 0));
    }
    ImGui::InvisibleButton("##mapinput", size, ImGuiButtonFlags_MouseButtonLeft);
    const ImGuiIO& io = ImGui::GetIO();
    const core::Vec2 mouse{(io.MousePos.x - pos.x) / k, (io.MousePos.y - pos.y) / k};
    ui.mouseOnMap.reset();
    ui.clickOnMap.reset();
    ui.draggingMap = ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    if (ImGui::IsItemDeactivated() && ImGui::IsItemHovered()) {
        const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
        if (d.x * d.x + d.y * d.y < 9.0f * ui.mapScale * ui.mapScale) ui.clickOnMap = mouse;
    }
    if (ImGui::IsItemHovered()) {
        ui.mouseOnMap = mouse;
        if (io.MouseWheel != 0.0f) out.emplace_back(core::action::ZoomAt{std::pow(1.25, io.MouseWheel), mouse});
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            core::Camera target = ctx.state.camera;
            target.zoomAt(2.0, mouse, ctx.state.viewport);
            out.emplace_back(core::action::FlyTo{target, 0.45});
        }
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f))
        out.emplace_back(core::action::PanPixels{{io.MouseDelta.x / k, io.MouseDelta.y / k}});
    if (!io.WantTextInput && !ui.reviewFocused) {  // the review panel's keys replace the map's typed ones
        const core::Vec2 centre{ui.mapSize.x * 0.5, ui.mapSize.y * 0.5};
        const core::KeyCommandInput input{centre, ctx.state.projection, ctx.state.deck.selected, ctx.state.panels.legend};
        for (int i = 0; i < io.InputQueueCharacters.Size; ++i)  // the map's typed keys (core/state/key_bindings)
            if (const auto* b = core::findCharBinding(core::KeyContext::Map, io.InputQueueCharacters[i]))
                if (auto a = core::keyCommandAction(b->command, input)) out.push_back(std::move(*a));
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

void drawStatusBar(const PanelContext& ctx, const UiState&) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - statusHeight()));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, statusHeight()));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(10.0f), px(4.0f)));
    ImGui::Begin("##status", nullptr, kOverlay);
    if (ctx.state.cursorLonLat) {
        const auto ll = *ctx.state.cursorLonLat;
        ImGui::Text("%.4f\xC2\xB0%c  %.4f\xC2\xB0%c", std::abs(ll.y), ll.y >= 0 ? 'N' : 'S', std::abs(ll.x),
                    ll.x >= 0 ? 'E' : 'W');
    } else {
        ImGui::TextDisabled("cursor off map");
    }
    ImGui::SameLine(px(260.0f));
    if (ctx.lastFrame && ctx.lastFrame->scaleBar)
        ImGui::Text("scale bar %s  \xC2\xB7  %.0f m/px", ctx.lastFrame->scaleBar->text.c_str(), ctx.state.camera.metersPerPixel());
    ImGui::SameLine(px(520.0f));
    const core::TimeFilter& t = ctx.state.time;
    if (t.year) ImGui::Text("year %d", *t.year);
    else if (t.range) ImGui::Text("years %d\xE2\x80\x93%d", t.range->first, t.range->second);
    else ImGui::TextUnformatted("all years");
    ImGui::SameLine(px(640.0f));
    ImGui::Text("%zu features  \xC2\xB7  %zu passages", ctx.counts.features, ctx.counts.passages);
    // The projection at the right-hand end, when the window leaves room for it after the counts.
    const std::string proj(core::projectionLabel(ctx.state.projection));
    const float projX = ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x - ImGui::CalcTextSize(proj.c_str()).x;
    ImGui::SameLine();
    if (projX >= ImGui::GetCursorPosX() + px(16.0f)) {
        ImGui::SetCursorPosX(projX);
        ImGui::TextDisabled("%s", proj.c_str());
    } else {
        ImGui::NewLine();
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void drawIssues(const PanelContext& ctx, UiState& ui) {
    if (ctx.issues.empty() || !ui.showIssues) return;
    ImGui::SetNextWindowPos(ImVec2(ui.dock.map.x + px(16.0f), ui.dock.map.y + px(16.0f)), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(px(560.0f), 0), ImGuiCond_FirstUseEver);
    ImGui::PushStyleColor(ImGuiCol_TitleBgActive, ImVec4(0.62f, 0.22f, 0.18f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_TitleBg, ImVec4(0.55f, 0.2f, 0.16f, 1.0f));
    if (ImGui::Begin("Load problems", &ui.showIssues)) {
        for (const auto& issue : ctx.issues) {
            const bool error = issue.severity == core::Severity::Error;
            ImGui::TextColored(error ? ImVec4(0.75f, 0.15f, 0.1f, 1) : ImVec4(0.6f, 0.45f, 0.05f, 1), "%s",
                               error ? "Error" : "Warning");
            ImGui::SameLine();
            ImGui::TextWrapped("%s", issue.toString().c_str());
        }
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
}

void drawHelp(UiState& ui) {
    if (!ui.showHelp) return;
    // Wide enough for the longest keys and text the key table allows (a core test holds every row to them); a
    // narrower window, or a larger font, wraps the text column instead of cutting it.
    const float keysWidth = ImGui::CalcTextSize(std::string(core::kHelpKeysColumnChars, 'n').c_str()).x;
    const float textWidth = ImGui::CalcTextSize(std::string(core::kHelpTextColumnChars, 'n').c_str()).x;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = keysWidth + textWidth + 2.0f * style.WindowPadding.x + 4.0f * style.CellPadding.x;
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Appearing);
    if (ImGui::Begin("Keys and mouse", &ui.showHelp)) {
        for (const core::HelpSection& section : core::keyHelp()) {
            if (!section.title.empty()) {
                ImGui::Spacing();
                ImGui::TextDisabled("%.*s", static_cast<int>(section.title.size()), section.title.data());
            }
            const std::string id = "##keys" + std::string(section.title);
            if (!ImGui::BeginTable(id.c_str(), 2, ImGuiTableFlags_RowBg)) continue;
            ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, keysWidth);
            ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
            for (const core::HelpRow& r : section.rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", r.keys.c_str());
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", r.text.c_str());
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace atlas::ui
