// The one map renderer: draws a RenderFrame of an uploaded scene into a RenderTarget (window and `render` alike).
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/frame/render_frame.hpp"
#include "core/map/scene.hpp"
#include "core/map/user_layer.hpp"
#include "render/font_atlas.hpp"
#include "render/gl_objects.hpp"
#include "render/render_target.hpp"

namespace atlas::render {

struct RenderStats {
    int drawCalls = 0;
    std::size_t triangles = 0;
    std::size_t segments = 0;
    std::size_t glyphs = 0;
};

/// The map's shader programs (fill, line, point, text), compiled and linked from shaders/. Built apart from the
/// renderer so that the thread holding the GL context can build them while the map's data still loads on another
/// (`render`, the window). Needs a current GL 3.3 core context; throws GlError.
struct MapPrograms {
    /// The fill program's fragment inputs (shaders/fill.vert): its own (one colour: the least work per triangle,
    /// for the window's many frames) or the set the other three share (one triangle-setup function for all four
    /// on llvmpipe, ~4 ms less for a command that draws one picture).
    enum class FillInputs { Own, Shared };
    Program fill, line, point, text;
    /// `binaryCacheDir`: where the linked programs are kept between runs (render/program_cache.hpp); empty: none.
    static MapPrograms build(FillInputs fill = FillInputs::Own, const std::filesystem::path& binaryCacheDir = {});
};

class MapRenderer {
public:
    /// Compiles the shaders and loads the fonts; needs a current GL 3.3 core context. Throws GlError / FontError.
    explicit MapRenderer(const std::filesystem::path& fontDir = {});
    /// The same with fonts loaded (and glyphs rasterised) beforehand, e.g. on a loading thread, and the programs
    /// built beforehand (or now).
    explicit MapRenderer(std::unique_ptr<FontAtlas> fonts, MapPrograms programs = MapPrograms::build());
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    /// Takes the scene's batches (again after a projection switch). Each level of detail is uploaded when a frame
    /// first needs it, so `scene` must stay alive and unchanged until the next setScene.
    void setScene(const core::SceneGeometry& scene);
    /// Draws the frame into the target and resolves it.
    void draw(const core::RenderFrame& frame, RenderTarget& target);

    /// Uploads a user layer's geometry (every level of detail) under `id`, replacing one with that id. `scene` must
    /// stay alive and unchanged until removeUserLayer(id) or the next setUserLayer(id): a colour change re-uploads
    /// the fills and points from it. Frames draw the layers their `userLayers` name, in that order.
    void setUserLayer(std::uint32_t id, const core::UserLayerScene& scene);
    void removeUserLayer(std::uint32_t id);

    [[nodiscard]] const core::TextMeasurer& measurer() const { return *m_fonts; }
    [[nodiscard]] const RenderStats& stats() const { return m_stats; }
    /// Whether areas' edges get their one-pixel coverage fringe when the target has no multisampling (off by
    /// default): on for the one-picture commands (`render`, handouts, films), which draw without MSAA on a
    /// software rasterizer; the window leaves it off (it would cost ~2 ms of a 12 ms llvmpipe frame).
    void setAreaFringes(bool on) { m_areaFringes = on; }

    /// Profiling (bench_frames --passes): called after each pass of draw() with the pass's name ("fills",
    /// "lines", "labels", ...); the probe may glFinish and take the time. Null (the default) costs nothing.
    void setPassProbe(std::function<void(const char*)> probe) { m_passProbe = std::move(probe); }

private:
    struct SegmentMesh {
        VertexArray vao;
        Buffer vertices;  // four vertices per segment; indices from m_quadIndices
        GLsizei count = 0;  // segments
    };
    struct FillMesh {
        VertexArray vao;
        Buffer vbo, ibo;
        GLsizei count = 0;
        SegmentMesh edges;  // the fringe along the area's edges (core::FillEdge), uploaded when first drawn
    };
    struct LineLayer {
        core::MapLayer layer = core::MapLayer::Border;
        core::LineStyle style;
        double groundWidthMeters = 0.0;
        std::array<SegmentMesh, core::kLodCount> lods;
    };

    SegmentMesh makeSegmentMesh(const std::vector<core::Segment>& segs, GLenum usage);
    /// Areas' edges as zero-width, capless segments carrying the area's colour (the line program's fringe), into
    /// `mesh` (made on first use, its buffer refilled after).
    void uploadEdgeMesh(SegmentMesh& mesh, const std::vector<core::FillEdge>& edges, GLenum usage);
    /// After an area batch: its edges' one-pixel coverage ramp, when fringes are on and the target has no
    /// multisampling to smooth them. `recolour`: the user's colour for the layer, if any. Leaves the line program in use.
    void drawFillEdges(const SegmentMesh& edges, const std::optional<core::Color>& recolour,
                       const core::RenderFrame& frame, const RenderTarget& target);
    void updateSegmentMesh(SegmentMesh& mesh, const std::vector<core::Segment>& segs);
    /// Grows the shared quad index buffer (0 1 2, 2 1 3 per four vertices) to at least `quads` quads.
    void ensureQuadIndices(std::size_t quads);
    /// useState: 0 ignore the feature state, 1 take opacity/dash/width from it, 2 also its colour, 3 a band.
    /// fixedAlpha >= 0: every drawn pixel gets that alpha (coverage still decides which pixels are drawn).
    void drawSegments(const SegmentMesh& mesh, float widthPx, const core::Color& color, const core::DashPattern& dash,
                      const core::RenderFrame& frame, const RenderTarget& target, int useState,
                      const core::DashPattern& dashedPattern = {0, 0, 0, 0}, float fixedAlpha = -1.0f,
                      bool fringe = false);
    void drawBand(const SegmentMesh& mesh, float widthPx, const core::Color& color, const core::RenderFrame& frame,
                  const RenderTarget& target);
    void drawPoints(const core::RenderFrame& frame, const RenderTarget& target);
    struct UserLayerMeshes;
    void uploadUserLayerColours(UserLayerMeshes& meshes, const core::UserLayerDraw& style);
    /// User layers' areas and lines (`points` false: under the atlas's place symbols) or their points (true: above
    /// the atlas's symbols, under the labels).
    void drawUserLayers(const core::RenderFrame& frame, const RenderTarget& target, std::size_t lod, bool points);
    void drawUserPoints(const UserLayerMeshes& meshes, const core::UserLayerDraw& style, const core::RenderFrame& frame,
                        const RenderTarget& target);
    void drawLabels(const core::RenderFrame& frame, const RenderTarget& target);
    void drawScaleBar(const core::RenderFrame& frame, const RenderTarget& target);
    void drawOverlayShapes(const core::RenderFrame& frame, const RenderTarget& target);
    void uploadAtlasIfDirty();
    void uploadStateIfChanged(const core::RenderFrame& frame);
    void ensureLod(std::size_t lod);
    void bindState(const Program& program, int useState) const;

    std::unique_ptr<FontAtlas> m_fonts;
    Program m_fill, m_line, m_point, m_text;
    Buffer m_corners;   // unit quad corners shared by point instances
    Buffer m_quadIndices = Buffer::create();  // shared by every segment mesh's vertex array
    std::size_t m_quadCapacity = 0;
    /// A segment as four vertices, one per corner of its quad (x 0 at p0 / 1 at p1, y -1 / +1 side). llvmpipe
    /// runs an instanced draw one instance at a time, about a microsecond each: one instance per segment cost
    /// 10 ms a frame on the bundled map whatever the lines' width; plain indexed quads are one draw.
    struct LineVertex {
        float cx = 0, cy = 0;
        core::Segment s;
        std::uint32_t rgba = 0;  // a fringe's area colour (attribute 6); 0 on lines
    };
    std::vector<LineVertex> m_lineScratch;
    /// Uploads m_lineScratch into `mesh`, making its vertex array (the line program's layout) on first use.
    void uploadLineVertices(SegmentMesh& mesh, GLenum usage);
    bool m_areaFringes = false;
    SegmentMesh m_overlayEdges;  // the overlay's areas' fringes (rebuilt per frame)
    Texture m_atlas;
    Texture m_state;              // two RGBA8 texels per feature: colour+opacity, dashed/width/highlight
    int m_stateWidth = 2048;
    std::uint64_t m_stateVersion = ~0ULL;
    std::size_t m_featureCount = 0;
    std::vector<std::array<FillMesh, core::kLodCount>> m_fills;
    std::vector<bool> m_fillOpaque;       // per fill batch: drawn without blending this frame
    std::vector<bool> m_fillCanBeOpaque;  // land and country batches with opaque colours
    std::vector<std::vector<std::uint32_t>> m_fillFeatures;  // their features (all must be fully opaque)
    std::vector<core::MapLayer> m_fillLayers;                // the map layer of each fill batch
    std::vector<std::size_t> m_fillOrder, m_lineOrder;       // this frame's draw order (reused buffers)
    std::function<void(const char*)> m_passProbe;
    void pass(const char* name) const {
        if (m_passProbe) m_passProbe(name);
    }
    std::vector<LineLayer> m_lines;
    const core::SceneGeometry* m_scene = nullptr;
    std::array<bool, core::kLodCount> m_lodReady{};
    VertexArray m_pointVao;
    Buffer m_pointInstances;
    GLsizei m_pointCount = 0;
    SegmentMesh m_graticule;
    SegmentMesh m_overlay;   // scale bar
    SegmentMesh m_selection; // selection outline
    /// A user layer on the GPU: geometry uploaded once per projection; fills and points again when the colour
    /// (points: or the opacity) changes, since those carry it per vertex.
    struct UserLayerMeshes {
        std::uint32_t id = 0;
        const core::UserLayerScene* scene = nullptr;
        std::array<FillMesh, core::kLodCount> fills;
        std::array<SegmentMesh, core::kLodCount> lines;
        VertexArray pointVao;
        Buffer pointInstances;
        GLsizei pointCount = 0;
        std::optional<core::Color> fillColour;   // what the fills were uploaded with
        std::optional<core::Color> pointColour;  // what the points were uploaded with (alpha = opacity)
    };
    std::vector<UserLayerMeshes> m_userLayers;
    FillMesh m_overlayFill;  // legend panels, arrow heads (screen space, rebuilt per frame)
    VertexArray m_textVao;
    Buffer m_textVbo;
    core::Vec2 m_origin;
    RenderStats m_stats;
};

}  // namespace atlas::render
