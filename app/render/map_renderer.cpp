// Map drawing: uploads scene batches once, then per frame sets GL state, picks the level of detail and draws
// fills, lines, point symbols, user layers, overlay and SDF labels (the pass order is in draw()).
#include "render/map_renderer.hpp"
#include "render/program_cache.hpp"

#include <algorithm>
#include <cmath>

#include "render/map_renderer_detail.hpp"
#include "render/shader_sources.hpp"

namespace atlas::render {

namespace detail {

void setFillAttributes() {
    const auto stride = static_cast<GLsizei>(sizeof(core::FillVertex));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(core::FillVertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(core::FillVertex, rgba)));
    glEnableVertexAttribArray(2);
    glVertexAttribIPointer(2, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(core::FillVertex, feature)));
}

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

}  // namespace detail

namespace {

using detail::PointInstance;
using detail::setColor;
using detail::TextVertex;

/// `defines` ("#define X\n" lines) go right after each source's #version line.
Program buildProgram(const std::string& name, const std::string& defines = {},
                     const std::filesystem::path& cacheDir = {}) {
    const auto& src = shaderSources();
    auto vs = src.find(name + ".vert");
    auto fs = src.find(name + ".frag");
    if (vs == src.end() || fs == src.end()) throw GlError("shader " + name + " is not embedded in the binary");
    const auto withDefines = [&](std::string source) {
        const std::size_t version = source.find("#version");
        const std::size_t lineEnd = version == std::string::npos ? std::string::npos : source.find('\n', version);
        if (!defines.empty() && lineEnd != std::string::npos) source.insert(lineEnd + 1, defines);
        return source;
    };
    return buildProgramCached(name, withDefines(vs->second), withDefines(fs->second), cacheDir);
}

}  // namespace

MapRenderer::MapRenderer(const std::filesystem::path& fontDir) : MapRenderer(std::make_unique<FontAtlas>(fontDir)) {}

MapPrograms MapPrograms::build(FillInputs fill, const std::filesystem::path& binaryCacheDir) {
    return {buildProgram("fill", fill == FillInputs::Shared ? "#define ATLAS_SHARED_INPUTS 1\n" : "", binaryCacheDir),
            buildProgram("line", {}, binaryCacheDir), buildProgram("point", {}, binaryCacheDir),
            buildProgram("text", {}, binaryCacheDir)};
}

MapRenderer::MapRenderer(std::unique_ptr<FontAtlas> fonts, MapPrograms programs)
    : m_fonts(std::move(fonts)),
      m_fill(std::move(programs.fill)),
      m_line(std::move(programs.line)),
      m_point(std::move(programs.point)),
      m_text(std::move(programs.text)) {
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
    detail::setFillAttributes();
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
    detail::setupPointVao(m_pointVao, m_pointInstances, m_corners, points);
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
        detail::setFillAttributes();
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
    bindState(m_fill, frame.visuals ? 1 : 0);  // the state texture stays bound for the edges' line program
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
        m_fill.use();  // again after the last batch's edges
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
        if (m_areaFringes && target.samples() <= 1 && m.edges.vao.id() == 0)  // the outline, when first needed
            uploadEdgeMesh(m_fills[b][lod].edges, core::fillEdges(m_scene->fills[b], lod), GL_STATIC_DRAW);
        drawFillEdges(m.edges, recolour, frame, target);
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
    drawUserLayers(frame, target, lod, false);  // areas and lines above the thematic lines, under the symbols
    pass("selection, user layers");
    drawPoints(frame, target);
    drawUserLayers(frame, target, lod, true);  // the user's points above the atlas's place symbols
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