// Bounds on GEOS work: a per-thread deadline and a process-wide cancel flag that interrupt GEOS mid-operation.
#pragma once

#include <chrono>
#include <cstddef>

namespace atlas::geoio {

/// How much work one feature's levels of detail may take before the feature is drawn as an outline only.
struct GeometryLimits {
    std::size_t maxRepairCrossings = 1000;   // an invalid polygon whose edges meet more often is not repaired
    std::size_t maxSweepVisits = 20'000'000;  // work cap of the crossing count itself
    std::chrono::milliseconds timePerFeature{3000};
};

/// The limits every buildLods call uses (tests lower them).
GeometryLimits& geometryLimits();

/// Asks every running geometry job to stop soon (quitting the window); `false` allows work again.
void cancelGeometryWork(bool cancel = true);
[[nodiscard]] bool geometryWorkCancelled();

/// While alive, GEOS calls on this thread are interrupted once `deadline` passes or work is cancelled.
class GeometryDeadline {
public:
    explicit GeometryDeadline(std::chrono::steady_clock::time_point deadline);
    ~GeometryDeadline();
    GeometryDeadline(const GeometryDeadline&) = delete;
    GeometryDeadline& operator=(const GeometryDeadline&) = delete;
    /// Whether the deadline has passed or the work was cancelled.
    [[nodiscard]] bool expired() const;

private:
    std::chrono::steady_clock::time_point m_deadline;
    const GeometryDeadline* m_outer;
};

/// Whether the deadline of this thread (if any) has passed or work was cancelled.
[[nodiscard]] bool geometryDeadlinePassed();

}  // namespace atlas::geoio
