#include "core/explore/timeline_scale.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

TimelineScale::TimelineScale(int first, int last, const std::vector<int>& eventYears)
    : m_first(std::min(first, last)), m_last(std::max(first, last)) {
    const std::size_t n = static_cast<std::size_t>(m_last - m_first + 1);
    std::vector<double> weight(n, kQuietWeight);
    for (int y : eventYears)
        for (int d = -kBusyReach; d <= kBusyReach; ++d) {
            const long i = long(y) + d - m_first;
            if (i >= 0 && i < long(n)) weight[std::size_t(i)] = kBusyWeight;
        }
    m_edge.assign(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i) m_edge[i + 1] = m_edge[i] + weight[i];
    const double total = m_edge.back();
    for (double& e : m_edge) e /= total;
}

double TimelineScale::fraction(int year) const {
    const std::size_t i = static_cast<std::size_t>(std::clamp(year, m_first, m_last) - m_first);
    return 0.5 * (m_edge[i] + m_edge[i + 1]);
}

int TimelineScale::yearAt(double f) const {
    if (!(f > 0.0)) return m_first;  // also NaN
    if (f >= 1.0) return m_last;
    const auto it = std::upper_bound(m_edge.begin(), m_edge.end(), f);
    return m_first + static_cast<int>(std::distance(m_edge.begin(), it)) - 1;
}

double TimelineScale::share(int a, int b) const {
    if (a > b) std::swap(a, b);
    const auto i = static_cast<std::size_t>(std::clamp(a, m_first, m_last) - m_first);
    const auto j = static_cast<std::size_t>(std::clamp(b, m_first, m_last) - m_first);
    return m_edge[j + 1] - m_edge[i];
}

std::vector<int> TimelineScale::labelYears(double widthPx, double gapPx) const {
    std::vector<double> taken;  // pixel positions already labelled
    std::vector<int> out;
    const auto tryAdd = [&](int y) {
        const double x = fraction(y) * widthPx;
        for (double t : taken)
            if (std::abs(t - x) < gapPx) return;
        taken.push_back(x);
        out.push_back(y);
    };
    tryAdd(m_first);
    tryAdd(m_last);
    for (int step : {100, 50, 25, 10, 5})
        for (int y = (m_first + step - 1) / step * step; y <= m_last; y += step) tryAdd(y);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace atlas::core
