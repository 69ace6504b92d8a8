// One whole explorer frame (panels + map) built from the state: driven by the window and by `render --ui`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "application/atlas_session.hpp"
#include "application/user_layer_jobs.hpp"
#include "core/present/deck.hpp"
#include "core/gazetteer/events.hpp"
#include "core/explore/explorer.hpp"
#include "core/load_issue.hpp"
#include "core/present/presenter.hpp"
#include "core/explore/search.hpp"
#include "core/state/view_state.hpp"
#include "render/render_target.hpp"
#include "ui/ui_state.hpp"

struct GLFWwindow;

namespace atlas::app {

/// Creates the ImGui context's style and fonts (after ImGui::CreateContext): the light style with sizes scaled by
/// `contentScale` (HiDPI monitors), Noto Sans for Latin, Cyrillic and Armenian rasterised at `pixelDensity` times
/// the size and drawn at the logical size (so a `--scale 2` screenshot has sharp text).
void setupImGuiStyle(float contentScale, float pixelDensity);
/// Builds the style and fonts again for another interface scale (View > Interface size, a monitor with another
/// content scale) once the OpenGL3 backend is up: the font texture is uploaded again.
void rescaleImGui(float contentScale, float pixelDensity);
/// Draws the current ImGui context's rendered frame (after ImGui::Render) into `window`'s default framebuffer over
/// a clear of colour (r, g, b), and presents it. Once the font atlas is on the GPU (the first frame, and after a
/// rescale) its CPU copies (alpha and RGBA) are freed.
void presentImGuiFrame(GLFWwindow* window, float r, float g, float b);

class ExplorerUi {
public:
    ExplorerUi(AtlasSession& session, std::string glInfo, int mapSamples);

    /// Builds one frame; call after ImGui::NewFrame() and render ImGui's draw data afterwards. Draws every panel
    /// from the state, ends the ImGui frame (ImGui::Render), applies the panels' actions and then `external`
    /// ones (keys), and draws the map into its texture at `pixelScale` framebuffer pixels per logical pixel.
    void frame(core::AppState& state, double dt, float pixelScale, std::vector<core::Action> external = {});

    /// The corpus side, once loaded (the panels show "indexing" until then); opens a passage a view left pending.
    void setCorpus(const core::AtlasData* data, const std::vector<core::Event>* events, core::AppState& state);
    /// Shows `view` (projection, camera, time, layers, selection, passage, panels); problems go to the issues
    /// list, naming `source` (the file). The first frame then keeps this camera instead of the whole region.
    void showView(const core::ViewState& view, const std::string& source, core::AppState& state);
    /// The state's camera is already chosen (a view, --bbox): the first frame keeps it instead of framing the
    /// whole region.
    void keepCamera() { m_cameraSet = true; }
    /// What the window shows now, as a view state.
    [[nodiscard]] core::ViewState currentView(const core::AppState& state) const;

    void addIssue(core::Severity severity, std::string file, std::string message);
    [[nodiscard]] std::vector<core::LoadIssue>& issues() { return m_issues; }
    [[nodiscard]] ui::UiState& uiState() { return m_ui; }
    [[nodiscard]] const core::AtlasData* data() const { return m_data; }

    /// The deck opened with --deck or File > Open deck…, edited in the Deck panel and presented; nullopt when none.
    std::optional<core::Deck> deck;
    core::DeckOrigin deckOrigin;

    /// Presents the open deck (or, with none, the current view as one slide) from `slide`: fullscreen is asked
    /// for, the map takes the whole window in the projector theme `theme`. `animate`: fly to the slide. False
    /// when there is nothing to present.
    bool present(std::size_t slide, core::PresentTheme theme, core::AppState& state, bool animate = true);
    [[nodiscard]] const std::optional<core::Presentation>& presentation() const { return m_present; }
    /// While presenting: the next slide as the audience will see it, drawn `width` pixels wide (the window's
    /// aspect) into a texture that lives in this GL context's share group, redrawn only when the slide, theme or
    /// width changed. Returns the texture and sets `aspect` (width over height); 0 when there is no preview (the
    /// last slide, or a next slide in another projection, which cannot be drawn without rebuilding the scene).
    unsigned int nextSlidePreview(const core::AppState& state, int width, float& aspect);

private:
    void applyAction(const core::Action& action, core::AppState& state);
    /// Recomputes the co-mention focus and mention-sized places when the selection, the options or the corpus
    /// changed, and hands them to the session.
    void updateEmphasis(const core::AppState& state);
    /// File > Export map as PNG…: draws the map as the state shows it into an offscreen target at the export's
    /// scale (4x MSAA) with the chosen overlay and writes it atomically; the outcome goes to the issues list.
    void exportPng(const core::action::ExportPng& e, const core::AppState& state);
    // Seminar mode and deck editing (cli/explorer_present.cpp).
    void applyPresent(const core::action::Present& action, core::AppState& state);
    void applyDeckEdit(const core::action::EditDeck& edit, core::AppState& state);
    void showSlide(std::size_t slide, bool animate, core::AppState& state);
    void leavePresentation(core::AppState& state);
    void openDeck(const std::string& path, core::AppState& state);
    void saveDeck(const std::string& path);
    /// The frame while presenting: the map across the window, caption band, notes, spotlight, blank.
    void presentationFrame(core::AppState& state, double dt, float pixelScale, std::vector<core::Action> external);

    AtlasSession& m_session;
    std::string m_glInfo;
    int m_mapSamples;
    const core::AtlasData* m_data = nullptr;
    const std::vector<core::Event>* m_events = nullptr;
    std::vector<core::Event> m_noEvents;
    std::vector<core::LoadIssue> m_issues;
    ui::UiState m_ui;
    render::RenderTarget m_mapTarget;
    std::optional<core::RenderFrame> m_lastFrame;
    std::vector<core::SearchResult> m_searchResults;
    bool m_cameraSet = false;
    struct EmphasisKey {
        std::optional<std::size_t> selected;
        bool coMentions = false, sizeByMentions = false;
        const core::AtlasData* data = nullptr;
        friend bool operator==(const EmphasisKey&, const EmphasisKey&) = default;
    } m_emphasisKey;
    std::optional<core::Presentation> m_present;
    render::RenderTarget m_previewTarget;  // nextSlidePreview
    struct PreviewKey {
        std::size_t slide = 0;
        core::PresentTheme theme = core::PresentTheme::Light;
        int width = 0;
        double viewportWidth = 0, viewportHeight = 0;
        friend bool operator==(const PreviewKey&, const PreviewKey&) = default;
    };
    std::optional<PreviewKey> m_previewKey;
    core::PresentTheme m_presentTheme = core::PresentTheme::Light;  // kept between presentations
    bool m_deckDirty = false;  // the deck was edited since it was opened or saved
    UserLayerJobs m_userLayerJobs;  // files being read for user layers
    std::string m_viewSource = "view";  // the file the last view came from (names a pending passage's problem)
};

}  // namespace atlas::app
