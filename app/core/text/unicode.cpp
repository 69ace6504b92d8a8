// Character properties, NFC and folding data over ICU: case, letters, marks, spaces, dashes, accent stripping.
#include "core/text/unicode.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <limits>
#include <memory>
#include <stdexcept>

#include "core/text/codepoint_table.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

/// The NFC normalizer: ICU's shared instance, looked up once.
const icu::Normalizer2& nfc() {
    static const icu::Normalizer2* const instance = [] {
        UErrorCode err = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
        if (U_FAILURE(err) || n == nullptr) throw std::runtime_error("ICU: no NFC normalization data");
        return n;
    }();
    return *instance;
}

bool isSurrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/// Typographic quotes, primes and the ellipsis unified to ASCII for matching (0 when cp is none of them).
char32_t asciiPunctuation(char32_t cp) {
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x02BC: case 0x02BB:
        case 0x00B4: case '`':
            return '\'';
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
            return '"';
        case 0x2026:
            return '.';
        default:
            return 0;
    }
}

/// List bullets (•, ‣, ●) separate words like spaces.
bool isBullet(char32_t cp) { return cp == 0x2022 || cp == 0x2023 || cp == 0x25CF; }

/// Folding policy on top of Unicode case folding: Turkic dotless ı matches i (İ already folds to i + a dot that
/// is dropped), and Russian ё matches е (ё is optional in Russian writing).
char32_t loosen(char32_t cp) {
    if (cp == 0x131) return 'i';
    if (cp == 0x451) return 0x435;
    return cp;
}

void setSingle(detail::FoldEntry& e, char32_t cp) {
    std::string s;
    appendUtf8(s, cp);
    s.copy(e.utf8, s.size());
    e.length = static_cast<std::uint8_t>(s.size());
    e.codepoints = 1;
}

void computeFold(char32_t cp, detail::FoldEntry& e) {
    using Kind = detail::FoldEntry::Kind;
    e = detail::FoldEntry{};
    if (cp < 0x80) {  // the same rules as the ASCII fast path of FoldedText
        if (cp == '*') e.kind = Kind::Drop;
        else if (cp <= 0x20 || cp == 0x7F || cp == '-') e.kind = Kind::Space;
        else setSingle(e, cp >= 'A' && cp <= 'Z' ? cp + 32 : cp == '`' ? '\'' : cp);
        return;
    }
    if (isSurrogate(cp)) {  // never decoded (the decoder returns U+FFFD): a separator like U+FFFD
        e.kind = Kind::Space;
        return;
    }
    e.combinesBack = !nfc().hasBoundaryBefore(static_cast<UChar32>(cp));
    if (isCombiningMark(cp) || u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
        e.kind = Kind::Drop;  // soft hyphen, zero-width characters, BOM, marks that composed with nothing
        return;
    }
    if (u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR || isUnicodeSpace(cp) || isDash(cp) || isBullet(cp) ||
        cp == 0xFFFD || superscriptDigit(cp) >= 0) {
        e.kind = Kind::Space;
        return;
    }
    if (const char32_t p = asciiPunctuation(cp)) {
        setSingle(e, p);
        return;
    }
    // Full Unicode case folding (ß -> ss, և -> եւ, Ǉ -> ǉ, Ա -> ա, Ა -> ა), composed again, leftover marks dropped.
    const icu::UnicodeString one(static_cast<UChar32>(cp));
    icu::UnicodeString folded(one);
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString composed = nfc().normalize(folded, err);
    const icu::UnicodeString& result = U_SUCCESS(err) ? composed : folded;
    std::string utf8;
    int codepoints = 0;
    for (int32_t i = 0; i < result.length(); i = result.moveIndex32(i, 1)) {
        const auto c = static_cast<char32_t>(result.char32At(i));
        if (isCombiningMark(c)) continue;
        appendUtf8(utf8, loosen(c));
        ++codepoints;
    }
    if (codepoints == 0 || codepoints > 3 || utf8.size() > sizeof e.utf8) {
        setSingle(e, cp);  // never for Unicode 15's foldings; kept unfolded rather than cut
        return;
    }
    utf8.copy(e.utf8, utf8.size());
    e.length = static_cast<std::uint8_t>(utf8.size());
    e.codepoints = static_cast<std::uint8_t>(codepoints);
}

detail::CodepointTable<detail::FoldEntry, computeFold>& foldTable() {
    static detail::CodepointTable<detail::FoldEntry, computeFold> table;
    return table;
}

struct BaseEntry {
    char utf8[15] = {};
    std::uint8_t length = 0;
};

/// Letters without diacritics: decompose, drop nonspacing marks, ICU's Latin-ASCII, and Azerbaijani ə -> e (which
/// Latin-ASCII keeps). Built once; used only while the table mutex is held (transliterators are not thread-safe).
icu::Transliterator* baseTransliterator() {
    static const std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode err = U_ZERO_ERROR;
        UParseError parseError{};
        const icu::UnicodeString rules(u"::NFD; ::[:Nonspacing Mark:] Remove; ::Latin-ASCII; ə > e; Ə > E;");
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createFromRules("atlas-search-base", rules, UTRANS_FORWARD, parseError, err));
        if (U_FAILURE(err)) t.reset();  // no transliteration data: letters keep their diacritics
        return t;
    }();
    return instance.get();
}

void computeBase(char32_t cp, BaseEntry& e) {
    std::string utf8;
    if (cp >= 0x80 && !isSurrogate(cp) && isLetter(cp)) {
        if (icu::Transliterator* t = baseTransliterator()) {
            icu::UnicodeString s(static_cast<UChar32>(cp));
            t->transliterate(s);
            s.toUTF8String(utf8);
        }
    }
    if (utf8.empty() || utf8.size() > sizeof e.utf8) {
        utf8.clear();
        if (!isSurrogate(cp)) appendUtf8(utf8, cp);
    }
    utf8.copy(e.utf8, utf8.size());
    e.length = static_cast<std::uint8_t>(utf8.size());
}

}  // namespace

bool isUpperCase(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool isLowerCase(char32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return u_islower(static_cast<UChar32>(cp));
}

bool isLetter(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC);
}

bool isCombiningMark(char32_t cp) {
    if (cp < 0x300) return false;
    const auto mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
    return (mask & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0;
}

bool isUnicodeSpace(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return u_isUWhiteSpace(static_cast<UChar32>(cp));
}

bool isDash(char32_t cp) {
    if (cp < 0x80) return cp == '-';
    return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DASH);
}

int superscriptDigit(char32_t cp) {
    if (cp < 0xB2) return -1;
    const auto c = static_cast<UChar32>(cp);
    if (u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE) != U_DT_SUPER) return -1;
    if (u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_DIGIT) return -1;
    return static_cast<int>(u_getNumericValue(c));
}

namespace detail {

bool combinesWithPrevious(char32_t cp) { return foldEntry(cp).combinesBack; }

bool combiningAtSlow(std::string_view text, std::size_t pos) {
    const Utf8Char ch = decodeUtf8(text, pos);
    return ch.valid && foldEntry(ch.cp).combinesBack;
}

const FoldEntry& foldEntry(char32_t cp) { return foldTable()[cp]; }

}  // namespace detail

std::size_t nfcSegmentEnd(std::string_view text, std::size_t pos, std::size_t end) {
    const std::string_view view = text.substr(0, end);
    std::size_t p = pos + decodeUtf8(view, pos).length;
    for (int n = 0; n < 30 && p < end && combiningAt(view, p); ++n) p += decodeUtf8(view, p).length;
    return p;
}

void appendNfc(std::string& out, std::string_view text) {
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
        out.append(text);
        return;
    }
    const std::size_t before = out.size();
    UErrorCode err = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out);
    nfc().normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, err);
    if (U_FAILURE(err)) {
        out.resize(before);
        out.append(text);
    }
}

std::string toNfc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    appendNfc(out, text);
    return out;
}

std::string_view searchBase(char32_t cp) {
    static detail::CodepointTable<BaseEntry, computeBase> table;
    const BaseEntry& e = table[cp];
    return {e.utf8, e.length};
}

}  // namespace atlas::core
