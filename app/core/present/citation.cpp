// Citation strings from the manifest and passage position; sentence extraction over a passage's original bytes.
#include "core/present/citation.hpp"

#include <array>
#include <cctype>
#include <string_view>

#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {
namespace {

/// A passage's byte ranges laid end to end (joined by one space) with the way back to file offsets.
struct FlatText {
    struct Segment {
        std::size_t flatBegin;
        std::size_t fileBegin;
        std::size_t length;
    };
    std::string text;
    std::vector<Segment> segments;

    FlatText(std::string_view bytes, const std::vector<ByteRange>& ranges) {
        for (const auto& r : ranges) {
            if (!text.empty()) text += ' ';
            const std::size_t end = std::min(r.end, bytes.size());
            const std::size_t begin = std::min(r.begin, end);
            segments.push_back({text.size(), begin, end - begin});
            text.append(bytes.substr(begin, end - begin));
        }
    }
    [[nodiscard]] std::optional<std::size_t> toFlat(std::size_t fileOffset, bool isEnd) const {
        for (const auto& s : segments)
            if (fileOffset >= s.fileBegin && (fileOffset < s.fileBegin + s.length ||
                                              (isEnd && fileOffset == s.fileBegin + s.length)))
                return s.flatBegin + (fileOffset - s.fileBegin);
        return std::nullopt;
    }
    [[nodiscard]] std::vector<ByteRange> toFile(std::size_t a, std::size_t b) const {
        std::vector<ByteRange> out;
        for (const auto& s : segments) {
            const std::size_t lo = std::max(a, s.flatBegin);
            const std::size_t hi = std::min(b, s.flatBegin + s.length);
            if (lo < hi) out.push_back({s.fileBegin + (lo - s.flatBegin), s.fileBegin + (hi - s.flatBegin)});
        }
        return out;
    }
};

bool isTerminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == U'…'; }
bool isCloser(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == U'”' || c == U'’' || c == U'»' || c == '*' ||
           superscriptDigit(c) >= 0;
}

/// The token ending at `end` (exclusive) is an abbreviation or an initial, so its full stop ends no sentence.
bool abbreviationBefore(std::string_view text, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) --start;
    const std::string_view token = text.substr(start, end - start);
    if (token.empty()) return false;
    if (token.find('.') != std::string_view::npos) return true;  // U.S, e.g, i.e
    if (token.size() == 1 && std::isupper(static_cast<unsigned char>(token[0]))) return true;  // initials
    static constexpr std::array<std::string_view, 22> kAbbrev = {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "vs", "etc", "no", "jr", "sr",
        "inc", "ltd", "co", "art", "p", "pp", "vol", "cf"};
    std::string lower;
    for (char c : token) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (auto a : kAbbrev)
        if (lower == a) return true;
    return false;
}

/// Offsets where sentences start (always includes 0).
std::vector<std::size_t> sentenceStarts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decodeUtf8(text, i);
        if (!isTerminator(c.cp)) {
            i += c.length;
            continue;
        }
        std::size_t j = i + c.length;
        while (j < text.size()) {
            const Utf8Char d = decodeUtf8(text, j);
            if (!isTerminator(d.cp) && !isCloser(d.cp)) break;
            j += d.length;
        }
        std::size_t k = j;
        while (k < text.size() && isUnicodeSpace(decodeUtf8(text, k).cp)) k += decodeUtf8(text, k).length;
        const bool spaced = k > j && k < text.size();
        const bool lowerNext = spaced && std::islower(static_cast<unsigned char>(text[k]));
        if (spaced && !lowerNext && !(c.cp == '.' && abbreviationBefore(text, i))) starts.push_back(k);
        i = j;
    }
    return starts;
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace

std::vector<PassagePlace> passagePlaces(const CorpusIndex& index) {
    std::vector<PassagePlace> out(index.passages.size());
    std::vector<int> bodyCount(index.documents.size(), 0);
    for (std::size_t i = 0; i < index.passages.size(); ++i) {
        const Passage& p = index.passages[i];
        if (p.kind == PassageKind::Footnote) out[i].footnote = p.footnoteNumber;
        if (p.kind == PassageKind::Body && p.documentIndex < bodyCount.size())
            out[i].paragraph = ++bodyCount[p.documentIndex];
        if (p.documentIndex < index.documents.size()) out[i].page = index.documents[p.documentIndex].pageOf(p.begin());
    }
    return out;
}

PassagePlace passagePlace(const CorpusIndex& index, std::size_t passageIndex) {
    PassagePlace place;
    if (passageIndex >= index.passages.size()) return place;
    const Passage& target = index.passages[passageIndex];
    if (target.documentIndex < index.documents.size())
        place.page = index.documents[target.documentIndex].pageOf(target.begin());
    if (target.kind == PassageKind::Footnote) place.footnote = target.footnoteNumber;
    if (target.kind != PassageKind::Body) return place;
    int n = 0;
    for (std::size_t i = 0; i <= passageIndex; ++i)
        if (index.passages[i].documentIndex == target.documentIndex && index.passages[i].kind == PassageKind::Body) ++n;
    place.paragraph = n;
    return place;
}

std::string formatDate(const std::string& iso) {
    const std::string_view s = iso;
    if (s.size() >= 7 && s[4] == '-' && allDigits(s.substr(0, 4)) && allDigits(s.substr(5, 2))) {
        const int month = std::stoi(std::string(s.substr(5, 2)));
        if (month < 1 || month > 12) return iso;
        const std::string monthYear = std::string(kMonths[month - 1]) + " " + std::string(s.substr(0, 4));
        if (s.size() == 7) return monthYear;
        if (s.size() == 10 && s[7] == '-' && allDigits(s.substr(8, 2)))
            return std::to_string(std::stoi(std::string(s.substr(8, 2)))) + " " + monthYear;
    }
    return iso;
}

std::string formatCitation(const DocumentMeta& meta, const PassagePlace& place) {
    std::vector<std::string> parts;
    auto add = [&](const std::optional<std::string>& v, bool quoted = false) {
        if (v && !v->empty()) parts.push_back(quoted ? "\"" + *v + "\"" : *v);
    };
    add(meta.author);
    if (meta.title && !meta.title->empty()) add(meta.title, true);
    else add(meta.file);
    add(meta.outlet);
    if (meta.date && !meta.date->empty()) parts.push_back(formatDate(*meta.date));
    add(meta.url);
    if (place.page) parts.push_back("p. " + std::to_string(*place.page));
    if (place.footnote) parts.push_back("n. " + std::to_string(*place.footnote));
    else if (place.paragraph) parts.push_back("¶" + std::to_string(*place.paragraph));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    if (!out.empty() && out.back() != '.') out += '.';
    return out;
}

std::string citePassage(const CorpusIndex& index, std::size_t passageIndex) {
    if (passageIndex >= index.passages.size()) return {};
    const Passage& p = index.passages[passageIndex];
    if (p.documentIndex >= index.documents.size()) return {};
    return formatCitation(index.documents[p.documentIndex].meta, passagePlace(index, passageIndex));
}

std::string quoteSentence(const Document& doc, const Passage& passage, ByteRange mention) {
    const FlatText flat(doc.bytes, passage.ranges);
    const auto a = flat.toFlat(mention.begin, false);
    const auto b = flat.toFlat(mention.end, true);
    if (!a || !b || *b < *a) return {};
    const auto starts = sentenceStarts(flat.text);
    std::size_t begin = 0;
    std::size_t end = flat.text.size();
    for (std::size_t s : starts) {
        if (s <= *a) begin = s;
        else if (s >= *b) {
            end = s;
            break;
        }
    }
    std::string out = cleanTextOf(doc.bytes, flat.toFile(begin, end));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
}

}  // namespace atlas::core
