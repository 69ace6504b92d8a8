// Reading what can be read from a damaged GeoJSON FeatureCollection: its features split apart, bad bytes repaired.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

/// One element of the top-level "features" array, as text, and where it starts in the file.
struct FeatureSlice {
    std::size_t offset = 0;
    std::string_view text;
    bool cutOff = false;  // the file ends inside it
};

struct FeatureSlices {
    bool collection = false;  // the root object says "type": "FeatureCollection"
    bool hasArray = false;    // a top-level "features": [ ... ] was found
    std::vector<FeatureSlice> items;
};

/// Splits the features array without parsing the elements (strings and nesting respected), so that one broken
/// element does not hide the others. Linear time.
FeatureSlices sliceFeatures(std::string_view text);

/// Bytes repaired in one piece of JSON text.
struct JsonRepair {
    std::string text;             // the repaired text
    std::size_t invalidUtf8 = 0;  // malformed UTF-8 sequences replaced by U+FFFD
    std::size_t badEscapes = 0;   // \uD800-\uDFFF escapes without their pair, replaced by \uFFFD
    std::size_t firstAt = 0;      // offset of the first repair within the input
};

/// Replaces malformed UTF-8 and unpaired surrogate escapes, which a JSON parser refuses, by U+FFFD.
JsonRepair repairJsonText(std::string_view text);

/// The first "id": "…" string value in a piece of JSON text (to name a record that does not parse), or "".
std::string guessRecordId(std::string_view text);

/// A JSON parser's complaint in a few words with the byte it is at, e.g. "unexpected end of input (at byte 58)".
std::string jsonErrorText(std::string_view text, std::size_t offsetInFile);

}  // namespace atlas::core
