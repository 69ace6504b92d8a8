// Routes and borders named by their two ends ("the Yerevan–Gyumri highway", "Goris to Stepanakert road"): the
// ends a corridor or border feature has, read from its own names, and the text shapes that name a route so.
#include <algorithm>
#include <array>

#include "core/corpus/matcher.hpp"

namespace atlas::core {

namespace {

constexpr std::array<std::string_view, 13> kRouteWords{"road",     "highway",  "motorway", "railway", "railroad",
                                                       "rail",     "line",     "bridge",   "border",  "pipeline",
                                                       "corridor", "route",    "crossing"};

}  // namespace

std::size_t routeWordAfter(std::string_view folded, std::size_t end) {
    if (end >= folded.size() || folded[end] != ' ') return 0;
    std::size_t e = end + 1;
    while (e < folded.size() && isFoldedWordByte(static_cast<unsigned char>(folded[e]))) ++e;
    const std::string_view word = folded.substr(end + 1, e - end - 1);
    return std::find(kRouteWords.begin(), kRouteWords.end(), word) != kRouteWords.end() ? e : 0;
}

bool joinsRouteEnds(std::string_view folded, std::size_t firstEnd, std::size_t secondBegin) {
    if (secondBegin < firstEnd) return false;
    const std::string_view gap = folded.substr(firstEnd, secondBegin - firstEnd);
    return gap == " " || gap == "-" || gap == " - " || gap == " to ";
}

std::uint64_t NameMatcher::endsKey(std::uint32_t a, std::uint32_t b) {
    if (a > b) std::swap(a, b);
    return (static_cast<std::uint64_t>(a) << 32) | b;
}

void NameMatcher::indexRouteEnds() {
    for (std::size_t i = 0; i < m_refs.size(); ++i) {
        const NameRef& ref = m_refs[i];
        const GazetteerFeature& f = m_features[ref.feature];
        if ((f.kind != FeatureKind::Corridor && f.kind != FeatureKind::Border) || ref.adjectival || ref.variant) continue;
        const std::string name = foldForMatch(f.names[ref.name].text);
        // The name's last word is a route word; before it, two names joined by a space, " - " or " to ".
        const std::size_t lastSpace = name.rfind(' ');
        if (lastSpace == std::string::npos || routeWordAfter(name, lastSpace) != name.size()) continue;
        const std::string ends = name.substr(0, lastSpace);
        auto whole = [&](const std::string& part) {
            const auto [pattern, end] = m_automaton.longestWordAt(part, 0);
            return end == part.size() ? pattern : NameAutomaton::kNone;
        };
        for (std::size_t cut = ends.find(' '); cut != std::string::npos; cut = ends.find(' ', cut + 1)) {
            for (std::string_view join : {" ", " - ", " to "}) {
                if (ends.compare(cut, join.size(), join) != 0) continue;
                const std::size_t pa = whole(ends.substr(0, cut));
                const std::size_t pb = whole(ends.substr(cut + join.size()));
                if (pa == NameAutomaton::kNone || pb == NameAutomaton::kNone) continue;
                for (std::uint32_t x = m_refBegin[pa]; x < m_refBegin[pa + 1]; ++x)
                    for (std::uint32_t y = m_refBegin[pb]; y < m_refBegin[pb + 1]; ++y) {
                        const std::uint32_t fa = m_refs[x].feature;
                        const std::uint32_t fb = m_refs[y].feature;
                        if (fa != fb && fa != ref.feature && fb != ref.feature)
                            m_routeByEnds.try_emplace(endsKey(fa, fb), static_cast<std::uint32_t>(i));
                    }
            }
        }
    }
}

std::vector<RouteCompound> NameMatcher::unknownRoutes(const Document& doc, const std::vector<Passage>& passages) const {
    Scratch scratch;
    std::vector<RouteCompound> out;
    scratch.compounds = &out;
    for (std::size_t i = 0; i < passages.size(); ++i) collect(doc, passages[i], static_cast<std::uint32_t>(i), scratch);
    return out;
}

}  // namespace atlas::core
