// Which side's names the map shows: English (primary), Armenian usage, Azerbaijani usage, or both side by side.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

enum class NamingChoice { English, Armenian, Azerbaijani, Both };
inline constexpr NamingChoice kAllNamingChoices[] = {NamingChoice::English, NamingChoice::Armenian,
                                                     NamingChoice::Azerbaijani, NamingChoice::Both};

inline constexpr EnumName<NamingChoice> kNamingKeys[] = {{NamingChoice::English, "english"},
                                                         {NamingChoice::Armenian, "armenian"},
                                                         {NamingChoice::Azerbaijani, "azerbaijani"},
                                                         {NamingChoice::Both, "both"}};
constexpr std::span<const EnumName<NamingChoice>> namesOf(NamingChoice) { return kNamingKeys; }

/// "english", "armenian", "azerbaijani", "both" (the --naming values); nullopt for anything else.
std::optional<NamingChoice> namingFromString(std::string_view key);
std::string_view namingKey(NamingChoice choice);

/// The primary name (the English display name); the first name when none is marked primary; "" without names.
const Name* primaryName(const GazetteerFeature& feature);

/// The name one side uses, for an English-language map: the first Latin-script name with lang "en" whose usage
/// includes `side` (Armenian or Azerbaijani) and that is not a misspelling; nullptr when there is none.
const Name* sideName(const GazetteerFeature& feature, NameUsage side);

/// English: primary. Armenian / Azerbaijani: sideName, else the primary. Both: "Armenian / Azerbaijani" when they
/// differ, else the one name. Neither side is preferred: Both always puts the two in this fixed order.
std::string displayName(const GazetteerFeature& feature, NamingChoice choice);

/// Names written in an ISO 15924 script ("Latn", "Armn", "Cyrl" ...), in file order.
std::vector<const Name*> namesInScript(const GazetteerFeature& feature, std::string_view script);

/// Names whose usage includes `usage`, in file order.
std::vector<const Name*> namesWithUsage(const GazetteerFeature& feature, NameUsage usage);

}  // namespace atlas::core
