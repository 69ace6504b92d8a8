// The table of document readers by file extension, and helpers the readers share.
#include "geoio/document_readers.hpp"

#include <fstream>
#include <sstream>

#include "core/text/utf8.hpp"
#include "geoio/module_api.hpp"

namespace atlas::geoio {

namespace {

using Extract = std::optional<core::ExtractedText> (*)(std::string_view, std::string&);

core::DocumentReader fromFile(Extract extract) {
    return [extract](const std::filesystem::path& path, std::string& error) -> std::optional<core::ExtractedText> {
        std::string bytes;
        if (!core::readDocumentFile(path, bytes)) {
            error = "cannot read file; skipped";
            return std::nullopt;
        }
        return extract(bytes, error);
    };
}

bool isDigits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

core::DocumentReaders documentReaders() {
    core::DocumentReaders readers;
    for (const std::string_view ext : kDocumentReaderExtensions) {  // the list the executable knows unloaded
        const Extract extract = ext == ".pdf"    ? &extractPdf
                                : ext == ".docx" ? &extractDocx
                                : ext == ".odt"  ? &extractOdt
                                                 : &extractHtml;
        readers.emplace(std::string(ext), fromFile(extract));
    }
    return readers;
}

namespace detail {

std::optional<std::string> isoDatePrefix(std::string_view v) {
    const std::string s = collapseSpaces(v);
    std::string_view t = s;
    if (t.rfind("D:", 0) == 0) {  // PDF date: D:YYYYMMDDHHmmSS…
        t.remove_prefix(2);
        if (t.size() >= 8 && isDigits(t.substr(0, 8)))
            return std::string(t.substr(0, 4)) + "-" + std::string(t.substr(4, 2)) + "-" + std::string(t.substr(6, 2));
        if (t.size() >= 4 && isDigits(t.substr(0, 4))) return std::string(t.substr(0, 4));
        return std::nullopt;
    }
    if (t.size() < 4 || !isDigits(t.substr(0, 4))) return std::nullopt;
    if (t.size() >= 10 && t[4] == '-' && t[7] == '-' && isDigits(t.substr(5, 2)) && isDigits(t.substr(8, 2)) &&
        (t.size() == 10 || !isDigits(t.substr(10, 1))))
        return std::string(t.substr(0, 10));
    if (t.size() == 7 && t[4] == '-' && isDigits(t.substr(5, 2))) return std::string(t);
    if (t.size() == 4) return std::string(t);
    return std::nullopt;
}

std::string collapseSpaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::string repairUtf8(std::string text) {
    if (core::countInvalidUtf8(text) == 0) return text;
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t pos = 0; pos < text.size();) {
        const core::Utf8Char c = core::decodeUtf8(text, pos);
        if (c.valid) out.append(text, pos, c.length);
        else core::appendUtf8(out, U'\uFFFD');
        pos += c.length;
    }
    return out;
}

}  // namespace detail

}  // namespace atlas::geoio
