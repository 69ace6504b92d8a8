// Every character the corpus, the linking fixtures and the gazetteer's names use has a glyph in the interface's
// merged font (core::fonts::kInterfaceFaces): no "?" on a slide or in a panel.
#include <catch2/catch.hpp>

#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/fonts.hpp"
#include "core/text/utf8.hpp"

namespace fs = std::filesystem;
using namespace atlas::core;

namespace {

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Where each code point comes from (a file), for the failure message.
using Sources = std::map<char32_t, std::string>;

void addText(Sources& out, const std::string& text, const std::string& source) {
    for (char32_t c : toCodepoints(text))
        if (c >= 0x20) out.emplace(c, source);
}

/// Every string under a JSON value: the gazetteer's names, alternative names and their languages' forms.
void addStrings(Sources& out, const nlohmann::json& j, const std::string& source) {
    if (j.is_string()) addText(out, j.get<std::string>(), source);
    else if (j.is_object() || j.is_array())
        for (const auto& v : j) addStrings(out, v, source);
}

struct Face {
    std::string data;
    stbtt_fontinfo info{};
    const std::uint16_t* ranges = nullptr;
};

bool inRanges(const std::uint16_t* r, char32_t c) {
    for (; r[0] != 0; r += 2)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

}  // namespace

TEST_CASE("every code point of the corpus, the linking texts and the gazetteer's names has a glyph", "[fonts]") {
    const fs::path root = ATLAS_SOURCE_DIR;
    Sources used;
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(root / "corpus"))
        if (e.path().extension() == ".txt") addText(used, readAll(e.path()), e.path().string()), ++files;
    for (const auto& e : fs::directory_iterator(root / "tests/data/linking"))
        if (e.path().extension() == ".txt") addText(used, readAll(e.path()), e.path().string()), ++files;
    const auto gazetteer = nlohmann::json::parse(readAll(root / "geodata/gazetteer.geojson"));
    for (const auto& f : gazetteer.at("features")) addStrings(used, f.at("properties"), "geodata/gazetteer.geojson");
    REQUIRE(files >= 6);
    // The characters the issue names: Armenian, Cyrillic, Azerbaijani ə, superscript 8, typographic quotes, dashes.
    for (char32_t c : {U'\u0531', U'\u0410', U'\u0259', U'\u2078', U'\u201C', U'\u2013', U'\u2014'})
        CHECK(used.count(c) == 1);

    std::vector<Face> faces;
    for (const fonts::InterfaceFace& f : fonts::kInterfaceFaces) {
        Face face;
        face.data = readAll(f.path());
        INFO("font " << f.path());
        REQUIRE_FALSE(face.data.empty());
        const auto* bytes = reinterpret_cast<const unsigned char*>(face.data.data());
        REQUIRE(stbtt_InitFont(&face.info, bytes, stbtt_GetFontOffsetForIndex(bytes, 0)) != 0);
        face.ranges = f.ranges;
        faces.push_back(std::move(face));
    }
    std::vector<std::string> missing;
    for (const auto& [c, source] : used) {
        bool found = false;
        for (auto& face : faces)  // a face supplies a glyph only for the ranges it is merged with
            if (inRanges(face.ranges, c) && stbtt_FindGlyphIndex(&face.info, static_cast<int>(c)) != 0) found = true;
        if (!found) {
            std::ostringstream s;
            s << "U+" << std::hex << std::uppercase << static_cast<unsigned>(c) << " (from " << source << ")";
            missing.push_back(s.str());
        }
    }
    std::string list;
    for (const auto& m : missing) list += m + "\n";
    INFO("checked " << used.size() << " code points; without a glyph:\n" << list);
    CHECK(missing.empty());
}
