// `caucasus-atlas render`: the window's renderer, offscreen, into a PNG.
#pragma once

#include <filesystem>
#include <cstdint>
#include <string>
#include <vector>

#include "application/options.hpp"
#include "application/png_writer.hpp"
#include "render/map_renderer.hpp"

namespace atlas::app {

/// Returns the process exit code; prints one error line on failure.
int runRender(const Options& options, const std::filesystem::path& dataRoot);

class AtlasSession;
/// Prints the map data's load issues on stderr (`caucasus-atlas: error: …` / `warning: …`), as every offscreen
/// command (render, --animate, --handout) reports them; true when one is an error and the command must stop.
bool printModelIssues(const AtlasSession& session);

/// The map's programs for a command that draws pictures one at a time (render, --animate, --handout), built on the GL
/// thread while the data may still be loading: the fill program with the others' fragment inputs (one llvmpipe
/// setup function for all four), their binaries kept in the cache folder. Needs the current GL context.
render::MapPrograms onePicturePrograms();

/// Writes RGBA8 pixels as PNG through core::writeFileAtomically. Returns the reason it failed (without the file
/// name, which callers print) or empty.
std::string writePngAtomically(const std::filesystem::path& path, int width, int height,
                               const std::vector<std::uint8_t>& rgba,
                               PngCompression compression = PngCompression::Fast);

/// The file of slide `number` (from 1) of `count` for `render --all`: map.png -> map-01.png (at least two
/// digits, more when the deck has 100 slides or more).
std::filesystem::path numberedOutput(const std::filesystem::path& out, std::size_t number, std::size_t count);

}  // namespace atlas::app
