// Shared by the map renderer's files: its vertex layouts and the GL attribute setup they have in common.
#pragma once

#include <cstdint>
#include <vector>

#include "core/map/style.hpp"
#include "render/gl_objects.hpp"

namespace atlas::render::detail {

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

inline void setColor(GLint loc, const core::Color& c) { glUniform4f(loc, c.r, c.g, c.b, c.a); }

/// The fill shader's attributes (core::FillVertex) on the bound VAO, from the bound GL_ARRAY_BUFFER.
void setFillAttributes();

/// Instanced point symbols: the unit quad corners, then one PointInstance per symbol.
void setupPointVao(VertexArray& vao, Buffer& instances, const Buffer& corners, const std::vector<PointInstance>& points);

}  // namespace atlas::render::detail
