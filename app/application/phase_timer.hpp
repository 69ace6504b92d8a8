// --timings: named phases of a command with their times since exec, printed to stderr.
#pragma once

#include <chrono>
#include <string>

namespace atlas::app {

/// Milliseconds since the process was exec'd (from /proc/self/stat, 10 ms resolution), -1 if unknown.
double msSinceExec();

class PhaseTimer {
public:
    explicit PhaseTimer(bool enabled);
    /// Prints "timings: NAME  +D ms  (T ms since exec)" when enabled: D since the previous mark.
    void mark(const std::string& name);
    [[nodiscard]] bool enabled() const { return m_enabled; }

private:
    bool m_enabled = false;
    double m_startSinceExec = 0;  // at construction
    std::chrono::steady_clock::time_point m_start{};
    std::chrono::steady_clock::time_point m_last{};
};

}  // namespace atlas::app
