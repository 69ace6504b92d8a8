// GEOS interruption: one process-wide callback that requests an interrupt when the calling thread is out of time.
#include "geoio/geometry_limits.hpp"

#include <geos_c.h>

#include <atomic>
#include <mutex>

namespace atlas::geoio {
namespace {

std::atomic<bool> g_cancelled{false};
thread_local const GeometryDeadline* t_deadline = nullptr;

// GEOS (3.11) calls this from its interruption checks on whichever thread is working. Its interrupt flag is
// process-wide, so another thread may see the request first; callers retry an interruption that was not theirs.
void interruptCheck() {
    if (t_deadline && t_deadline->expired()) GEOS_interruptRequest();
}

void installCallback() {
    static std::once_flag once;
    std::call_once(once, [] { GEOS_interruptRegisterCallback(interruptCheck); });
}

}  // namespace

GeometryLimits& geometryLimits() {
    static GeometryLimits limits;
    return limits;
}

void cancelGeometryWork(bool cancel) { g_cancelled = cancel; }
bool geometryWorkCancelled() { return g_cancelled; }

GeometryDeadline::GeometryDeadline(std::chrono::steady_clock::time_point deadline)
    : m_deadline(deadline), m_outer(t_deadline) {
    installCallback();
    t_deadline = this;
}

GeometryDeadline::~GeometryDeadline() { t_deadline = m_outer; }

bool GeometryDeadline::expired() const { return g_cancelled || std::chrono::steady_clock::now() >= m_deadline; }

bool geometryDeadlinePassed() { return g_cancelled || (t_deadline && t_deadline->expired()); }

}  // namespace atlas::geoio
