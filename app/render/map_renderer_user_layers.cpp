// Map renderer, user layers: uploads a loaded layer's levels of detail once, re-uploads fills and points when
// its colour changes, and draws each layer the frame names with the fill, line and point programs.
#include <algorithm>

#include "render/map_renderer.hpp"
#include "render/map_renderer_detail.hpp"

namespace atlas::render {

namespace {

using detail::PointInstance;

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
        detail::setFillAttributes();
        glBindVertexArray(0);
        f.count = static_cast<GLsizei>(scene.fillIndices[lod].size());
        m.lines[lod] = makeSegmentMesh(scene.lines[lod], GL_STATIC_DRAW);
    }
    detail::setupPointVao(m.pointVao, m.pointInstances, m_corners, {});
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

void MapRenderer::drawUserPoints(const UserLayerMeshes& meshes, const core::UserLayerDraw& style,
                                 const core::RenderFrame& frame, const RenderTarget& target) {
    if (meshes.pointCount == 0) return;
    const float k = frame.pixelScale;
    const float sym = frame.options.symbolScale;
    const core::Vec2 c = frame.camera.center() - m_origin;
    const double mpp = frame.camera.metersPerPixel();
    m_point.use();
    glUniform2f(m_point.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
    glUniform1f(m_point.uniform("u_metersPerPixel"), static_cast<float>(mpp / k));
    glUniform2f(m_point.uniform("u_framebuffer"), static_cast<float>(target.width()), static_cast<float>(target.height()));
    glUniform1f(m_point.uniform("u_pixelScale"), k * sym);
    detail::setColor(m_point.uniform("u_ring"), core::Color::rgb(0xFFFFFF, style.opacity));
    bindState(m_point, 0);
    meshes.pointVao.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, meshes.pointCount);
    ++m_stats.drawCalls;
}

void MapRenderer::drawUserLayers(const core::RenderFrame& frame, const RenderTarget& target, std::size_t lod,
                                 bool points) {
    const float sym = frame.options.symbolScale;
    const core::Vec2 c = frame.camera.center() - m_origin;
    const double mpp = frame.camera.metersPerPixel();
    for (const core::UserLayerDraw& style : frame.userLayers) {
        const auto it = std::find_if(m_userLayers.begin(), m_userLayers.end(),
                                     [&](const UserLayerMeshes& m) { return m.id == style.id; });
        if (it == m_userLayers.end() || !it->scene) continue;
        uploadUserLayerColours(*it, style);
        if (points) {
            drawUserPoints(*it, style, frame, target);
            continue;
        }
        if (const FillMesh& f = it->fills[lod]; f.count > 0) {
            m_fill.use();
            glUniform2f(m_fill.uniform("u_center"), static_cast<float>(c.x), static_cast<float>(c.y));
            glUniform2f(m_fill.uniform("u_unitsToClip"), static_cast<float>(2.0 / (frame.viewport.width * mpp)),
                        static_cast<float>(2.0 / (frame.viewport.height * mpp)));
            glUniform1f(m_fill.uniform("u_opacity"), style.opacity);
            bindState(m_fill, 0);
            glUniform4f(m_fill.uniform("u_recolour"), 0.0f, 0.0f, 0.0f, 0.0f);
            f.vao.bind();
            glDrawElements(GL_TRIANGLES, f.count, GL_UNSIGNED_INT, nullptr);
            ++m_stats.drawCalls;
            m_stats.triangles += static_cast<std::size_t>(f.count) / 3;
        }
        const core::Color line{style.colour.r, style.colour.g, style.colour.b, style.opacity};
        drawSegments(it->lines[lod], kUserLineWidthPx * sym, line, {0, 0, 0, 0}, frame, target, 0);
    }
}

}  // namespace atlas::render
