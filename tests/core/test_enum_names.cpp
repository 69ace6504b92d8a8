// Every enum with a name table: each value named once, in enum order, and both directions agree (round trips).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/corpus/passage.hpp"
#include "core/enum_names.hpp"
#include "core/gazetteer/gazetteer.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/feature_output.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/map/user_layer.hpp"
#include "core/projector.hpp"
#include "core/state/key_bindings.hpp"
#include "core/state/soak.hpp"
#include "core/state/view_state.hpp"

using namespace atlas::core;

namespace {

/// The table covers the values 0..last exactly once, in order, with distinct non-empty names, and
/// enumName / enumFromName take each value to its name and back.
template <class E>
void checkTable(E last) {
    const auto table = namesOf(E{});
    const auto count = static_cast<std::size_t>(last) + 1;
    REQUIRE(table.size() == count);
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < count; ++i) {
        const auto value = static_cast<E>(i);
        INFO("value " << i << " named '" << table[i].name << "'");
        CHECK(table[i].value == value);
        CHECK_FALSE(table[i].name.empty());
        CHECK(names.insert(table[i].name).second);
        const std::string_view name = enumName(value);
        CHECK(name == table[i].name);
        const auto back = enumFromName<E>(name);
        REQUIRE(back);
        CHECK(*back == value);
    }
    CHECK_FALSE(enumFromName<E>("no such name"));
    CHECK_FALSE(enumFromName<E>(""));
    CHECK(enumName(static_cast<E>(count), "fallback") == "fallback");
}

}  // namespace

TEST_CASE("every enum's name table round-trips every value", "[enum]") {
    checkTable(ProjectionId::PlateCarree);
    checkTable(NamingChoice::Both);
    checkTable(FeatureKind::Water);
    checkTable(Accuracy::Schematic);
    checkTable(NameUsage::Turkish);
    checkTable(PassageKind::PullQuote);
    checkTable(UserGeometryKind::Mixed);
    checkTable(TimeDisplay::Fade);
    checkTable(static_cast<SoakStep>(static_cast<int>(SoakStep::Count) - 1));
    checkTable(Key::F11);
}

TEST_CASE("the named functions keep their names and their fallbacks", "[enum]") {
    CHECK(projectionKey(ProjectionId::Utm38N) == "utm38n");
    CHECK(projectionFromKey("webmercator") == ProjectionId::WebMercator);
    CHECK_FALSE(projectionFromKey("LCC"));
    CHECK(projectionKey(static_cast<ProjectionId>(99)) == "lcc");
    CHECK(namingKey(NamingChoice::Azerbaijani) == "azerbaijani");
    CHECK(namingFromString("both") == NamingChoice::Both);
    CHECK(featureKindName(FeatureKind::Corridor) == "corridor");
    CHECK(featureKindFromString("water") == FeatureKind::Water);
    CHECK(nameUsageName(NameUsage::Turkish) == "turkish");
    CHECK(nameUsageFromString("misspelling") == NameUsage::Misspelling);
    CHECK(accuracyName(Accuracy::Schematic) == "schematic");
    CHECK(passageKindName(PassageKind::FrontMatter) == "front-matter");
    CHECK(userGeometryKindName(UserGeometryKind::None) == "no geometry");
    CHECK(timeDisplayKey(TimeDisplay::Fade) == "fade");
    CHECK(timeDisplayFromKey("hide") == TimeDisplay::Hide);
    CHECK(soakStepName(SoakStep::PresentToggle) == "present");
    CHECK(soakStepName(SoakStep::Count) == "?");
    CHECK(keyName(Key::PageDown) == "Page Down");
}
