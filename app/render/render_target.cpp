// Multisampled framebuffer + resolve texture; pixel read-back flips rows to top-first.
#include "render/render_target.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace atlas::render {

int defaultSamples() {
    if (const char* env = std::getenv("ATLAS_MSAA"); env && *env) return std::clamp(std::atoi(env), 0, 8);
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string r = renderer ? renderer : "";
    for (const char* software : {"llvmpipe", "softpipe", "SwiftShader", "Software Rasterizer"})
        if (r.find(software) != std::string::npos) return 0;
    return 4;
}

std::size_t multisampleBudgetBytes() {
    if (const char* env = std::getenv("ATLAS_MSAA_BUDGET_MB"); env && *env) {
        char* end = nullptr;
        const unsigned long long mb = std::strtoull(env, &end, 10);
        if (end && *end == '\0' && *env != '-' && mb < (1ull << 30)) return static_cast<std::size_t>(mb) << 20;
    }
    return std::size_t{1} << 30;
}

void RenderTarget::resize(int width, int height, int samples) {
    width = std::max(1, width);
    height = std::max(1, height);
    const int requested = std::max(0, samples);
    GLint maxSamples = 0, maxTexture = 0, maxRenderbuffer = 0;
    GLint maxViewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxTexture);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxRenderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, maxViewport);
    if (width == m_width && height == m_height && requested == m_requestedSamples && m_resolveFbo) return;
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
    m_requestedSamples = requested;
    m_samplesNote.clear();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // A big multisampled image may not fit where a single-sampled one does: fewer samples, down to none (one
    // sample would only add a copy). The first reason for giving up samples is the one told.
    const std::size_t budget = multisampleBudgetBytes();
    std::string why;
    samples = requested;
    if (samples > maxSamples) {
        why = "GL_MAX_SAMPLES = " + std::to_string(maxSamples);
        samples = maxSamples;
    }
    for (; samples > 1; samples /= 2) {
        const std::size_t bytes =
            static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * static_cast<std::size_t>(samples) * 4;
        if (bytes > budget) {
            if (why.empty())
                why = "it would take " + std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB, over the " +
                      std::to_string(budget >> 20) + " MiB allowed (ATLAS_MSAA_BUDGET_MB)";
            continue;
        }
        while (glGetError() != GL_NO_ERROR) {
        }
        m_msaaColor = Renderbuffer::create();
        glBindRenderbuffer(GL_RENDERBUFFER, m_msaaColor.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
        m_msaaFbo = Framebuffer::create();
        glBindFramebuffer(GL_FRAMEBUFFER, m_msaaFbo.id());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_msaaColor.id());
        if (glGetError() == GL_NO_ERROR && glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE) break;
        if (why.empty()) why = "the OpenGL driver could not make it";
        m_msaaColor = {};
        m_msaaFbo = {};
    }
    if (samples < 2) samples = 0;
    m_samples = samples;  // 0: draw straight into the texture
    if (samples < requested && requested > 1)
        m_samplesNote = "a " + std::to_string(width) + "x" + std::to_string(height) + " image with " +
                        std::to_string(requested) + "x multisampling does not fit (" + why + "); drawn with " +
                        (samples > 0 ? std::to_string(samples) + "x multisampling" : "no multisampling");
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
    // GL gives the rows bottom-first: read into an uninitialised buffer, then append its rows top-first to the
    // result (reserved, so nothing is zero-filled first; the former swap in place cost a memset and 1.5 copies).
    const auto rowBytes = static_cast<std::size_t>(m_width) * 4;
    const auto rows = static_cast<std::size_t>(m_height);
    const auto raw = std::make_unique_for_overwrite<std::uint8_t[]>(rowBytes * rows);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolveFbo.id());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, raw.get());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    std::vector<std::uint8_t> pixels;
    pixels.reserve(rowBytes * rows);
    for (std::size_t y = rows; y-- > 0;) {
        const std::uint8_t* row = raw.get() + y * rowBytes;
        pixels.insert(pixels.end(), row, row + rowBytes);
    }
    return pixels;
}

}  // namespace atlas::render
