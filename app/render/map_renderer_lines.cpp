// Map renderer, lines: segment meshes (four vertices per segment over one shared quad index buffer), the
// capsule line program's draw and the to-scale corridor band blended once per pixel.
#include <algorithm>

#include "render/map_renderer.hpp"
#include "render/map_renderer_detail.hpp"

namespace atlas::render {

namespace {
template <class Vertex>
void expandSegments(const std::vector<core::Segment>& segs, std::vector<Vertex>& out) {
    out.clear();
    out.reserve(segs.size() * 4);
    for (const core::Segment& s : segs)
        for (const auto& [cx, cy] : {std::pair{0.0f, -1.0f}, std::pair{1.0f, -1.0f}, std::pair{0.0f, 1.0f},
                                    std::pair{1.0f, 1.0f}})
            out.push_back(Vertex{cx, cy, s, 0});
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

void MapRenderer::uploadLineVertices(SegmentMesh& m, GLenum usage) {
    const auto bytes = m_lineScratch.size() * sizeof(LineVertex);
    if (m.vao.id() != 0) {  // made before: the attributes point into the buffer, which takes the new data
        m.vertices.upload(GL_ARRAY_BUFFER, m_lineScratch.data(), bytes, usage);
        return;
    }
    m.vao = VertexArray::create();
    m.vertices = Buffer::create();
    m.vao.bind();
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_quadIndices.id());
    m.vertices.upload(GL_ARRAY_BUFFER, m_lineScratch.data(), bytes, usage);
    // One layout for lines and fringes alike (attribute 6 unused by lines): llvmpipe compiles a vertex-fetch
    // variant per layout, ~4 ms of LLVM each on the first frame.
    const auto stride = static_cast<GLsizei>(sizeof(LineVertex));
    const auto at = [](std::size_t segmentField) { return reinterpret_cast<void*>(offsetof(LineVertex, s) + segmentField); };
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
    glEnableVertexAttribArray(6);
    glVertexAttribPointer(6, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(LineVertex, rgba)));
    glBindVertexArray(0);
}

MapRenderer::SegmentMesh MapRenderer::makeSegmentMesh(const std::vector<core::Segment>& segs, GLenum usage) {
    SegmentMesh m;
    ensureQuadIndices(segs.size());
    expandSegments(segs, m_lineScratch);
    uploadLineVertices(m, usage);
    m.count = static_cast<GLsizei>(segs.size());
    return m;
}

void MapRenderer::uploadEdgeMesh(SegmentMesh& m, const std::vector<core::FillEdge>& edges, GLenum usage) {
    ensureQuadIndices(edges.size());
    m_lineScratch.clear();
    m_lineScratch.reserve(edges.size() * 4);
    for (const core::FillEdge& e : edges) {
        // No width and no caps: the quad is the edge's length and the shader's half-pixel ramp each side, so
        // the quads of an outline's consecutive edges meet rather than overlap (an overlap would blend twice).
        const core::Segment s{e.x0, e.y0, e.x1, e.y1, 0.0f, e.feature, 0.0f, 0.0f};
        for (const auto& [cx, cy] : {std::pair{0.0f, -1.0f}, std::pair{1.0f, -1.0f}, std::pair{0.0f, 1.0f},
                                    std::pair{1.0f, 1.0f}})
            m_lineScratch.push_back(LineVertex{cx, cy, s, e.rgba});
    }
    uploadLineVertices(m, usage);
    m.count = static_cast<GLsizei>(edges.size());
}

void MapRenderer::drawFillEdges(const SegmentMesh& edges, const std::optional<core::Color>& recolour,
                                const core::RenderFrame& frame, const RenderTarget& target) {
    if (!m_areaFringes || edges.count == 0 || target.samples() > 1) return;
    drawSegments(edges, 0.0f, recolour.value_or(core::Color{0, 0, 0, 0}), {0, 0, 0, 0}, frame, target, 1,
                 {0, 0, 0, 0}, -1.0f, true);
}

void MapRenderer::updateSegmentMesh(SegmentMesh& mesh, const std::vector<core::Segment>& segs) {
    ensureQuadIndices(segs.size());
    expandSegments(segs, m_lineScratch);
    uploadLineVertices(mesh, GL_STREAM_DRAW);
    mesh.count = static_cast<GLsizei>(segs.size());
}

void MapRenderer::drawSegments(const SegmentMesh& mesh, float widthPx, const core::Color& color,
                               const core::DashPattern& dash, const core::RenderFrame& frame, const RenderTarget& target,
                               int useState, const core::DashPattern& dashedPattern, float fixedAlpha, bool fringe) {
    if (mesh.count == 0 || (widthPx <= 0.0f && !fringe)) return;
    const float k = frame.pixelScale;
    const core::Vec2 c = frame.camera.center() - m_origin;
    m_line.use();
    glUniform2f(m_line.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
    glUniform1f(m_line.uniform("u_metersPerPixel"), static_cast<float>(frame.camera.metersPerPixel() / k));
    glUniform2f(m_line.uniform("u_framebuffer"), static_cast<float>(target.width()), static_cast<float>(target.height()));
    glUniform1f(m_line.uniform("u_halfWidth"), widthPx * k * 0.5f);
    detail::setColor(m_line.uniform("u_color"), color);
    glUniform4f(m_line.uniform("u_dash"), dash[0] * k, dash[1] * k, dash[2] * k, dash[3] * k);
    glUniform4f(m_line.uniform("u_dashedPattern"), dashedPattern[0] * k, dashedPattern[1] * k, dashedPattern[2] * k,
                dashedPattern[3] * k);
    glUniform1f(m_line.uniform("u_fixedAlpha"), fixedAlpha);
    glUniform1i(m_line.uniform("u_fringe"), fringe ? 1 : 0);
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

}  // namespace atlas::render
