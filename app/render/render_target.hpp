// An offscreen colour target: a multisampled framebuffer resolved into a texture the window shows or we read back.
#pragma once

#include <cstdint>
#include <vector>

#include "render/gl_objects.hpp"

namespace atlas::render {

/// MSAA samples for interactive drawing on the current context: 0 on a software rasterizer (llvmpipe, softpipe,
/// SwiftShader), where 4x MSAA costs more than the whole rest of a frame and lines, points and labels are already
/// anti-aliased in their shaders; 4 on a GPU. $ATLAS_MSAA (0..8) overrides. Offscreen `render` always uses 4.
int interactiveSamples();

class RenderTarget {
public:
    /// Creates (or re-creates on resize) the framebuffers; throws GlError if the driver refuses them. With 0
    /// samples, frames are drawn straight into the texture (no resolve pass).
    void resize(int width, int height, int samples = 4);
    void bindForDrawing() const;
    /// Resolves the multisampled image into the texture.
    void resolve() const;
    /// RGBA8 rows, top row first (after resolve()).
    [[nodiscard]] std::vector<std::uint8_t> readPixels() const;

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] int samples() const { return m_samples; }
    [[nodiscard]] GLuint texture() const { return m_texture.id(); }

private:
    int m_width = 0, m_height = 0, m_samples = 0;
    Framebuffer m_msaaFbo;
    Renderbuffer m_msaaColor;
    Framebuffer m_resolveFbo;
    Texture m_texture;
};

}  // namespace atlas::render
