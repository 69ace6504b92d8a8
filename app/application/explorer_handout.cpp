// File > Export handout…: the command core::apply returns for it, run with the window's session and corpus.
#include "application/explorer_ui.hpp"

#include <filesystem>
#include <iostream>

#include "application/handout.hpp"

namespace atlas::app {

void ExplorerUi::exportHandout(const core::command::ExportHandout& e, const core::AppState& state) {
    HandoutRequest request;  // the size the bundled slides were framed for, whatever the window's size
    request.out = e.path;
    request.sessionProjection = state.projection;
    const HandoutWritten written = writeHandout(m_session, m_data, e.deck, "deck", request);
    for (const auto& w : written.warnings) addIssue(core::Severity::Warning, e.path, w);
    if (written.error) {
        addIssue(core::Severity::Error, e.path, *written.error + "; the handout was not exported");
        return;
    }
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(e.path, ec);
    const std::string shown = ec ? e.path : absolute.lexically_normal().string();
    std::cerr << "caucasus-atlas: exported the handout (" << written.pages << " pages) to " << e.path << "\n";
    m_ui.notice = {"Exported the handout (" + std::to_string(written.pages) + " pages, PDF) to " + shown, -1.0};
}

}  // namespace atlas::app
