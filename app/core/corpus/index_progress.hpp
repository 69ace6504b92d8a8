// Progress of a corpus load and index, counted by the worker that does it and read by the UI thread.
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>

namespace atlas::core {

/// Thread-safe: the indexer calls beginPhase/advance (from any of its threads), the UI calls snapshot each frame.
class IndexProgress {
public:
    struct Snapshot {
        std::string phase;    // "Reading" (files read and extracted), "Linking" (documents split and matched)
        std::size_t done = 0;
        std::size_t total = 0;
        std::string current;  // the file being read or the document last linked
        [[nodiscard]] float fraction() const {
            return total == 0 ? 0.0f : static_cast<float>(done) / static_cast<float>(total);
        }
    };

    /// Starts a phase of `total` steps (done back to 0).
    void beginPhase(std::string_view phase, std::size_t total) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_phase = phase;
        m_total = total;
        m_done = 0;
        m_current.clear();
    }
    /// Adds `steps` to the current phase's total (a phase over several folders).
    void addTotal(std::size_t steps) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_total += steps;
    }
    /// Names the file being worked on without counting it done.
    void working(std::string_view file) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_current = file;
    }
    /// One more step of the phase done (`file` the one just finished).
    void advance(std::string_view file) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_done < m_total) ++m_done;
        m_current = file;
    }
    [[nodiscard]] Snapshot snapshot() const {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return {m_phase, m_done, m_total, m_current};
    }

private:
    mutable std::mutex m_mutex;
    std::string m_phase;
    std::size_t m_done = 0;
    std::size_t m_total = 0;
    std::string m_current;
};

}  // namespace atlas::core
