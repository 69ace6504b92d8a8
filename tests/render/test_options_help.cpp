// `--help` is complete and true: every option it names is one the parser takes, and every option the parser takes
// (read from its source, app/application/options.cpp) is in the help.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "application/options.hpp"

namespace {

std::set<std::string> optionsIn(const std::string& text, const std::regex& pattern) {
    std::set<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

/// True when the parser knows `option` in some command, with or without a value: any error but "unknown option".
bool parserKnows(const std::string& option) {
    const std::vector<std::vector<std::string>> contexts = {
        {"render", "--out", "x.png"}, {"index"}, {"features"}, {"check"}, {"export"}, {}};
    for (const auto& context : contexts)
        for (const std::string value : {"", "1"}) {
            std::vector<std::string> args = context;
            args.push_back(option);
            if (!value.empty()) args.push_back(value);
            try {
                (void)atlas::app::parseOptions(args);
                return true;
            } catch (const std::exception& e) {
                if (std::string(e.what()).rfind("unknown option", 0) != 0) return true;
            }
        }
    return false;
}

}  // namespace

TEST_CASE("--help names only options the parser takes", "[options]") {
    const std::string help = atlas::app::helpText();
    const auto named = optionsIn(help, std::regex(R"((--[a-z][a-z-]*))"));
    REQUIRE(named.size() > 20);
    for (const std::string& option : named) {
        INFO(option);
        CHECK(parserKnows(option));
    }
    CHECK_FALSE(parserKnows("--no-such-option"));  // the check itself can fail
}

TEST_CASE("--help names every option the parser takes", "[options]") {
    std::ifstream in(std::string(ATLAS_SOURCE_DIR) + "/app/application/options.cpp");
    REQUIRE(in);
    std::stringstream source;
    source << in.rdbuf();
    const auto parsed = optionsIn(source.str(), std::regex(R"re(a == "(--[a-z][a-z-]*)")re"));
    REQUIRE(parsed.size() > 20);
    const std::string help = atlas::app::helpText();
    for (const std::string& option : parsed) {
        INFO(option);
        CHECK(std::regex_search(help, std::regex(option + "([^a-z-]|$)")));
    }
}
