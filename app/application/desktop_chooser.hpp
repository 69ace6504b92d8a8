// The desktop's file chooser as a child process (zenity, kdialog), started and polled without blocking the frame.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>

#include "core/files/desktop_chooser.hpp"

namespace atlas::app {

/// Which chooser this session uses (core::chooserTool over ATLAS_FILE_CHOOSER, PATH and the display); a warning
/// for a bad ATLAS_FILE_CHOOSER goes to `warning`.
core::ChooserTool desktopChooserTool(std::string& warning);

class DesktopChooser {
public:
    explicit DesktopChooser(core::ChooserTool tool) : m_tool(tool) {}
    ~DesktopChooser();
    DesktopChooser(const DesktopChooser&) = delete;
    DesktopChooser& operator=(const DesktopChooser&) = delete;

    [[nodiscard]] core::ChooserTool tool() const { return m_tool; }
    [[nodiscard]] bool running() const { return m_pid > 0; }
    /// Starts the chooser for `use`; false (and `error`) when it could not be started.
    bool start(core::FileUse use, const std::string& folder, const std::string& name, std::string& error);

    struct Answer {
        std::string path;        // empty: cancelled
        bool confirmed = false;  // the chooser asked before replacing an existing file
    };
    /// Once the chooser has exited: its answer (read without blocking; nullopt while it runs).
    std::optional<Answer> poll();

private:
    core::ChooserTool m_tool;
    pid_t m_pid = -1;
    int m_out = -1;  // the read end of its stdout
    std::string m_output;
};

}  // namespace atlas::app
