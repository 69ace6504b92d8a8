// Offscreen rendering: hidden window for a context, the same AtlasSession and MapRenderer as the viewer.
#include "cli/render_command.hpp"

#include <stb_image_write.h>

#include <cmath>
#include <iostream>
#include <unistd.h>

#include "cli/atlas_session.hpp"
#include "cli/gl_context.hpp"

namespace atlas::app {

std::string writePngAtomically(const std::filesystem::path& path, int width, int height,
                               const std::vector<std::uint8_t>& rgba) {
    const std::filesystem::path tmp = path.string() + ".tmp-" + std::to_string(::getpid());
    if (!stbi_write_png(tmp.c_str(), width, height, 4, rgba.data(), width * 4)) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return "cannot write " + tmp.string();
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return "cannot move the image into place: " + ec.message();
    }
    return {};
}

int runRender(const Options& o, const std::filesystem::path& dataRoot) {
    const std::filesystem::path geodata = o.geodata.value_or(dataRoot / "geodata");
    GlWindow window(64, 64, "caucasus-atlas render", false);
    AtlasSession session(geodata, o.projection);
    bool fatal = false;
    for (const auto& issue : session.model().issues) {
        std::cerr << "caucasus-atlas: " << (issue.severity == core::Severity::Error ? "error: " : "warning: ")
                  << issue.toString() << "\n";
        fatal |= issue.severity == core::Severity::Error;
    }
    if (fatal) return 1;

    core::AppState state;
    state.projection = o.projection;
    state.viewport = {static_cast<double>(o.width), static_cast<double>(o.height)};
    state.frame.labels = o.labels;
    state.frame.graticule = o.graticule;
    state.frame.legend = o.legend;
    state.frame.stamp = o.stamp;
    state.frame.footer = o.footer;
    if (auto n = core::namingFromString(o.naming)) state.naming = *n;
    state.time.year = o.year;
    state.time.range = o.range;
    const core::BBox frameBox = o.bbox ? core::projectBBox(*o.bbox, session.projector()) : session.scene().homeBounds;
    state.camera = core::homeCamera(frameBox, state.viewport);

    render::RenderTarget target;
    const int w = static_cast<int>(std::lround(static_cast<double>(o.width) * o.scale));
    const int h = static_cast<int>(std::lround(static_cast<double>(o.height) * o.scale));
    target.resize(w, h, 4);
    session.drawFrame(state, o.scale, target);
    const std::string err = writePngAtomically(*o.out, w, h, target.readPixels());
    if (!err.empty()) {
        std::cerr << "caucasus-atlas: error: " << o.out->string() << ": " << err << "\n";
        return 1;
    }
    return 0;
}

}  // namespace atlas::app
