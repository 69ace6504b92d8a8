// Running zenity or kdialog: posix_spawn with stdout on a non-blocking pipe, polled once a frame.
#include "application/desktop_chooser.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <vector>

extern char** environ;

namespace atlas::app {
namespace {

bool onPath(const char* program) {
    const char* path = std::getenv("PATH");
    if (!path) return false;
    std::stringstream folders(path);
    for (std::string folder; std::getline(folders, folder, ':');)
        if (!folder.empty() && ::access((std::filesystem::path(folder) / program).c_str(), X_OK) == 0) return true;
    return false;
}

bool hasEnv(const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
}

}  // namespace

core::ChooserTool desktopChooserTool(std::string& warning) {
    const char* env = std::getenv("ATLAS_FILE_CHOOSER");
    return core::chooserTool(env ? std::optional<std::string_view>(env) : std::nullopt, onPath("zenity"),
                             onPath("kdialog"), hasEnv("DISPLAY") || hasEnv("WAYLAND_DISPLAY"), warning);
}

DesktopChooser::~DesktopChooser() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);  // the window is closing: its chooser goes too
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    if (m_out >= 0) ::close(m_out);
}

bool DesktopChooser::start(core::FileUse use, const std::string& folder, const std::string& name, std::string& error) {
    if (running() || m_tool == core::ChooserTool::Builtin) return false;
    const std::vector<std::string> args = core::chooserCommand(m_tool, use, folder, name);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        error = std::string("cannot make a pipe: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (rc != 0) {
        ::close(pipeFds[0]);
        error = args[0] + " could not be started: " + std::strerror(rc);
        return false;
    }
    ::fcntl(pipeFds[0], F_SETFL, ::fcntl(pipeFds[0], F_GETFL) | O_NONBLOCK);
    m_pid = pid;
    m_out = pipeFds[0];
    m_output.clear();
    return true;
}

std::optional<DesktopChooser::Answer> DesktopChooser::poll() {
    if (m_pid <= 0) return std::nullopt;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(m_out, buf, sizeof buf);
        if (n > 0) m_output.append(buf, static_cast<std::size_t>(n));
        if (n <= 0 || m_output.size() > 65536) break;
    }
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) != m_pid) return std::nullopt;
    for (ssize_t n; (n = ::read(m_out, buf, sizeof buf)) > 0;) m_output.append(buf, static_cast<std::size_t>(n));
    ::close(m_out);
    m_out = -1;
    m_pid = -1;
    Answer answer;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        answer.path = core::chooserAnswer(m_output);
        answer.confirmed = core::chooserConfirmsOverwrite(m_tool);
    }
    return answer;
}

}  // namespace atlas::app
