// A string-aware scan of a FeatureCollection's top level and byte repairs for the text a JSON parser refuses.
#include "core/gazetteer/json_salvage.hpp"

#include <nlohmann/json.hpp>

#include "core/text/utf8.hpp"

namespace atlas::core {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s, std::size_t& offset) {
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
        ++offset;
    }
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The code unit of a \uXXXX escape starting at `pos` (the backslash), or -1.
long escapeUnit(std::string_view s, std::size_t pos) {
    if (pos + 6 > s.size() || s[pos] != '\\' || s[pos + 1] != 'u') return -1;
    long v = 0;
    for (std::size_t i = pos + 2; i < pos + 6; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

}  // namespace

FeatureSlices sliceFeatures(std::string_view text) {
    FeatureSlices out;
    int depth = 0, arrayDepth = -1;
    bool inString = false;
    std::size_t stringStart = 0, elementStart = 0;
    std::string lastTopString, previousTopString;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') {
                inString = false;
                if (depth == 1) {
                    previousTopString = std::move(lastTopString);
                    lastTopString = std::string(text.substr(stringStart, i - stringStart));
                    if (previousTopString == "type" && lastTopString == "FeatureCollection") out.collection = true;
                }
            }
            continue;
        }
        switch (c) {
            case '"':
                inString = true;
                stringStart = i + 1;
                break;
            case '{':
            case '[':
                ++depth;
                if (c == '[' && depth == 2 && arrayDepth < 0 && lastTopString == "features" && !out.hasArray) {
                    out.hasArray = true;
                    arrayDepth = depth;
                    elementStart = i + 1;
                }
                break;
            case '}':
            case ']':
            case ',':
                if (depth == arrayDepth && c != '}') {
                    std::size_t offset = elementStart;
                    const auto item = trim(text.substr(elementStart, i - elementStart), offset);
                    if (!item.empty()) out.items.push_back({offset, item, false});
                    elementStart = i + 1;
                    if (c == ']') arrayDepth = -2;  // done; later arrays named "features" are not ours
                }
                if (c != ',') --depth;
                break;
            default: break;
        }
    }
    if (arrayDepth > 0) {  // the file ended inside the array
        std::size_t offset = elementStart;
        const auto item = trim(text.substr(std::min(elementStart, text.size())), offset);
        if (!item.empty()) out.items.push_back({offset, item, true});
    }
    return out;
}

JsonRepair repairJsonText(std::string_view text) {
    JsonRepair r;
    r.text.reserve(text.size());
    auto note = [&](std::size_t at) {
        if (r.invalidUtf8 + r.badEscapes == 0) r.firstAt = at;
    };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\\' && i + 1 < text.size()) {
            const long unit = escapeUnit(text, i);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const long low = escapeUnit(text, i + 6);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    r.text.append(text.substr(i, 12));
                    i += 12;
                    continue;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF) {
                note(i);
                ++r.badEscapes;
                r.text += "\\ufffd";
                i += 6;
                continue;
            }
            r.text.append(text.substr(i, 2));  // any other escape, kept as it is
            i += 2;
            continue;
        }
        if (c < 0x80) {
            r.text += static_cast<char>(c);
            ++i;
            continue;
        }
        const Utf8Char u = decodeUtf8(text, i);
        if (u.valid) r.text.append(text.substr(i, u.length));
        else {
            note(i);
            ++r.invalidUtf8;
            appendUtf8(r.text, 0xFFFD);
        }
        i += u.length;
    }
    return r;
}

std::string guessRecordId(std::string_view text) {
    const std::size_t key = text.find("\"id\"");
    if (key == std::string_view::npos) return "";
    std::size_t i = key + 4;
    while (i < text.size() && (isSpace(text[i]) || text[i] == ':')) ++i;
    if (i >= text.size() || text[i] != '"') return "";
    const std::size_t end = text.find('"', i + 1);
    if (end == std::string_view::npos || end - i - 1 > 200) return "";
    return std::string(text.substr(i + 1, end - i - 1));
}

std::string jsonErrorText(std::string_view text, std::size_t offsetInFile) {
    try {
        const auto parsed = nlohmann::json::parse(text);
        if (!parsed.is_discarded()) return "not valid JSON";
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        const std::size_t dash = what.rfind(" - ");
        std::string reason = dash == std::string::npos ? std::string("not valid JSON") : what.substr(dash + 3);
        if (const std::size_t semi = reason.find(';'); semi != std::string::npos) reason.resize(semi);
        const std::size_t at = offsetInFile + (e.byte > 0 ? e.byte - 1 : 0);
        return reason + " (at byte " + std::to_string(at) + ")";
    } catch (const std::exception& e) {
        return e.what();
    }
    return "not valid JSON";
}

}  // namespace atlas::core
