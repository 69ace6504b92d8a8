// The interface's font atlas texture made one byte a texel (application/explorer_ui: compactFontTexture) draws the
// same text, pixel for pixel, as the RGBA texture Dear ImGui's OpenGL3 backend uploads. Own ctest entry (see
// CMakeLists.txt): it brings ImGui up in this process on an EGL context.
#include <catch2/catch.hpp>

#include <glad/gl.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "application/explorer_ui.hpp"
#include "application/headless_gl.hpp"
#include "render/render_target.hpp"

using namespace atlas;

namespace {

constexpr int kWidth = 520, kHeight = 120;

std::vector<std::uint8_t> drawText() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(kWidth, kHeight));
    ImGui::Begin("Lachin", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("Lachin corridor, 1994\xE2\x80\x93" "2023");
    ImGui::TextUnformatted("\xD0\x9B\xD0\xB0\xD1\x87\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 "
                           "\xD0\xBA\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB4\xD0\xBE\xD1\x80");  // Лачинский коридор
    ImGui::TextUnformatted("\xD4\xBC\xD5\xA1\xD5\xB9\xD5\xAB\xD5\xB6 La\xC3\xA7\xC4\xB1n d\xC9\x99hlizi");  // Լաչին Laçın dəhlizi
    ImGui::End();
    ImGui::Render();
    render::RenderTarget target;
    target.resize(kWidth, kHeight, 0);
    target.bindForDrawing();
    glClearColor(0.2f, 0.3f, 0.4f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return target.readPixels();
}

GLint internalFormat(ImTextureID texture) {
    GLint format = 0;
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(texture)));
    glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_INTERNAL_FORMAT, &format);
    glBindTexture(GL_TEXTURE_2D, 0);
    return format;
}

/// A current ImGui context with the application's style and fonts and the OpenGL3 backend initialised.
ImGuiContext* startImGui() {
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    app::setupImGuiStyle(1.0f, 1.0f);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(kWidth, kHeight);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    REQUIRE(ImGui_ImplOpenGL3_Init("#version 330 core"));
    return context;
}

void stopImGui(ImGuiContext* context) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(context);
}

std::size_t differingPixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
    std::size_t differ = 0;
    for (std::size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4) differ += std::memcmp(&a[i], &b[i], 4) != 0 ? 1 : 0;
    return differ;
}

}  // namespace

TEST_CASE("font texture: one byte a texel draws the same text as the backend's RGBA texture", "[fonttexture]") {
    const auto gl = app::openOffscreenGl();
    ImGuiContext* context = startImGui();
    ImGuiIO& io = ImGui::GetIO();

    const std::vector<std::uint8_t> rgba = drawText();  // the first frame uploads the atlas as RGBA
    REQUIRE(io.Fonts->TexPixelsAlpha8);
    CHECK(internalFormat(io.Fonts->TexID) != GL_R8);
    std::size_t inked = 0;  // dark pixels on the light window that covers the whole image: the text
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) inked += rgba[i] < 128 ? 1 : 0;
    CHECK(inked > 300);  // there is text to compare

    REQUIRE(app::compactFontTexture(*io.Fonts));
    CHECK(internalFormat(io.Fonts->TexID) == GL_R8);
    const std::vector<std::uint8_t> r8 = drawText();
    CHECK(r8 == rgba);

    io.Fonts->ClearTexData();
    CHECK_FALSE(app::compactFontTexture(*io.Fonts));  // no pixels left to upload: the texture stays as it is
    CHECK(internalFormat(io.Fonts->TexID) == GL_R8);

    stopImGui(context);
}

TEST_CASE("font texture: device objects made with the atlas at one byte a texel draw what the stock backend draws",
          "[fonttexture]") {
    const auto gl = app::openOffscreenGl();
    ImGuiContext* context = startImGui();
    const std::vector<std::uint8_t> stock = drawText();  // the backend's own device objects: the atlas as RGBA
    CHECK(internalFormat(ImGui::GetIO().Fonts->TexID) != GL_R8);
    const int width = ImGui::GetIO().Fonts->TexWidth, height = ImGui::GetIO().Fonts->TexHeight;
    stopImGui(context);

    context = startImGui();  // as the window does: the device objects made before the first frame
    ImFontAtlas& fonts = *ImGui::GetIO().Fonts;
    REQUIRE(app::createImGuiDeviceObjects());
    CHECK(fonts.TexWidth == width);  // the one-texel stand-in was put back
    CHECK(fonts.TexHeight == height);
    CHECK(internalFormat(fonts.TexID) == GL_R8);
    CHECK(fonts.TexPixelsAlpha8 == nullptr);  // on the GPU: the CPU copies are freed, RGBA never made
    CHECK(fonts.TexPixelsRGBA32 == nullptr);
    GLint texWidth = 0;
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(fonts.TexID)));
    glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_WIDTH, &texWidth);
    glBindTexture(GL_TEXTURE_2D, 0);
    CHECK(texWidth == width);  // the whole atlas, not the stand-in
    const std::vector<std::uint8_t> oneByte = drawText();
    INFO("pixels that differ: " << differingPixels(stock, oneByte));
    CHECK(oneByte == stock);

    // Another interface size (View > Interface size) and back: the texture made again, at one byte a texel.
    app::rescaleImGui(1.5f, 1.0f);
    CHECK(internalFormat(fonts.TexID) == GL_R8);
    CHECK(fonts.TexPixelsAlpha8 == nullptr);
    CHECK(fonts.TexPixelsRGBA32 == nullptr);
    const std::vector<std::uint8_t> larger = drawText();
    CHECK(larger != stock);
    app::rescaleImGui(1.0f, 1.0f);
    CHECK(internalFormat(fonts.TexID) == GL_R8);
    CHECK(fonts.TexWidth == width);
    const std::vector<std::uint8_t> back = drawText();
    INFO("pixels that differ after rescaling back: " << differingPixels(stock, back));
    CHECK(back == stock);
    stopImGui(context);
}
