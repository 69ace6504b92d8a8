// Multisampled framebuffer + resolve texture; pixel read-back flips rows to top-first.
#include "render/render_target.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

namespace atlas::render {

int interactiveSamples() {
    if (const char* env = std::getenv("ATLAS_MSAA"); env && *env) return std::clamp(std::atoi(env), 0, 8);
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string r = renderer ? renderer : "";
    for (const char* software : {"llvmpipe", "softpipe", "SwiftShader", "Software Rasterizer"})
        if (r.find(software) != std::string::npos) return 0;
    return 4;
}

void RenderTarget::resize(int width, int height, int samples) {
    width = std::max(1, width);
    height = std::max(1, height);
    GLint maxSamples = 0, maxTexture = 0, maxRenderbuffer = 0;
    GLint maxViewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxRenderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, maxViewport);
    samples = std::clamp(samples, 0, static_cast<int>(maxSamples));
    if (width == m_width && height == m_height && samples == m_samples && m_resolveFbo) return;
    // The largest image this GL draws: said with the limit's name and what works, before anything is allocated.
    const GLint largest = std::min({maxTexture, maxRenderbuffer, maxViewport[0], maxViewport[1]});
    if (largest > 0 && (width > largest || height > largest)) {
        const char* limit = largest == maxTexture        ? "GL_MAX_TEXTURE_SIZE"
                            : largest == maxRenderbuffer ? "GL_MAX_RENDERBUFFER_SIZE"
                                                         : "GL_MAX_VIEWPORT_DIMS";
        throw GlError("a " + std::to_string(width) + "x" + std::to_string(height) + " image is larger than this "
                      "OpenGL driver draws (" + limit + " = " + std::to_string(largest) + " pixels a side); use a "
                      "size (times --scale) of at most " + std::to_string(largest) + "x" + std::to_string(largest));
    }

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
        throw GlError("the OpenGL driver cannot make a " + std::to_string(width) + "x" + std::to_string(height) +
                      " image (out of GPU memory?); a smaller size (times --scale) works");

    m_msaaColor = {};
    m_msaaFbo = {};
    m_width = width;
    m_height = height;
    m_samples = samples;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // A big multisampled image may not fit where a single-sampled one does: fewer samples, down to none.
    for (; samples > 0; samples /= 2) {
        while (glGetError() != GL_NO_ERROR) {
        }
        m_msaaColor = Renderbuffer::create();
        glBindRenderbuffer(GL_RENDERBUFFER, m_msaaColor.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
        m_msaaFbo = Framebuffer::create();
        glBindFramebuffer(GL_FRAMEBUFFER, m_msaaFbo.id());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_msaaColor.id());
        if (glGetError() == GL_NO_ERROR && glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE) break;
        m_msaaColor = {};
        m_msaaFbo = {};
    }
    m_samples = samples;  // 0: draw straight into the texture
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::bindForDrawing() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_samples > 0 ? m_msaaFbo.id() : m_resolveFbo.id());
    glViewport(0, 0, m_width, m_height);
}

void RenderTarget::resolve() const {
    if (m_samples == 0) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return;
    }
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
