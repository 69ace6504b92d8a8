// The Timeline's year scale: piecewise linear, giving the years the corpus's events crowd into more room than the
// quiet centuries around them (a linear 1800–2025 slider gives 1988–2025 only 16 % of its width). Built from the
// event years; the inverse maps a position on the track back to a year.
#pragma once

#include <vector>

namespace atlas::core {

class TimelineScale {
public:
    /// Years `first`..`last` (inclusive). Each year weighs kQuietWeight, and kBusyWeight when an event falls within
    /// kBusyReach years of it; the track gives each year its weight's share of the width.
    TimelineScale(int first, int last, const std::vector<int>& eventYears);

    static constexpr double kQuietWeight = 0.12;
    static constexpr double kBusyWeight = 1.0;
    static constexpr int kBusyReach = 3;

    [[nodiscard]] int first() const { return m_first; }
    [[nodiscard]] int last() const { return m_last; }
    /// Where the middle of `year` sits on the track, 0..1 (clamped to the scale's years).
    [[nodiscard]] double fraction(int year) const;
    /// The year under position `f` (0..1, clamped).
    [[nodiscard]] int yearAt(double f) const;
    /// The share of the track the years a..b (inclusive) take.
    [[nodiscard]] double share(int a, int b) const;
    /// Years to label along a track `widthPx` wide, at least `gapPx` apart: round years (centuries, then 50, 25, 10
    /// and 5) in that order of preference, plus the first and last.
    [[nodiscard]] std::vector<int> labelYears(double widthPx, double gapPx) const;

private:
    int m_first, m_last;
    std::vector<double> m_edge;  // m_edge[i]: the track position where year first+i begins; size years+1, ends at 1
};

}  // namespace atlas::core
