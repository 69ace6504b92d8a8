// Display names per naming choice; the rule is documented in docs/gazetteer.md.
#include "core/gazetteer/naming.hpp"

#include <algorithm>

namespace atlas::core {

namespace {

bool hasUsage(const Name& n, NameUsage u) { return std::find(n.usage.begin(), n.usage.end(), u) != n.usage.end(); }

}  // namespace

std::optional<NamingChoice> namingFromString(std::string_view key) { return enumFromName<NamingChoice>(key); }

std::string_view namingKey(NamingChoice choice) { return enumName(choice, "english"); }

const Name* primaryName(const GazetteerFeature& f) {
    for (const auto& n : f.names)
        if (n.primary) return &n;
    return f.names.empty() ? nullptr : &f.names.front();
}

const Name* sideName(const GazetteerFeature& f, NameUsage side) {
    for (const auto& n : f.names)
        if (n.script == "Latn" && n.lang == "en" && hasUsage(n, side) && !hasUsage(n, NameUsage::Misspelling) &&
            !n.adjectival)
            return &n;
    return nullptr;
}

std::string displayName(const GazetteerFeature& f, NamingChoice choice) {
    const Name* primary = primaryName(f);
    const std::string fallback = primary ? primary->text : f.id;
    auto side = [&](NameUsage u) {
        const Name* n = sideName(f, u);
        return n ? n->text : fallback;
    };
    switch (choice) {
        case NamingChoice::English: return fallback;
        case NamingChoice::Armenian: return side(NameUsage::Armenian);
        case NamingChoice::Azerbaijani: return side(NameUsage::Azerbaijani);
        case NamingChoice::Both: {
            const std::string hy = side(NameUsage::Armenian), az = side(NameUsage::Azerbaijani);
            return hy == az ? hy : hy + " / " + az;
        }
    }
    return fallback;
}

std::vector<const Name*> namesInScript(const GazetteerFeature& f, std::string_view script) {
    std::vector<const Name*> out;
    for (const auto& n : f.names)
        if (n.script == script) out.push_back(&n);
    return out;
}

std::vector<const Name*> namesWithUsage(const GazetteerFeature& f, NameUsage usage) {
    std::vector<const Name*> out;
    for (const auto& n : f.names)
        if (hasUsage(n, usage)) out.push_back(&n);
    return out;
}

}  // namespace atlas::core
