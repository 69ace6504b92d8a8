// Map renderer, screen-space layers: the glyph atlas upload, SDF labels (map labels, scale bar text, overlay
// texts), the scale bar and the overlay's fills and strokes (legend, arrows, spotlight rings).
#include <algorithm>

#include "render/map_renderer.hpp"
#include "render/map_renderer_detail.hpp"

namespace atlas::render {

using detail::TextVertex;

void MapRenderer::uploadAtlasIfDirty() {
    if (!m_fonts->dirty()) return;
    if (const int rows = m_fonts->pixelRows(); rows > 0) {  // only the rows in use: the rest is never sampled
        glBindTexture(GL_TEXTURE_2D, m_atlas.id());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, FontAtlas::kAtlasSize, rows, GL_RED, GL_UNSIGNED_BYTE,
                        m_fonts->pixels().data());
    }
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
    if (frame.scaleBar) emit(frame.scaleBar->text, frame.scaleBar->textTopLeft, frame.scaleBar->textStyle);
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
    if (!frame.scaleBar) return;  // laid out in core (core::layoutScaleBar)
    const core::ScaleBar& bar = *frame.scaleBar;
    const double x0 = bar.start.x, x1 = bar.start.x + bar.pixels, y = bar.start.y;
    auto w = [&](double sx, double sy) { return frame.camera.screenToWorld({sx, sy}, frame.viewport) - m_origin; };
    std::vector<core::Segment> segs;
    auto seg = [&](core::Vec2 a, core::Vec2 b) {
        segs.push_back({static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x), static_cast<float>(b.y),
                        0, 0, 1, 1});
    };
    seg(w(x0, y), w(x1, y));
    seg(w(x0, y), w(x0, y - bar.tickPx));
    seg(w(x1, y), w(x1, y - bar.tickPx));
    updateSegmentMesh(m_overlay, segs);
    drawSegments(m_overlay, bar.haloWidthPx, bar.halo, {0, 0, 0, 0}, frame, target, 0);
    drawSegments(m_overlay, bar.inkWidthPx, bar.ink, {0, 0, 0, 0}, frame, target, 0);
}

void MapRenderer::drawOverlayShapes(const core::RenderFrame& frame, const RenderTarget& target) {
    const core::Overlay& ov = frame.overlay;
    if (ov.fills.empty() && ov.strokes.empty()) return;
    auto world = [&](core::Vec2 px) { return frame.camera.screenToWorld(px, frame.viewport) - m_origin; };
    if (!ov.fills.empty()) {
        std::vector<core::FillVertex> verts;
        std::vector<core::FillEdge> edges;  // each area's outline, for its fringe when nothing multisamples
        for (const auto& f : ov.fills) {
            const std::uint32_t rgba = core::packColor(f.color);
            for (const core::Vec2 p : f.triangles) {
                const core::Vec2 w = world(p);
                verts.push_back({static_cast<float>(w.x), static_cast<float>(w.y), 0, rgba});
            }
            if (!m_areaFringes || target.samples() > 1) continue;
            const core::TriangleMesh mesh = core::meshOfTriangles(f.triangles);
            for (const auto& [i, j] : core::boundaryEdges(mesh)) {
                const core::Vec2 a = world(mesh.vertices[i]), b = world(mesh.vertices[j]);
                edges.push_back({static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x),
                                 static_cast<float>(b.y), 0, rgba});
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
        if (!edges.empty()) {  // outside each area: over the map, or over the area drawn under it (an arrow's halo)
            uploadEdgeMesh(m_overlayEdges, edges, GL_STREAM_DRAW);
            drawFillEdges(m_overlayEdges, std::nullopt, frame, target);
        }
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

}  // namespace atlas::render
