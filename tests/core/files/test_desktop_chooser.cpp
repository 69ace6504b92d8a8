// Which desktop chooser runs (ATLAS_FILE_CHOOSER, PATH, display) and the command lines it gets.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/files/desktop_chooser.hpp"

using namespace atlas::core;

TEST_CASE("desktop chooser: ATLAS_FILE_CHOOSER, PATH and the display decide", "[files]") {
    std::string w;
    CHECK(chooserTool(std::nullopt, true, true, true, w) == ChooserTool::Zenity);
    CHECK(chooserTool("auto", false, true, true, w) == ChooserTool::Kdialog);
    CHECK(chooserTool(std::nullopt, true, true, false, w) == ChooserTool::Builtin);  // no display (CI)
    CHECK(chooserTool(std::nullopt, false, false, true, w) == ChooserTool::Builtin);  // neither installed
    CHECK(chooserTool("builtin", true, true, true, w) == ChooserTool::Builtin);        // forced in-app
    CHECK(w.empty());
    CHECK(chooserTool("kdialog", true, true, true, w) == ChooserTool::Kdialog);
    CHECK(chooserTool("kdialog", true, false, true, w) == ChooserTool::Builtin);
    CHECK_THAT(w, Catch::Contains("kdialog is not on PATH"));
    w.clear();
    CHECK(chooserTool("gtk", true, true, true, w) == ChooserTool::Builtin);
    CHECK_THAT(w, Catch::Contains("ATLAS_FILE_CHOOSER=gtk"));
}

TEST_CASE("desktop chooser: zenity saves confirm overwrites and filter by the use's type", "[files]") {
    const auto args = chooserCommand(ChooserTool::Zenity, FileUse::ExportPng, "/maps", "map-2023.png");
    REQUIRE_FALSE(args.empty());
    CHECK(args[0] == "zenity");
    const auto has = [&](const std::string& a) { return std::find(args.begin(), args.end(), a) != args.end(); };
    CHECK(has("--save"));
    CHECK(has("--confirm-overwrite"));
    CHECK(has("--filename=/maps/map-2023.png"));
    CHECK(has("--file-filter=PNG images (.png) | *.png"));
    CHECK(chooserConfirmsOverwrite(ChooserTool::Zenity));

    const auto open = chooserCommand(ChooserTool::Zenity, FileUse::OpenView, "/views", "");
    CHECK(std::find(open.begin(), open.end(), "--save") == open.end());
    const auto kde = chooserCommand(ChooserTool::Kdialog, FileUse::SaveDeck, "/talks", "story.json");
    REQUIRE(kde.size() == 6);
    CHECK(kde[3] == "--getsavefilename");
    CHECK(kde[4] == "/talks/story.json");
    CHECK(kde[5] == "*.json|JSON files (.json)");
    CHECK_FALSE(chooserConfirmsOverwrite(ChooserTool::Kdialog));  // asked again in the window
    CHECK(chooserCommand(ChooserTool::Builtin, FileUse::OpenView, "/", "").empty());
    CHECK(chooserAnswer("/maps/x.png\n") == "/maps/x.png");
    CHECK(chooserAnswer("").empty());
}
