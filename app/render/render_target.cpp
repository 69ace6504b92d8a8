// Multisampled framebuffer + resolve texture; pixel read-back flips rows to top-first.
#include "render/render_target.hpp"

#include <algorithm>
#include <cstring>

namespace atlas::render {

void RenderTarget::resize(int width, int height, int samples) {
    width = std::max(1, width);
    height = std::max(1, height);
    if (width == m_width && height == m_height && samples == m_samples && m_msaaFbo) return;
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    samples = std::clamp(samples, 0, static_cast<int>(maxSamples));

    m_texture = Texture::create();
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    m_resolveFbo = Framebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolveFbo.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_texture.id(), 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw GlError("resolve framebuffer incomplete");

    m_msaaColor = Renderbuffer::create();
    glBindRenderbuffer(GL_RENDERBUFFER, m_msaaColor.id());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    m_msaaFbo = Framebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, m_msaaFbo.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_msaaColor.id());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw GlError("multisampled framebuffer incomplete (" + std::to_string(samples) + " samples)");
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    m_width = width;
    m_height = height;
    m_samples = samples;
}

void RenderTarget::bindForDrawing() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_msaaFbo.id());
    glViewport(0, 0, m_width, m_height);
}

void RenderTarget::resolve() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_msaaFbo.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolveFbo.id());
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<std::uint8_t> RenderTarget::readPixels() const {
    const auto rowBytes = static_cast<std::size_t>(m_width) * 4;
    std::vector<std::uint8_t> pixels(rowBytes * static_cast<std::size_t>(m_height));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolveFbo.id());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    std::vector<std::uint8_t> row(rowBytes);
    for (int y = 0; y < m_height / 2; ++y) {
        auto* a = pixels.data() + static_cast<std::size_t>(y) * rowBytes;
        auto* b = pixels.data() + static_cast<std::size_t>(m_height - 1 - y) * rowBytes;
        std::memcpy(row.data(), a, rowBytes);
        std::memcpy(a, b, rowBytes);
        std::memcpy(b, row.data(), rowBytes);
    }
    return pixels;
}

}  // namespace atlas::render
