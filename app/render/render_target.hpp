// An offscreen colour target: a multisampled framebuffer resolved into a texture the window shows or we read back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "render/gl_objects.hpp"

namespace atlas::render {

/// MSAA samples for drawing on the current context, in the window and in `render` alike: 0 on a software
/// rasterizer (llvmpipe, softpipe, SwiftShader), where 4x MSAA costs more than the whole rest of a frame and every
/// layer is anti-aliased in its shaders (lines, points and labels by their coverage, areas by a one-pixel fringe
/// along their edges, drawn only without MSAA); 4 on a GPU. $ATLAS_MSAA (0..8) overrides.
int defaultSamples();

/// The most bytes a multisampled image may take (width x height x samples x 4): $ATLAS_MSAA_BUDGET_MB when it is
/// a whole number of MiB (0 = never multisample), else 1 GiB. A sample count over the budget is treated like one
/// the driver refuses: fewer samples are tried, down to none. On a software rasterizer the image is main memory,
/// and a 16384x16384 image at 4x would take 4 GiB before the 1 GiB one it resolves into.
std::size_t multisampleBudgetBytes();

class RenderTarget {
public:
    /// Creates (or re-creates on resize) the framebuffers; throws GlError, naming the limit and what works, when
    /// the image is larger than the driver draws or it refuses the single-sampled image. A multisampled image
    /// that cannot be made (over GL_MAX_SAMPLES, over multisampleBudgetBytes(), or refused) is made with half the
    /// samples, down to none (samplesNote() says so). With 0 samples, frames are drawn straight into the texture.
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
    /// Empty, or one line saying that fewer samples than asked were used and why (for `render` to print).
    [[nodiscard]] const std::string& samplesNote() const { return m_samplesNote; }

private:
    int m_width = 0, m_height = 0, m_samples = 0, m_requestedSamples = 0;
    std::string m_samplesNote;
    Framebuffer m_msaaFbo;
    Renderbuffer m_msaaColor;
    Framebuffer m_resolveFbo;
    Texture m_texture;
};

}  // namespace atlas::render
