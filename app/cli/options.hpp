// Command-line parsing for every subcommand; errors are one line naming the bad option.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/projector.hpp"

namespace atlas::app {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Options {
    std::string command = "view";  // view | render | index | help | version
    std::optional<std::filesystem::path> geodata;
    std::optional<std::filesystem::path> corpus;
    std::optional<std::filesystem::path> out;
    int width = 1920;
    int height = 1080;
    float scale = 1.0f;
    std::optional<core::BBox> bbox;  // lon/lat
    std::optional<int> year;
    core::ProjectionId projection = core::ProjectionId::LambertCaucasus;
    bool labels = true;
    bool graticule = true;
    bool json = false;
    bool csv = false;
    bool gaps = false;
};

/// Parses argv; throws UsageError("--size: expected WIDTHxHEIGHT, got 'abc'") and the like.
Options parseOptions(const std::vector<std::string>& args);

std::string helpText();

}  // namespace atlas::app
