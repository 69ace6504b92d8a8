// --timings: phase times measured with the steady clock, anchored at exec through /proc/self/stat.
#include "application/phase_timer.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace atlas::app {

double msSinceExec() {
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (!std::getline(stat, line)) return -1;
    const auto close = line.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i != 22) continue;
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double startS = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
        return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9 - startS) * 1000.0;
    }
    return -1;
}

PhaseTimer::PhaseTimer(bool enabled) : m_enabled(enabled) {
    if (!m_enabled) return;
    m_startSinceExec = msSinceExec();
    m_start = m_last = std::chrono::steady_clock::now();
    std::fprintf(stderr, "timings: %-28s %8.1f ms since exec (10 ms resolution)\n", "main", m_startSinceExec);
}

void PhaseTimer::mark(const std::string& name) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    const double step = std::chrono::duration<double, std::milli>(now - m_last).count();
    const double total = m_startSinceExec + std::chrono::duration<double, std::milli>(now - m_start).count();
    m_last = now;
    std::fprintf(stderr, "timings: %-28s %+8.1f ms %8.1f ms since exec\n", name.c_str(), step, total);
}

}  // namespace atlas::app
