// Splits one document into passages (paragraphs, headings, footnotes, clutter) with byte ranges and years.
#include "core/corpus/passage_splitter.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "core/corpus/huge_pages.hpp"
#include "core/corpus/passage_classify.hpp"
#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

namespace cls = classify;

struct Unit {
    ByteRange range;
    std::string text;  // clean text of this unit alone
    PassageKind kind = PassageKind::Body;
    bool bullet = false;
    bool tentativeHeading = false;  // heading by shape only (may turn out to be a cut paragraph)
    bool dateline = false;
    int target = -1;  // root unit this unit was merged into
};

bool checkText(const Document& doc, std::vector<CorpusWarning>& warnings) {
    const std::string& b = doc.bytes;
    if (b.empty()) {
        warnings.push_back({doc.meta.file, "empty file; no passages"});
        return false;
    }
    std::size_t nul = 0;
    std::size_t ctrl = 0;
    std::size_t i = 0;
    while (i < b.size()) {
        if (i + 8 <= b.size()) {  // eight bytes at a time while none is below 0x20 (the usual case)
            std::uint64_t w = 0;
            std::memcpy(&w, b.data() + i, 8);
            if (((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const char c = b[i++];
        if (c == '\0') ++nul;
        else if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++ctrl;
    }
    const Utf8Errors invalid = findInvalidUtf8(b);
    const std::size_t nonText = nul + ctrl + invalid.bytes;
    if (nonText * 10 > b.size() * 3) {
        warnings.push_back({doc.meta.file, "binary or non-text file (" + std::to_string(nonText * 100 / b.size()) +
                                               "% non-text bytes); skipped"});
        return false;
    }
    if (invalid.sequences > 0)
        warnings.push_back(
            {doc.meta.file, std::to_string(invalid.sequences) + " invalid UTF-8 sequence(s) replaced by U+FFFD"});
    if (nul > 0) warnings.push_back({doc.meta.file, std::to_string(nul) + " NUL byte(s) treated as spaces"});
    if (ctrl > 0) warnings.push_back({doc.meta.file, std::to_string(ctrl) + " control byte(s) kept as-is"});
    return true;
}

bool isBlankByte(std::string_view b, std::size_t& i, std::size_t end) {
    const char c = b[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\0' || c == '\f' || c == '\v') {
        ++i;
        return true;
    }
    if (c == '\xC2' && i + 1 < end && b[i + 1] == '\xA0') {
        i += 2;
        return true;
    }
    return false;
}

/// Range without leading/trailing blanks (ASCII whitespace, NUL, NBSP); empty range when all blank.
ByteRange trimRange(std::string_view b, ByteRange r) {
    std::size_t s = r.begin;
    while (s < r.end && isBlankByte(b, s, r.end)) {
    }
    std::size_t e = r.end;
    while (e > s) {
        const char c = b[e - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\0' || c == '\f' || c == '\v') --e;
        else if (c == '\xA0' && e - 1 > s && b[e - 2] == '\xC2') e -= 2;
        else break;
    }
    return {s, e};
}

std::vector<Unit> collectUnits(std::string_view b) {
    std::vector<ByteRange> lines;
    std::size_t start = 0;
    while (start <= b.size()) {
        std::size_t nl = b.find('\n', start);
        if (nl == std::string_view::npos) nl = b.size();
        lines.push_back(trimRange(b, {start, nl}));
        start = nl + 1;
    }
    std::vector<Unit> units;
    auto addUnit = [&](ByteRange r) {
        Unit u;
        u.range = r;
        u.text = cleanTextOf(b, {r});
        u.bullet = b.compare(r.begin, 3, "\xE2\x80\xA2") == 0;
        if (!u.text.empty()) units.push_back(std::move(u));
    };
    std::size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].begin == lines[i].end) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::size_t listLines = 0;
        while (j < lines.size() && lines[j].begin != lines[j].end) {
            if (cls::isListLine(b.substr(lines[j].begin, std::min<std::size_t>(lines[j].end - lines[j].begin, 400)))) ++listLines;
            ++j;
        }
        std::size_t n = j - i;
        if (n > 1 && units.empty() && cls::datelineDate(cleanTextOf(b, {lines[i]}))) {  // dateline glued to the title
            addUnit(lines[i]);
            ++i;
            --n;
        }
        if (n > 1 && listLines * 2 >= n) {
            for (std::size_t k = i; k < j; ++k) addUnit(lines[k]);
        } else {
            addUnit({lines[i].begin, lines[j - 1].end});
        }
        i = j;
    }
    return units;
}

enum class Phase { Normal, Toc, AfterToc, References, Trailing };

void classifyUnits(std::vector<Unit>& units, SplitResult& result) {
    std::size_t tocIdx = units.size();
    for (std::size_t i = 0; i < units.size() / 2 + 1 && i < units.size(); ++i)
        if (cls::isTocHeading(units[i].text)) {
            tocIdx = i;
            break;
        }
    std::set<std::string> tocTitles;
    Phase phase = Phase::Normal;
    bool bodyStarted = false;
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit& u = units[i];
        const std::string& t = u.text;
        const std::optional<int> fn = cls::leadingFootnoteNumber(t);
        if (phase == Phase::Trailing) {
            u.kind = PassageKind::Boilerplate;
        } else if (cls::startsTrailingBoilerplate(t)) {
            u.kind = PassageKind::Boilerplate;
            phase = Phase::Trailing;
        } else if (cls::isBoilerplateLine(t)) {
            u.kind = PassageKind::Boilerplate;
        } else if (fn) {
            u.kind = PassageKind::Footnote;
        } else if (i <= tocIdx && tocIdx < units.size()) {
            u.kind = PassageKind::FrontMatter;  // cover page and the TOC heading
            if (i == tocIdx) phase = Phase::Toc;
        } else if (phase == Phase::Toc && cls::tocEntryTitle(t)) {
            u.kind = PassageKind::FrontMatter;
            tocTitles.insert(foldForMatch(*cls::tocEntryTitle(t)));
        } else if (phase == Phase::Toc || phase == Phase::AfterToc) {
            const bool opensBody = cls::looksLikeHeading(t) && tocTitles.count(foldForMatch(t)) > 0;
            u.kind = opensBody ? PassageKind::Heading : PassageKind::FrontMatter;
            phase = opensBody ? Phase::Normal : Phase::AfterToc;
            bodyStarted = opensBody;
        } else if (phase == Phase::References) {
            u.kind = PassageKind::References;
        } else if (bodyStarted && cls::looksLikeHeading(t) && cls::isReferencesHeading(t)) {
            u.kind = PassageKind::Heading;
            phase = Phase::References;
        } else if (cls::isAbstractOrKeywords(t)) {
            u.kind = PassageKind::FrontMatter;
        } else if (!bodyStarted && i < 3 && cls::datelineDate(t)) {
            u.kind = PassageKind::FrontMatter;
            u.dateline = true;
            result.datelineDate = cls::datelineDate(t);
        } else if (cls::isByline(t)) {
            u.kind = PassageKind::FrontMatter;
        } else if (u.bullet) {
            u.kind = PassageKind::Body;
        } else if (i > 0 && units[i - 1].bullet && cls::isTagLine(t)) {
            u.kind = PassageKind::Boilerplate;
        } else if (cls::looksLikeHeading(t)) {
            u.kind = PassageKind::Heading;
            u.tentativeHeading = true;
        } else {
            u.kind = PassageKind::Body;
            // Author line + author note: "Gulshan Pashayeva" then "Gulshan Pashayeva is a ..."
            if (!bodyStarted && i > 0 && units[i - 1].tentativeHeading && cls::wordCount(units[i - 1].text) <= 5 &&
                t.rfind(units[i - 1].text + " ", 0) == 0) {
                units[i - 1].kind = PassageKind::FrontMatter;
                units[i - 1].tentativeHeading = false;
                u.kind = PassageKind::FrontMatter;
            } else {
                bodyStarted = true;
            }
        }
    }
}

/// True when folding `t` only lower-cases it: printable ASCII without the bytes folding treats specially
/// ('-' separator, '*' dropped, '\\' escape, '`' apostrophe), single inner spaces, none at either end.
bool foldsToLowerCase(std::string_view t) {
    if (!t.empty() && (t.front() == ' ' || t.back() == ' ')) return false;
    for (std::size_t k = 0; k < t.size(); ++k) {
        const char c = t[k];
        if (c < ' ' || c > '~' || c == '-' || c == '*' || c == '\\' || c == '`') return false;
        if (c == ' ' && k > 0 && t[k - 1] == ' ') return false;
    }
    return true;
}

/// `key` (folded, so lower-case) occurs in `t` compared ASCII case-insensitively.
bool containsLowered(std::string_view t, std::string_view key) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::search(t.begin(), t.end(), key.begin(), key.end(), [&](char a, char b) { return lower(a) == b; }) != t.end();
}

void markPullQuotes(std::vector<Unit>& units) {
    // Each unit is folded at most once, and only when needed; a plain ASCII unit is searched without folding
    // (its folded text is its lower-cased text).
    enum class Fold : std::uint8_t { Unknown, Lowercase, Stored };
    std::vector<Fold> how(units.size(), Fold::Unknown);
    std::vector<std::string> folded(units.size());
    auto contains = [&](std::size_t j, std::string_view key) {
        if (how[j] == Fold::Unknown) {
            if (foldsToLowerCase(units[j].text)) {
                how[j] = Fold::Lowercase;
            } else {
                folded[j] = foldForMatch(units[j].text);
                how[j] = Fold::Stored;
            }
        }
        return how[j] == Fold::Lowercase ? containsLowered(units[j].text, key)
                                         : folded[j].find(key) != std::string::npos;
    };
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i].kind != PassageKind::Body || units[i].bullet || units[i].text.size() > 400) continue;
        std::string key = foldForMatch(units[i].text);
        while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
        if (key.size() < 40) continue;
        const std::size_t lo = i >= 3 ? i - 3 : 0;
        const std::size_t hi = std::min(units.size(), i + 4);
        for (std::size_t j = lo; j < hi; ++j) {
            if (j == i || units[j].kind != PassageKind::Body || units[j].text.size() <= units[i].text.size()) continue;
            if (contains(j, key)) {
                units[i].kind = PassageKind::PullQuote;
                break;
            }
        }
    }
}

bool looksUrlish(std::string_view t) {
    const std::string_view first = t.substr(0, t.find(' '));
    return first.find('/') != std::string_view::npos || first.rfind("www.", 0) == 0 || first.rfind("http", 0) == 0;
}

int rootOf(const std::vector<Unit>& units, std::size_t i) {
    return units[i].target >= 0 ? units[i].target : static_cast<int>(i);
}

void repairBreaks(std::vector<Unit>& units) {
    auto nextNonFootnote = [&](std::size_t i) {
        std::size_t j = i + 1;
        while (j < units.size() && units[j].kind == PassageKind::Footnote) ++j;
        return j;
    };
    // A shape-only heading followed by a lower-case body continuation is a cut paragraph.
    for (std::size_t i = 0; i < units.size(); ++i) {
        const std::size_t j = nextNonFootnote(i);
        if (units[i].tentativeHeading && j < units.size() && units[j].kind == PassageKind::Body && cls::startsLowercase(units[j].text))
            units[i].kind = PassageKind::Body;
    }
    // Footnote continuations: a stray line between footnotes, or a URL line right before a footnote.
    int lastFootnote = -1;
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit& u = units[i];
        if (u.kind == PassageKind::Footnote) {
            if (u.target < 0) lastFootnote = static_cast<int>(i);
            continue;
        }
        if (u.kind != PassageKind::Body || u.bullet || lastFootnote < 0) continue;
        const bool prevFootnote = i > 0 && units[i - 1].kind == PassageKind::Footnote;
        const bool nextFootnote = i + 1 < units.size() && units[i + 1].kind == PassageKind::Footnote;
        if ((prevFootnote && nextFootnote) || ((prevFootnote || nextFootnote) && looksUrlish(u.text))) {
            u.kind = PassageKind::Footnote;
            u.target = rootOf(units, static_cast<std::size_t>(lastFootnote));
        }
    }
    // A reference entry wrapped onto a line that does not start with its number continues the entry before.
    for (std::size_t i = 1; i < units.size(); ++i)
        if (units[i].kind == PassageKind::References && units[i - 1].kind == PassageKind::References &&
            !cls::isListLine(units[i].text))
            units[i].target = rootOf(units, i - 1);
    // Body paragraphs cut by a page break (and the footnote block after it) are rejoined.
    const bool paged = std::any_of(units.begin(), units.end(), [](const Unit& x) { return x.kind == PassageKind::Footnote; });
    int open = -1;
    std::string_view lastPiece;
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit& u = units[i];
        if (u.kind == PassageKind::Footnote || u.kind == PassageKind::PullQuote || u.kind == PassageKind::Boilerplate) continue;
        if (u.kind != PassageKind::Body || u.bullet) {
            open = -1;
            continue;
        }
        if (open >= 0 && ((paged && !cls::isTerminated(lastPiece)) || cls::startsLowercase(u.text))) {
            u.target = open;
        } else {
            open = static_cast<int>(i);
        }
        lastPiece = u.text;
    }
}

void linkFootnotes(std::vector<Passage>& passages) {
    std::multimap<int, std::size_t> byNumber;
    for (std::size_t i = 0; i < passages.size(); ++i)
        if (passages[i].footnoteNumber) byNumber.emplace(*passages[i].footnoteNumber, i);
    for (std::size_t i = 0; i < passages.size(); ++i) {
        Passage& p = passages[i];
        if (p.kind == PassageKind::Footnote || byNumber.empty()) continue;
        const std::string& t = p.cleanText;
        std::size_t pos = 0;
        while (pos < t.size()) {
            int value = 0;
            int digits = 0;
            while (pos < t.size()) {
                const Utf8Char ch = decodeUtf8(t, pos);
                const int d = superscriptDigit(ch.cp);
                if (d < 0) break;
                if (digits < 9) value = value * 10 + d;  // a long run must not overflow
                ++digits;
                pos += ch.length;
            }
            if (digits == 0) {
                pos += decodeUtf8(t, pos).length;
                continue;
            }
            // The footnote with that number at or after the citing passage, else the first one.
            auto [lo, hi] = byNumber.equal_range(value);
            std::size_t pick = passages.size();
            for (auto it = lo; it != hi; ++it) {
                if (pick == passages.size()) pick = it->second;
                if (passages[it->second].begin() >= p.begin()) {
                    pick = it->second;
                    break;
                }
            }
            if (pick == passages.size()) continue;
            Passage& fn = passages[pick];
            if (std::find(p.footnoteIds.begin(), p.footnoteIds.end(), fn.id) == p.footnoteIds.end()) p.footnoteIds.push_back(fn.id);
            if (std::find(fn.citedBy.begin(), fn.citedBy.end(), p.id) == fn.citedBy.end()) fn.citedBy.push_back(p.id);
        }
    }
}

}  // namespace

SplitResult splitDocument(const Document& doc, std::size_t documentIndex) {
    SplitResult result;
    if (!checkText(doc, result.warnings)) return result;
    std::vector<Unit> units = collectUnits(doc.bytes);
    classifyUnits(units, result);
    markPullQuotes(units);
    repairBreaks(units);
    result.passages.reserve(units.size());
    adviseHugePages(result.passages.data(), result.passages.capacity() * sizeof(Passage));
    constexpr std::size_t kNoPassage = static_cast<std::size_t>(-1);
    std::vector<std::size_t> passageOfUnit(units.size(), kNoPassage);
    std::vector<std::pair<std::size_t, std::size_t>> roots;  // (unit, passage) in unit order
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit& u = units[i];
        if (u.target >= 0) {
            const std::size_t root = passageOfUnit.at(static_cast<std::size_t>(u.target));
            if (root == kNoPassage) throw std::out_of_range("splitDocument: unit merged into a later unit");
            result.passages[root].ranges.push_back(u.range);
            continue;
        }
        Passage p;
        p.documentIndex = documentIndex;
        p.kind = u.kind;
        p.ranges.push_back(u.range);
        if (u.kind == PassageKind::Footnote) p.footnoteNumber = cls::leadingFootnoteNumber(u.text);
        passageOfUnit[i] = result.passages.size();
        roots.emplace_back(i, result.passages.size());
        result.passages.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < result.passages.size(); ++i) {
        Passage& p = result.passages[i];
        p.id = doc.stem + "#p" + std::to_string(i + 1);
    }
    for (const auto& [unitIndex, passageIndex] : roots) {
        Passage& p = result.passages[passageIndex];
        p.cleanText = p.ranges.size() == 1 ? std::move(units[unitIndex].text) : cleanTextOf(doc.bytes, p.ranges);
        if (!units[unitIndex].dateline) p.years = extractYears(p.cleanText);
    }
    linkFootnotes(result.passages);
    return result;
}

}  // namespace atlas::core
