// Map drawing: uploads scene batches once, then per frame sets GL state, picks the level of detail and draws
// fills, lines (instanced segments), point symbols, SDF labels and the scale bar.
#include "render/map_renderer.hpp"

#include <algorithm>
#include <cmath>

#include "render/shader_sources.hpp"

namespace atlas::render {
namespace {

Program buildProgram(const std::string& name) {
    const auto& src = shaderSources();
    auto vs = src.find(name + ".vert");
    auto fs = src.find(name + ".frag");
    if (vs == src.end() || fs == src.end()) throw GlError("shader " + name + " is not embedded in the binary");
    return Program::build(name, vs->second, fs->second);
}

struct TextVertex {
    float x, y, u, v;
    std::uint32_t color, halo;
    float haloWidth, smoothing;
};

struct PointInstance {
    float x, y, radius;
    std::uint32_t color;
    float style;
    std::uint32_t feature;
};

void setColor(GLint loc, const core::Color& c) { glUniform4f(loc, c.r, c.g, c.b, c.a); }

/// The fill shader's attributes (core::FillVertex) on the bound VAO, from the bound GL_ARRAY_BUFFER.
void setFillAttributes() {
    const auto stride = static_cast<GLsizei>(sizeof(core::FillVertex));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(core::FillVertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(core::FillVertex, rgba)));
    glEnableVertexAttribArray(2);
    glVertexAttribIPointer(2, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(core::FillVertex, feature)));
}

}  // namespace

MapRenderer::MapRenderer(const std::filesystem::path& fontDir) : MapRenderer(std::make_unique<FontAtlas>(fontDir)) {}

MapRenderer::MapRenderer(std::unique_ptr<FontAtlas> fonts)
    : m_fonts(std::move(fonts)),
      m_fill(buildProgram("fill")),
      m_line(buildProgram("line")),
      m_point(buildProgram("point")),
      m_text(buildProgram("text")) {
    // corner.x in {0,1} along the segment, corner.y in {-1,1} across it. One quad per instance as a four-vertex triangle strip: each vertex runs the vertex shader once (a six-vertex
    // triangle list runs it six times; llvmpipe does vertex work on one thread).
    const float corners[] = {0, -1, 1, -1, 0, 1, 1, 1};
    m_corners = Buffer::create();
    m_corners.upload(GL_ARRAY_BUFFER, corners, sizeof corners);
    m_atlas = Texture::create();
    glBindTexture(GL_TEXTURE_2D, m_atlas.id());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, FontAtlas::kAtlasSize, FontAtlas::kAtlasSize, 0, GL_RED, GL_UNSIGNED_BYTE,
                 nullptr);
    m_graticule = makeSegmentMesh({}, GL_STREAM_DRAW);
    m_overlay = makeSegmentMesh({}, GL_STREAM_DRAW);
    m_selection = makeSegmentMesh({}, GL_STREAM_DRAW);
    m_overlayFill.vao = VertexArray::create();
    m_overlayFill.vbo = Buffer::create();
    m_overlayFill.vao.bind();
    glBindBuffer(GL_ARRAY_BUFFER, m_overlayFill.vbo.id());
    setFillAttributes();
    glBindVertexArray(0);
    m_state = Texture::create();
    glBindTexture(GL_TEXTURE_2D, m_state.id());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    m_textVao = VertexArray::create();
    m_textVbo = Buffer::create();
    m_textVao.bind();
    glBindBuffer(GL_ARRAY_BUFFER, m_textVbo.id());
    const auto stride = static_cast<GLsizei>(sizeof(TextVertex));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(TextVertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(TextVertex, u)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(TextVertex, color)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(TextVertex, halo)));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(TextVertex, haloWidth)));
    glBindVertexArray(0);
}

MapRenderer::~MapRenderer() = default;

namespace {
template <class Vertex>
void expandSegments(const std::vector<core::Segment>& segs, std::vector<Vertex>& out) {
    out.clear();
    out.reserve(segs.size() * 4);
    for (const core::Segment& s : segs)
        for (const auto& [cx, cy] : {std::pair{0.0f, -1.0f}, std::pair{1.0f, -1.0f}, std::pair{0.0f, 1.0f},
                                    std::pair{1.0f, 1.0f}})
            out.push_back(Vertex{cx, cy, s});
}
}  // namespace

void MapRenderer::ensureQuadIndices(std::size_t quads) {
    if (quads <= m_quadCapacity) return;
    std::size_t capacity = std::max<std::size_t>(1024, m_quadCapacity);
    while (capacity < quads) capacity *= 2;
    std::vector<std::uint32_t> idx;
    idx.reserve(capacity * 6);
    for (std::uint32_t q = 0; q < capacity; ++q)
        for (const std::uint32_t k : {0u, 1u, 2u, 2u, 1u, 3u}) idx.push_back(q * 4 + k);
    // Through the copy-write target: binding an element buffer would change whichever vertex array is bound.
    m_quadIndices.upload(GL_COPY_WRITE_BUFFER, idx.data(), idx.size() * sizeof(std::uint32_t));
    m_quadCapacity = capacity;
}

MapRenderer::SegmentMesh MapRenderer::makeSegmentMesh(const std::vector<core::Segment>& segs, GLenum usage) {
    SegmentMesh m;
    m.vao = VertexArray::create();
    m.vertices = Buffer::create();
    ensureQuadIndices(segs.size());
    expandSegments(segs, m_lineScratch);
    m.vao.bind();
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_quadIndices.id());
    m.vertices.upload(GL_ARRAY_BUFFER, m_lineScratch.data(), m_lineScratch.size() * sizeof(LineVertex), usage);
    const auto stride = static_cast<GLsizei>(sizeof(LineVertex));
    const auto at = [](std::size_t segmentField) {
        return reinterpret_cast<void*>(offsetof(LineVertex, s) + segmentField);
    };
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(LineVertex, cx)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(core::Segment, x0)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(core::Segment, x1)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, at(offsetof(core::Segment, dist0)));
    glEnableVertexAttribArray(4);
    glVertexAttribIPointer(4, 1, GL_UNSIGNED_INT, stride, at(offsetof(core::Segment, feature)));
    glEnableVertexAttribArray(5);
    glVertexAttribPointer(5, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(core::Segment, ext0)));
    glBindVertexArray(0);
    m.count = static_cast<GLsizei>(segs.size());
    return m;
}

void MapRenderer::updateSegmentMesh(SegmentMesh& mesh, const std::vector<core::Segment>& segs) {
    ensureQuadIndices(segs.size());
    expandSegments(segs, m_lineScratch);
    mesh.vertices.upload(GL_ARRAY_BUFFER, m_lineScratch.data(), m_lineScratch.size() * sizeof(LineVertex), GL_STREAM_DRAW);
    mesh.count = static_cast<GLsizei>(segs.size());
}

namespace {
void setupPointVao(VertexArray& vao, Buffer& instances, const Buffer& corners, const std::vector<PointInstance>& points);
}  // namespace

void MapRenderer::setScene(const core::SceneGeometry& scene) {
    m_origin = scene.origin;
    m_featureCount = scene.labelPoints.size();
    m_stateVersion = ~0ULL;
    m_fillCanBeOpaque.clear();
    m_fills.clear();
    m_fillOpaque.clear();
    m_fillFeatures.clear();
    m_fillLayers.clear();
    for (const auto& batch : scene.fills) {
        bool opaque = batch.layer == core::MapLayer::Land || batch.layer == core::MapLayer::Country;
        std::vector<std::uint32_t> features;
        for (const auto& v : batch.vertices[0]) {
            opaque = opaque && (v.rgba >> 24) == 0xFF;
            if (features.empty() || features.back() != v.feature) features.push_back(v.feature);
        }
        std::sort(features.begin(), features.end());
        features.erase(std::unique(features.begin(), features.end()), features.end());
        m_fillOpaque.push_back(opaque);
        m_fillLayers.push_back(batch.layer);
        m_fillCanBeOpaque.push_back(opaque);
        m_fillFeatures.push_back(opaque ? std::move(features) : std::vector<std::uint32_t>{});
        m_fills.emplace_back();
    }
    m_lines.clear();
    for (const auto& batch : scene.lines) {
        LineLayer layer;
        layer.style = batch.style;
        layer.layer = batch.layer;
        layer.groundWidthMeters = batch.groundWidthMeters;
        m_lines.push_back(std::move(layer));
    }
    m_scene = &scene;
    m_lodReady.fill(false);
    std::vector<PointInstance> points;
    for (const auto& p : scene.points)
        points.push_back({p.x, p.y, p.radiusPx, p.rgba, p.capital ? 1.0f : 0.0f, p.feature});
    setupPointVao(m_pointVao, m_pointInstances, m_corners, points);
    m_pointCount = static_cast<GLsizei>(points.size());
}

void MapRenderer::ensureLod(std::size_t lod) {
    if (m_lodReady[lod] || !m_scene) return;
    for (std::size_t b = 0; b < m_fills.size() && b < m_scene->fills.size(); ++b) {
        const auto& batch = m_scene->fills[b];
        FillMesh& m = m_fills[b][lod];
        m.vao = VertexArray::create();
        m.vbo = Buffer::create();
        m.ibo = Buffer::create();
        m.vao.bind();
        m.vbo.upload(GL_ARRAY_BUFFER, batch.vertices[lod].data(), batch.vertices[lod].size() * sizeof(core::FillVertex));
        m.ibo.upload(GL_ELEMENT_ARRAY_BUFFER, batch.indices[lod].data(), batch.indices[lod].size() * sizeof(std::uint32_t));
        setFillAttributes();
        glBindVertexArray(0);
        m.count = static_cast<GLsizei>(batch.indices[lod].size());
    }
    for (std::size_t l = 0; l < m_lines.size() && l < m_scene->lines.size(); ++l)
        m_lines[l].lods[lod] = makeSegmentMesh(m_scene->lines[l].segments[lod], GL_STATIC_DRAW);
    m_lodReady[lod] = true;
}

void MapRenderer::uploadStateIfChanged(const core::RenderFrame& frame) {
    if (!frame.visuals || frame.visualsVersion == m_stateVersion) return;
    const auto& v = *frame.visuals;
    const std::size_t texels = std::max<std::size_t>(2, v.size() * 2);
    const auto rows = static_cast<int>((texels + static_cast<std::size_t>(m_stateWidth) - 1) / static_cast<std::size_t>(m_stateWidth));
    std::vector<std::uint8_t> data(static_cast<std::size_t>(m_stateWidth) * static_cast<std::size_t>(rows) * 4, 0);
    auto byte = [](float f) { return static_cast<std::uint8_t>(std::lround(std::clamp(f, 0.0f, 1.0f) * 255.0f)); };
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::uint8_t* t = data.data() + i * 8;
        t[0] = byte(v[i].color.r);
        t[1] = byte(v[i].color.g);
        t[2] = byte(v[i].color.b);
        t[3] = byte(v[i].opacity);
        t[4] = v[i].dashed ? 255 : 0;
        t[5] = byte(v[i].widthScale / 4.0f);
        t[6] = v[i].highlighted ? 255 : 0;
        t[7] = v[i].bandKm > 0.0f ? 255 : 0;
    }
    glBindTexture(GL_TEXTURE_2D, m_state.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, m_stateWidth, rows, 0, GL_RGBA, GL_UNSIGNED_BYTE, data.data());
    m_stateVersion = frame.visualsVersion;
    // An opaque batch stays unblended only while every feature in it is fully opaque (layer opacity, time filter).
    for (std::size_t b = 0; b < m_fillOpaque.size(); ++b) {
        bool opaque = m_fillCanBeOpaque[b];
        for (std::uint32_t f : m_fillFeatures[b]) opaque = opaque && (f >= v.size() || v[f].opacity >= 0.999f);
        m_fillOpaque[b] = opaque;
    }
}

void MapRenderer::bindState(const Program& program, int useState) const {
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, m_state.id());
    glUniform1i(program.uniform("u_state"), 1);
    glUniform1i(program.uniform("u_stateWidth"), m_stateWidth);
    glUniform1i(program.uniform("u_useState"), useState);
    glActiveTexture(GL_TEXTURE0);
}

void MapRenderer::drawSegments(const SegmentMesh& mesh, float widthPx, const core::Color& color,
                               const core::DashPattern& dash, const core::RenderFrame& frame, const RenderTarget& target,
                               int useState, const core::DashPattern& dashedPattern, float fixedAlpha) {
    if (mesh.count == 0 || widthPx <= 0.0f) return;
    const float k = frame.pixelScale;
    const core::Vec2 c = frame.camera.center() - m_origin;
    m_line.use();
    glUniform2f(m_line.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
    glUniform1f(m_line.uniform("u_metersPerPixel"), static_cast<float>(frame.camera.metersPerPixel() / k));
    glUniform2f(m_line.uniform("u_framebuffer"), static_cast<float>(target.width()), static_cast<float>(target.height()));
    glUniform1f(m_line.uniform("u_halfWidth"), widthPx * k * 0.5f);
    setColor(m_line.uniform("u_color"), color);
    glUniform4f(m_line.uniform("u_dash"), dash[0] * k, dash[1] * k, dash[2] * k, dash[3] * k);
    glUniform4f(m_line.uniform("u_dashedPattern"), dashedPattern[0] * k, dashedPattern[1] * k, dashedPattern[2] * k,
                dashedPattern[3] * k);
    glUniform1f(m_line.uniform("u_fixedAlpha"), fixedAlpha);
    bindState(m_line, frame.visuals ? useState : 0);
    mesh.vao.bind();
    glDrawElements(GL_TRIANGLES, mesh.count * 6, GL_UNSIGNED_INT, nullptr);
    ++m_stats.drawCalls;
    m_stats.segments += static_cast<std::size_t>(mesh.count);
}

void MapRenderer::drawBand(const SegmentMesh& mesh, float widthPx, const core::Color& color,
                           const core::RenderFrame& frame, const RenderTarget& target) {
    // A translucent band is many overlapping capsules; blended one by one, every joint would come out darker.
    // The band's pixels keep, in the destination alpha channel (free: the map below is opaque), the band's
    // strongest alpha, and are then blended once with it:
    //   1. alpha := 0 under the band; 2. alpha := max(alpha, the capsule's); 3. blend the colour with that alpha
    //   and zero it behind itself, so that an overlapping capsule adds nothing; 4. alpha := 1 again.
    // Steps 1 and 4 draw the band itself with a fixed alpha rather than clearing the channel: every step touches
    // the same pixels, and a masked clear of the whole frame costs a software rasterizer 3-4 ms each.
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    glDisable(GL_BLEND);
    drawSegments(mesh, widthPx, color, {0, 0, 0, 0}, frame, target, 3, {0, 0, 0, 0}, 0.0f);
    glEnable(GL_BLEND);
    glBlendEquation(GL_MAX);
    drawSegments(mesh, widthPx, color, {0, 0, 0, 0}, frame, target, 3);
    glBlendEquation(GL_FUNC_ADD);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glBlendFuncSeparate(GL_DST_ALPHA, GL_ONE_MINUS_DST_ALPHA, GL_ZERO, GL_ZERO);
    drawSegments(mesh, widthPx, color, {0, 0, 0, 0}, frame, target, 3);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    glDisable(GL_BLEND);
    drawSegments(mesh, widthPx, color, {0, 0, 0, 0}, frame, target, 3, {0, 0, 0, 0}, 1.0f);
    glEnable(GL_BLEND);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void MapRenderer::drawPoints(const core::RenderFrame& frame, const RenderTarget& target) {
    if (m_pointCount == 0) return;
    const float k = frame.pixelScale;
    const core::Vec2 c = frame.camera.center() - m_origin;
    m_point.use();
    glUniform2f(m_point.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
    glUniform1f(m_point.uniform("u_metersPerPixel"), static_cast<float>(frame.camera.metersPerPixel() / k));
    glUniform2f(m_point.uniform("u_framebuffer"), static_cast<float>(target.width()), static_cast<float>(target.height()));
    glUniform1f(m_point.uniform("u_pixelScale"), k * frame.options.symbolScale);
    setColor(m_point.uniform("u_ring"), core::themeOf(frame.options).placeRing);
    bindState(m_point, frame.visuals ? 1 : 0);
    m_pointVao.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_pointCount);
    ++m_stats.drawCalls;
}

namespace {

/// Instanced point symbols: the unit quad corners, then one PointInstance per symbol.
void setupPointVao(VertexArray& vao, Buffer& instances, const Buffer& corners, const std::vector<PointInstance>& points) {
    vao = VertexArray::create();
    instances = Buffer::create();
    vao.bind();
    glBindBuffer(GL_ARRAY_BUFFER, corners.id());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    instances.upload(GL_ARRAY_BUFFER, points.data(), points.size() * sizeof(PointInstance));
    const auto stride = static_cast<GLsizei>(sizeof(PointInstance));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(PointInstance, x)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(PointInstance, radius)));
    glVertexAttribDivisor(2, 1);
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(PointInstance, color)));
    glVertexAttribDivisor(3, 1);
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(PointInstance, style)));
    glVertexAttribDivisor(4, 1);
    glEnableVertexAttribArray(5);
    glVertexAttribIPointer(5, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(PointInstance, feature)));
    glVertexAttribDivisor(5, 1);
    glBindVertexArray(0);
}

/// User layers' polygons are filled translucent, so the map stays readable under them; the outline is opaque.
constexpr float kUserFillAlpha = 0.35f;
constexpr float kUserLineWidthPx = 2.0f;
constexpr float kUserPointRadiusPx = 4.0f;

}  // namespace

void MapRenderer::setUserLayer(std::uint32_t id, const core::UserLayerScene& scene) {
    removeUserLayer(id);
    UserLayerMeshes m;
    m.id = id;
    m.scene = &scene;
    for (std::size_t lod = 0; lod < static_cast<std::size_t>(core::kLodCount); ++lod) {
        FillMesh& f = m.fills[lod];
        f.vao = VertexArray::create();
        f.vbo = Buffer::create();
        f.ibo = Buffer::create();
        f.vao.bind();
        glBindBuffer(GL_ARRAY_BUFFER, f.vbo.id());
        f.ibo.upload(GL_ELEMENT_ARRAY_BUFFER, scene.fillIndices[lod].data(), scene.fillIndices[lod].size() * sizeof(std::uint32_t));
        setFillAttributes();
        glBindVertexArray(0);
        f.count = static_cast<GLsizei>(scene.fillIndices[lod].size());
        m.lines[lod] = makeSegmentMesh(scene.lines[lod], GL_STATIC_DRAW);
    }
    setupPointVao(m.pointVao, m.pointInstances, m_corners, {});
    m.pointCount = static_cast<GLsizei>(scene.points.size());
    m_userLayers.push_back(std::move(m));
}

void MapRenderer::removeUserLayer(std::uint32_t id) {
    std::erase_if(m_userLayers, [&](const UserLayerMeshes& m) { return m.id == id; });
}

void MapRenderer::uploadUserLayerColours(UserLayerMeshes& m, const core::UserLayerDraw& style) {
    const core::Color fill{style.colour.r, style.colour.g, style.colour.b, kUserFillAlpha};
    if (m.fillColour != fill) {
        const std::uint32_t rgba = core::packColor(fill);
        std::vector<core::FillVertex> verts;
        for (std::size_t lod = 0; lod < static_cast<std::size_t>(core::kLodCount); ++lod) {
            if (m.fills[lod].count == 0) continue;
            verts = m.scene->fillVertices[lod];
            for (auto& v : verts) v.rgba = rgba;
            m.fills[lod].vbo.upload(GL_ARRAY_BUFFER, verts.data(), verts.size() * sizeof(core::FillVertex));
        }
        m.fillColour = fill;
    }
    const core::Color point{style.colour.r, style.colour.g, style.colour.b, style.opacity};
    if (m.pointCount > 0 && m.pointColour != point) {
        const std::uint32_t rgba = core::packColor(point);
        std::vector<PointInstance> points;
        points.reserve(m.scene->points.size());
        for (const auto& p : m.scene->points) points.push_back({p.x, p.y, kUserPointRadiusPx, rgba, 0.0f, p.feature});
        m.pointInstances.upload(GL_ARRAY_BUFFER, points.data(), points.size() * sizeof(PointInstance));
        m.pointColour = point;
    }
}

void MapRenderer::drawUserLayers(const core::RenderFrame& frame, const RenderTarget& target, std::size_t lod) {
    const float k = frame.pixelScale;
    const float sym = frame.options.symbolScale;
    const core::Vec2 c = frame.camera.center() - m_origin;
    const double mpp = frame.camera.metersPerPixel();
    for (const core::UserLayerDraw& style : frame.userLayers) {
        const auto it = std::find_if(m_userLayers.begin(), m_userLayers.end(),
                                     [&](const UserLayerMeshes& m) { return m.id == style.id; });
        if (it == m_userLayers.end() || !it->scene) continue;
        uploadUserLayerColours(*it, style);
        if (const FillMesh& f = it->fills[lod]; f.count > 0) {
            m_fill.use();
            glUniform2f(m_fill.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
            glUniform2f(m_fill.uniform("u_unitsToClip"), static_cast<float>(2.0 / (frame.viewport.width * mpp)),
                        static_cast<float>(2.0 / (frame.viewport.height * mpp)));
            glUniform1f(m_fill.uniform("u_opacity"), style.opacity);
            bindState(m_fill, 0);
        glUniform4f(m_fill.uniform("u_recolour"), 0.0f, 0.0f, 0.0f, 0.0f);
            glUniform4f(m_fill.uniform("u_recolour"), 0.0f, 0.0f, 0.0f, 0.0f);
            f.vao.bind();
            glDrawElements(GL_TRIANGLES, f.count, GL_UNSIGNED_INT, nullptr);
            ++m_stats.drawCalls;
            m_stats.triangles += static_cast<std::size_t>(f.count) / 3;
        }
        const core::Color line{style.colour.r, style.colour.g, style.colour.b, style.opacity};
        drawSegments(it->lines[lod], kUserLineWidthPx * sym, line, {0, 0, 0, 0}, frame, target, 0);
        if (it->pointCount > 0) {
            m_point.use();
            glUniform2f(m_point.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
            glUniform1f(m_point.uniform("u_metersPerPixel"), static_cast<float>(mpp / k));
            glUniform2f(m_point.uniform("u_framebuffer"), static_cast<float>(target.width()),
                        static_cast<float>(target.height()));
            glUniform1f(m_point.uniform("u_pixelScale"), k * sym);
            setColor(m_point.uniform("u_ring"), core::Color::rgb(0xFFFFFF, style.opacity));
            bindState(m_point, 0);
            it->pointVao.bind();
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, it->pointCount);
            ++m_stats.drawCalls;
        }
    }
}

void MapRenderer::uploadAtlasIfDirty() {
    if (!m_fonts->dirty()) return;
    glBindTexture(GL_TEXTURE_2D, m_atlas.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, FontAtlas::kAtlasSize, FontAtlas::kAtlasSize, GL_RED, GL_UNSIGNED_BYTE,
                    m_fonts->pixels().data());
    m_fonts->clearDirty();
}

void MapRenderer::drawLabels(const core::RenderFrame& frame, const RenderTarget& target) {
    std::vector<TextVertex> verts;
    const float k = frame.pixelScale;
    auto emit = [&](const std::string& text, core::Vec2 topLeft, const core::LabelStyle& style) {
        const float units = FontAtlas::sdfUnitsPerPixel(style.sizePx * k);
        const float smoothing = std::min(0.25f, 0.7f * units);
        const float halo = std::min(0.45f, style.haloPx * k * units);
        const auto color = core::packColor(style.color);
        const auto haloColor = core::packColor(style.halo);
        core::LabelStyle scaled = style;
        scaled.sizePx *= k;
        for (const GlyphQuad& q : m_fonts->layout(text, scaled)) {
            const float x0 = static_cast<float>(topLeft.x) * k + q.x0, y0 = static_cast<float>(topLeft.y) * k + q.y0;
            const float x1 = static_cast<float>(topLeft.x) * k + q.x1, y1 = static_cast<float>(topLeft.y) * k + q.y1;
            const TextVertex a{x0, y0, q.u0, q.v0, color, haloColor, halo, smoothing};
            const TextVertex b{x1, y0, q.u1, q.v0, color, haloColor, halo, smoothing};
            const TextVertex c{x1, y1, q.u1, q.v1, color, haloColor, halo, smoothing};
            const TextVertex d{x0, y1, q.u0, q.v1, color, haloColor, halo, smoothing};
            verts.insert(verts.end(), {a, b, c, a, c, d});
        }
    };
    for (const auto& label : frame.labels) emit(label.text, label.topLeft, label.style);
    if (frame.scaleBar) {
        core::LabelStyle st = core::labelStyle(core::LabelClass::Town, core::themeOf(frame.options));
        st.sizePx = 11.0f * frame.options.symbolScale;
        const double x = 16.0 + frame.scaleBar->pixels + 6.0;
        const double y = frame.viewport.height - frame.bottomInset - 16.0 - 13.0 * frame.options.symbolScale;
        emit(frame.scaleBar->text, {x, y}, st);
    }
    for (const auto& t : frame.overlay.texts) emit(t.text, t.topLeft, t.style);
    if (verts.empty()) return;
    uploadAtlasIfDirty();
    m_text.use();
    glUniform2f(m_text.uniform("u_framebuffer"), static_cast<float>(target.width()), static_cast<float>(target.height()));
    glUniform1i(m_text.uniform("u_atlas"), 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_atlas.id());
    m_textVbo.upload(GL_ARRAY_BUFFER, verts.data(), verts.size() * sizeof(TextVertex), GL_STREAM_DRAW);
    m_textVao.bind();
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(verts.size()));
    ++m_stats.drawCalls;
    m_stats.glyphs += verts.size() / 6;
}

void MapRenderer::drawScaleBar(const core::RenderFrame& frame, const RenderTarget& target) {
    if (!frame.scaleBar) return;
    const double s = frame.options.symbolScale;
    const double x0 = 16.0, x1 = 16.0 + frame.scaleBar->pixels, y = frame.viewport.height - frame.bottomInset - 16.0;
    auto w = [&](double sx, double sy) { return frame.camera.screenToWorld({sx, sy}, frame.viewport) - m_origin; };
    std::vector<core::Segment> segs;
    auto seg = [&](core::Vec2 a, core::Vec2 b) {
        segs.push_back({static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x), static_cast<float>(b.y),
                        0, 0, 1, 1});
    };
    seg(w(x0, y), w(x1, y));
    seg(w(x0, y), w(x0, y - 6 * s));
    seg(w(x1, y), w(x1, y - 6 * s));
    updateSegmentMesh(m_overlay, segs);
    const core::Theme& theme = core::themeOf(frame.options);
    drawSegments(m_overlay, static_cast<float>(4.0 * s), theme.overlayHalo, {0, 0, 0, 0}, frame, target, 0);
    drawSegments(m_overlay, static_cast<float>(1.5 * s), theme.panelInk, {0, 0, 0, 0}, frame, target, 0);
}

void MapRenderer::drawOverlayShapes(const core::RenderFrame& frame, const RenderTarget& target) {
    const core::Overlay& ov = frame.overlay;
    if (ov.fills.empty() && ov.strokes.empty()) return;
    auto world = [&](core::Vec2 px) { return frame.camera.screenToWorld(px, frame.viewport) - m_origin; };
    if (!ov.fills.empty()) {
        std::vector<core::FillVertex> verts;
        for (const auto& f : ov.fills) {
            const std::uint32_t rgba = core::packColor(f.color);
            for (const core::Vec2 p : f.triangles) {
                const core::Vec2 w = world(p);
                verts.push_back({static_cast<float>(w.x), static_cast<float>(w.y), 0, rgba});
            }
        }
        const core::Vec2 c = frame.camera.center() - m_origin;
        const double mpp = frame.camera.metersPerPixel();
        m_fill.use();
        glUniform2f(m_fill.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
        glUniform2f(m_fill.uniform("u_unitsToClip"), static_cast<float>(2.0 / (frame.viewport.width * mpp)),
                    static_cast<float>(2.0 / (frame.viewport.height * mpp)));
        glUniform1f(m_fill.uniform("u_opacity"), 1.0f);
        bindState(m_fill, 0);
        glUniform4f(m_fill.uniform("u_recolour"), 0.0f, 0.0f, 0.0f, 0.0f);
        m_overlayFill.vbo.upload(GL_ARRAY_BUFFER, verts.data(), verts.size() * sizeof(core::FillVertex), GL_STREAM_DRAW);
        m_overlayFill.vao.bind();
        glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(verts.size()));
        ++m_stats.drawCalls;
    }
    // Strokes: consecutive strokes of one style go to the GPU in one instanced draw.
    std::vector<core::Segment> segs;
    for (std::size_t i = 0; i < ov.strokes.size(); ++i) {
        const core::OverlayStroke& st = ov.strokes[i];
        double dist = 0.0;
        const auto& pts = st.points;
        for (std::size_t j = 0; j < pts.size(); ++j) {
            if (pts.size() > 1 && j == 0) continue;
            const core::Vec2 a = world(pts.size() > 1 ? pts[j - 1] : pts[j]), b = world(pts[j]);
            segs.push_back({static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x),
                            static_cast<float>(b.y), static_cast<float>(dist), 0, 1, 1});
            dist += core::length(b - a);
        }
        const bool last = i + 1 == ov.strokes.size();
        const bool same = !last && ov.strokes[i + 1].widthPx == st.widthPx && ov.strokes[i + 1].color == st.color &&
                          ov.strokes[i + 1].dash == st.dash;
        if (same) continue;
        updateSegmentMesh(m_overlay, segs);
        drawSegments(m_overlay, st.widthPx, st.color, st.dash, frame, target, 0);
        segs.clear();
    }
}

void MapRenderer::draw(const core::RenderFrame& frame, RenderTarget& target) {
    m_stats = {};
    const core::Theme& theme = core::themeOf(frame.options);
    target.bindForDrawing();
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_MULTISAMPLE);
    glClearColor(theme.sea.r, theme.sea.g, theme.sea.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    pass("clear");

    const auto lod = static_cast<std::size_t>(std::clamp(frame.lod, 0, core::kLodCount - 1));
    ensureLod(lod);  // levels of detail go to the GPU when first needed: the first frame uploads one
    const core::Vec2 c = frame.camera.center() - m_origin;
    const double mpp = frame.camera.metersPerPixel();
    m_fill.use();
    glUniform2f(m_fill.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
    glUniform2f(m_fill.uniform("u_unitsToClip"), static_cast<float>(2.0 / (frame.viewport.width * mpp)),
                static_cast<float>(2.0 / (frame.viewport.height * mpp)));
    glUniform1f(m_fill.uniform("u_opacity"), 1.0f);
    uploadStateIfChanged(frame);
    bindState(m_fill, frame.visuals ? 1 : 0);
    // Areas, then lines, each in the user's draw order (frame.options.layerRank; equal ranks keep the scene's order).
    const auto rankOf = [&](core::MapLayer l) { return frame.options.layerRank[static_cast<std::size_t>(l)]; };
    m_fillOrder.resize(m_fills.size());
    for (std::size_t b = 0; b < m_fills.size(); ++b) m_fillOrder[b] = b;
    std::stable_sort(m_fillOrder.begin(), m_fillOrder.end(), [&](std::size_t a, std::size_t b) {
        return rankOf(m_fillLayers[a]) < rankOf(m_fillLayers[b]);
    });
    for (const std::size_t b : m_fillOrder) {
        const FillMesh& m = m_fills[b][lod];
        if (m.count == 0) continue;
        const auto& recolour = frame.options.layerColour[static_cast<std::size_t>(m_fillLayers[b])];
        if (recolour) setColor(m_fill.uniform("u_recolour"), *recolour);
        else glUniform4f(m_fill.uniform("u_recolour"), 0.0f, 0.0f, 0.0f, 0.0f);
        // The base map's land and country fills are opaque and timeless: no blending (cheaper on a software
        // rasterizer, where they cover most of the frame).
        const bool opaque = m_fillOpaque[b];
        if (opaque) glDisable(GL_BLEND);
        m.vao.bind();
        glDrawElements(GL_TRIANGLES, m.count, GL_UNSIGNED_INT, nullptr);
        if (opaque) glEnable(GL_BLEND);
        ++m_stats.drawCalls;
        m_stats.triangles += static_cast<std::size_t>(m.count) / 3;
    }
    pass("fills");
    const float sym = frame.options.symbolScale;
    if (frame.options.graticule) {
        updateSegmentMesh(m_graticule, frame.graticule);
        drawSegments(m_graticule, 0.8f, theme.graticule, {0, 0, 0, 0}, frame, target, 0);
    }
    pass("graticule");
    m_lineOrder.resize(m_lines.size());
    for (std::size_t l = 0; l < m_lines.size(); ++l) m_lineOrder[l] = l;
    std::stable_sort(m_lineOrder.begin(), m_lineOrder.end(), [&](std::size_t a, std::size_t b) {
        return rankOf(m_lines[a].layer) < rankOf(m_lines[b].layer);
    });
    for (const std::size_t l : m_lineOrder) {
        const auto& layer = m_lines[l];
        const auto& st = layer.style;
        if (layer.groundWidthMeters > 0.0) {  // to scale; only once it is wider than the corridor's own line
            const float px = core::bandPixels(layer.groundWidthMeters, mpp, st.widthPx * sym);
            if (px > 0.0f) drawBand(layer.lods[lod], px, st.color, frame, target);
            continue;
        }
        if (st.casingWidthPx > st.widthPx)
            drawSegments(layer.lods[lod], st.casingWidthPx * sym, st.casing, {0, 0, 0, 0}, frame, target, 1);
        drawSegments(layer.lods[lod], st.widthPx * sym, st.color, st.dash, frame, target, 2, st.dashedPattern);
    }
    pass("lines");
    if (!frame.selectionOutline.empty()) {
        updateSegmentMesh(m_selection, frame.selectionOutline);
        drawSegments(m_selection, 7.0f * sym, core::Color::rgb(0xFFD54A, 0.75f), {0, 0, 0, 0}, frame, target, 0);
        drawSegments(m_selection, 2.0f * sym, core::Color::rgb(0x1E1A16), {0, 0, 0, 0}, frame, target, 0);
    }
    drawUserLayers(frame, target, lod);  // above the thematic lines, under the selection, symbols and labels
    pass("selection, user layers");
    drawPoints(frame, target);
    pass("points");
    drawScaleBar(frame, target);
    drawOverlayShapes(frame, target);
    pass("overlay");
    drawLabels(frame, target);
    pass("labels");
    glBindVertexArray(0);
    target.resolve();
    pass("resolve");
}

}  // namespace atlas::render
