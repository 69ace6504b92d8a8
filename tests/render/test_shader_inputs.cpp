// The map programs declare one set of fragment inputs (shaders/fill.vert explains why: llvmpipe compiles one
// triangle-setup function per distinct set, ~4 ms each at a process's first draw); the fill program has it when
// ATLAS_SHARED_INPUTS is defined (the one-picture commands), else its colour alone.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "render/shader_sources.hpp"

namespace {

/// The declarations of `keyword` variables ("in" or "out", with their interpolation qualifier) outside comments,
/// each with its whitespace squeezed, in order; attributes with a layout qualifier are left out.
std::vector<std::string> declarations(const std::string& source, const std::string& keyword) {
    std::vector<std::string> out;
    std::istringstream lines(source);
    const std::regex decl("^\\s*((flat|smooth|noperspective)\\s+)?" + keyword + "\\s+\\w+\\s+\\w+\\s*;");
    for (std::string line; std::getline(lines, line);) {
        line = line.substr(0, line.find("//"));
        std::smatch m;
        if (!std::regex_search(line, m, decl)) continue;
        std::string squeezed = std::regex_replace(m.str(), std::regex("\\s+"), " ");
        if (!squeezed.empty() && squeezed.front() == ' ') squeezed.erase(0, 1);
        out.push_back(squeezed);
    }
    return out;
}

}  // namespace

TEST_CASE("shaders: the map programs share one set of fragment inputs", "[shaders]") {
    const auto& sources = atlas::render::shaderSources();
    const std::vector<std::string> ins = {"in vec4 v_a;", "flat in vec4 v_b;", "flat in vec4 v_c;"};
    const std::vector<std::string> outs = {"out vec4 v_a;", "flat out vec4 v_b;", "flat out vec4 v_c;"};
    for (const std::string program : {"fill", "line", "point", "text"}) {
        CAPTURE(program);
        REQUIRE(sources.count(program + ".frag") == 1);
        REQUIRE(sources.count(program + ".vert") == 1);
        CHECK(declarations(sources.at(program + ".frag"), "in") == ins);
        CHECK(declarations(sources.at(program + ".vert"), "out") == outs);
        if (program == "fill")  // v_b and v_c only with the define; v_a always
            for (const char* stage : {".vert", ".frag"}) {
                const std::string& s = sources.at(program + stage);
                const auto ifdef = s.find("#ifdef ATLAS_SHARED_INPUTS");
                REQUIRE(ifdef != std::string::npos);
                CHECK(s.find("v_a;") < ifdef);
                CHECK(s.find("v_b;") > ifdef);
                CHECK(s.find("v_c;") > ifdef);
            }
    }
    // The check itself: another set of inputs is seen.
    CHECK(declarations("in vec2 v_uv;\nflat in vec4 v_b; // x\n// in vec4 v_c;\n", "in") ==
          std::vector<std::string>{"in vec2 v_uv;", "flat in vec4 v_b;"});
}
