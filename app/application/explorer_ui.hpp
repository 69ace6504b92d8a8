// One whole explorer frame (panels + map) built from the state: driven by the window and by `render --ui`.
#pragma once

#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "application/atlas_session.hpp"
#include "application/desktop_chooser.hpp"
#include "application/user_layer_jobs.hpp"
#include "core/present/deck.hpp"
#include "core/gazetteer/events.hpp"
#include "core/explore/explorer.hpp"
#include "core/load_issue.hpp"
#include "core/present/presenter.hpp"
#include "core/explore/search.hpp"
#include "core/state/reducer.hpp"
#include "core/state/view_state.hpp"
#include "render/render_target.hpp"
#include "ui/ui_state.hpp"

struct GLFWwindow;
struct ImFontAtlas;

namespace atlas::app {

/// Creates the ImGui context's style and fonts (after ImGui::CreateContext): the light style with sizes scaled by
/// `contentScale` (HiDPI monitors), Noto Sans for Latin, Cyrillic and Armenian rasterised at `pixelDensity` times
/// the size and drawn at the logical size (so a `--scale 2` screenshot has sharp text). The font atlas is built
/// here, read from its cache file when the last start had the same fonts and sizes (application/font_atlas_file.hpp).
void setupImGuiStyle(float contentScale, float pixelDensity);
/// Creates the OpenGL3 backend's device objects (after ImGui_ImplOpenGL3_Init, before the first NewFrame) with the
/// font atlas uploaded at one byte a texel (see compactFontTexture), then frees the atlas's CPU pixels. The stock
/// backend converts the atlas to RGBA first: 35 MB written and uploaded for the interface's fonts, most of the
/// window's first frame on a software rasterizer.
bool createImGuiDeviceObjects();
/// Builds the style and fonts again for another interface scale (View > Interface size, a monitor with another
/// content scale) once the OpenGL3 backend is up: the font texture is uploaded again, at one byte a texel.
void rescaleImGui(float contentScale, float pixelDensity);
/// Draws the current ImGui context's rendered frame (after ImGui::Render) into `window`'s default framebuffer over
/// a clear of colour (r, g, b), and presents it.
void presentImGuiFrame(GLFWwindow* window, float r, float g, float b);
/// Gives the font atlas's texture (made by ImGui's OpenGL3 backend as RGBA, white but for the coverage) the atlas
/// again as one byte a texel (GL_R8), read as (1, 1, 1, coverage) through a swizzle: the same samples in a quarter
/// of the memory (on llvmpipe the texture is main memory: 35 MB → 8.8 MB for the interface's fonts). Needs the
/// atlas's alpha pixels (before ClearTexData); does nothing without them or when the atlas has coloured glyphs.
/// Returns whether it did.
bool compactFontTexture(const ImFontAtlas& fonts);

class ExplorerUi {
public:
    ExplorerUi(AtlasSession& session, std::string glInfo, int mapSamples);

    /// Builds one frame; call after ImGui::NewFrame() and render ImGui's draw data afterwards. Draws every panel
    /// from the state, ends the ImGui frame (ImGui::Render), dispatches the panels' actions and then `external`
    /// ones (keys), and draws the map into its texture at `pixelScale` framebuffer pixels per logical pixel.
    void frame(core::AppState& state, double dt, float pixelScale, std::vector<core::Action> external = {});

    /// Applies one action through core::apply with the session's context, then runs the commands it returns
    /// (which may dispatch further actions). The one way the state changes.
    void dispatch(const core::Action& action, core::AppState& state);
    /// The session's read-only world for the reducer (home box, projector, id lookup, feature bounds).
    [[nodiscard]] core::ReduceContext reduceContext() const;

    /// The corpus side, once loaded (the panels show "indexing" until then); opens a passage a view left pending.
    void setCorpus(const core::AtlasData* data, const std::vector<core::Event>* events, core::AppState& state);
    /// The documents that came from the workspace, and the corpus's problems (shown in the Documents panel, one
    /// line each, and on stderr by the caller), replaced at every (re)index.
    void setCorpusDocuments(std::vector<std::string> userFiles, std::vector<core::LoadIssue> problems);
    /// The workspace the corpus should be indexed with, when documents changed or another workspace was opened
    /// since the last call (empty path: none); the window loop starts the reindex.
    [[nodiscard]] std::optional<std::string> takeReindex() { return std::exchange(m_reindex, std::nullopt); }

    void addIssue(core::Severity severity, std::string file, std::string message);
    /// File choosers go to the desktop's (`tool`: zenity, kdialog) when it is not Builtin; the in-app one otherwise
    /// and whenever the desktop's cannot be started. Without a call every chooser is the in-app one (`render --ui`).
    void useDesktopChooser(core::ChooserTool tool);
    [[nodiscard]] std::vector<core::LoadIssue>& issues() { return m_issues; }
    [[nodiscard]] ui::UiState& uiState() { return m_ui; }
    [[nodiscard]] const core::AtlasData* data() const { return m_data; }
    /// Window-level commands (fullscreen) asked for since the last call, for the window loop to run.
    [[nodiscard]] std::vector<core::Command> takeWindowCommands() { return std::exchange(m_windowCommands, {}); }
    /// `--select ID` without a view: the first frame, once the map's rectangle is known, flies to frame it.
    void frameOnFirstFrame(std::string gazetteerId) { m_frameFirst = std::move(gazetteerId); }
    /// `--bbox`: the first frame, once the map's rectangle is known, frames this lon/lat box (over a view's camera).
    void frameBoxOnFirstFrame(core::BBox lonLat) { m_frameBoxFirst = lonLat; }

    /// While presenting: the next slide as the audience will see it, drawn `width` pixels wide (the window's
    /// aspect) into a texture that lives in this GL context's share group, redrawn only when the slide, theme or
    /// width changed. Returns the texture and sets `aspect` (width over height); 0 when there is no preview (the
    /// last slide, or a next slide in another projection, which cannot be drawn without rebuilding the scene).
    unsigned int nextSlidePreview(const core::AppState& state, int width, float& aspect);

private:
    void run(const core::Command& command, core::AppState& state);
    /// Recomputes the co-mention focus and mention-sized places when the selection, the options or the corpus
    /// changed, and hands them to the session.
    void updateEmphasis(const core::AppState& state);
    /// File > Export map as PNG…: draws the map as the state shows it into an offscreen target at the export's
    /// scale (4x MSAA) with the chosen overlay and writes it atomically; the outcome goes to the issues list.
    void exportPng(const core::action::ExportPng& e, const core::AppState& state);
    void exportHandout(const core::command::ExportHandout& e, const core::AppState& state);  // explorer_handout.cpp
    void readDeck(const std::string& path, core::AppState& state);
    /// The desktop's chooser: its answer handed to the in-app chooser's checks; started when a chooser asks for it.
    void pollDesktopChooser();
    void startDesktopChooser();
    void writeDeck(const core::command::WriteDeckFile& write, core::AppState& state);
    /// The workspace commands (explorer_workspace.cpp): open or create, copy documents in, remove and restore,
    /// write metadata. Every outcome is a notice or an issue naming the file.
    void openWorkspace(const core::command::OpenWorkspace& c, core::AppState& state);
    void copyDocuments(const core::command::CopyDocuments& c, core::AppState& state);
    void runDocumentFileCommand(const core::Command& c, core::AppState& state);
    /// The review's gazetteer.user.geojson and review.json, written atomically (a failure is an issue naming the file).
    void writePlacesFiles(const core::command::WritePlacesFiles& c);
    /// Dispatches the actions after a frame's panels: input, the viewport, the clock, picks, user layers.
    void dispatchFrameActions(std::vector<core::Action> actions, double dt, core::AppState& state);
    /// The frame while presenting: the map across the window, caption band, notes, spotlight, blank.
    void presentationFrame(core::AppState& state, double dt, float pixelScale, std::vector<core::Action> external);

    AtlasSession& m_session;
    std::string m_glInfo;
    int m_mapSamples;
    const core::AtlasData* m_data = nullptr;
    const std::vector<core::Event>* m_events = nullptr;
    std::vector<core::Event> m_noEvents;
    core::ViewLookup m_ids;  // the model's and corpus's ids, built when the corpus arrives
    std::vector<core::LoadIssue> m_issues;
    std::vector<core::Command> m_windowCommands;
    std::optional<std::string> m_frameFirst;
    std::optional<core::BBox> m_frameBoxFirst;
    std::optional<std::string> m_reindex;       // takeReindex
    std::vector<std::string> m_userFiles;       // setCorpusDocuments
    std::vector<core::LoadIssue> m_corpusProblems;
    ui::UiState m_ui;
    render::RenderTarget m_mapTarget;
    std::optional<core::RenderFrame> m_lastFrame;
    struct EmphasisKey {
        std::optional<core::Selection> selected;
        bool coMentions = false, sizeByMentions = false;
        const core::AtlasData* data = nullptr;
        friend bool operator==(const EmphasisKey&, const EmphasisKey&) = default;
    } m_emphasisKey;
    render::RenderTarget m_previewTarget;  // nextSlidePreview
    struct PreviewKey {
        std::size_t slide = 0;
        core::PresentTheme theme = core::PresentTheme::Light;
        int width = 0;
        double viewportWidth = 0, viewportHeight = 0;
        friend bool operator==(const PreviewKey&, const PreviewKey&) = default;
    };
    std::optional<PreviewKey> m_previewKey;
    UserLayerJobs m_userLayerJobs;  // files being read for user layers
    std::unique_ptr<DesktopChooser> m_desktopChooser;  // none: the in-app chooser only
};

}  // namespace atlas::app
