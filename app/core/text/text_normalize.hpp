// Matching normalisation: NFC, case folding, punctuation unification (over ICU), with a map back to original bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

/// Folded form of one code point, up to three code points; count 0 means "drop".
/// `space` true means the code point is a separator (whitespace, control, dash, bullet, superscript digit, U+FFFD).
struct FoldedChar {
    char32_t cps[3] = {0, 0, 0};
    int count = 0;
    bool space = false;
};

/// Folds one code point for matching: Unicode full case folding in every script (ß -> ss, Armenian և -> եւ,
/// Georgian Mtavruli -> Mkhedruli), loosened so that Turkic ı and İ match i and Russian ё matches е; typographic
/// apostrophes/quotes unified to ASCII; separators; default-ignorable characters and stray combining marks dropped.
/// Diacritics are kept (ş, ə, é): names match with their diacritics, in NFC or NFD.
FoldedChar foldCodepoint(char32_t cp);

/// Text folded for matching, with a piecewise map from folded byte offsets back to original byte offsets.
class FoldedText {
public:
    /// Appends the folding of original[begin, end); offsets recorded are positions in `original`
    /// (pass the whole file so offsets are file offsets). Separators collapse to one ASCII space.
    void append(std::string_view original, std::size_t begin, std::size_t end);
    /// Empties the text and the map, keeping their memory (one FoldedText reused for many passages).
    void clear() {
        m_text.clear();
        m_runs.clear();
    }
    /// Appends one separator space mapped to original offset `at` (used to join passage ranges).
    void appendSeparator(std::size_t at);

    [[nodiscard]] const std::string& text() const { return m_text; }
    /// Original offset of the first byte of the source character of folded byte `pos`.
    [[nodiscard]] std::size_t originalStart(std::size_t pos) const;
    /// Original offset one past the source character of folded byte `endPos - 1`.
    [[nodiscard]] std::size_t originalEnd(std::size_t endPos) const;
    [[nodiscard]] std::size_t runCount() const { return m_runs.size(); }

private:
    struct Run {
        std::size_t folded = 0;
        std::size_t orig = 0;
        std::size_t origLen = 0;  // for point runs
        bool linear = true;
    };
    void emitLinear(std::size_t orig, std::string_view bytes);
    /// Appends the longest run of one-to-one ASCII bytes from `pos` as one linear run; returns where it stopped.
    std::size_t appendFastRun(std::string_view original, std::size_t pos, std::size_t end);
    void emitPoint(std::size_t orig, std::size_t origLen, std::string_view folded);
    /// Folds the NFC segment original[pos, segmentEnd) (a character and the marks that combine with it).
    void appendSegment(std::string_view original, std::size_t pos, std::size_t segmentEnd);
    void emitSpace(std::size_t orig, std::size_t origLen);
    [[nodiscard]] const Run& runAt(std::size_t pos) const;

    std::string m_text;
    std::vector<Run> m_runs;
};

/// Folds a whole string (names, tests): same rules as FoldedText, trimmed of leading/trailing spaces.
std::string foldForMatch(std::string_view text);

namespace detail {
struct WordByteTable {
    bool word[256]{};
    constexpr WordByteTable() {
        for (int c = 0; c < 256; ++c)
            word[c] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
};
inline constexpr WordByteTable kWordBytes{};
}  // namespace detail

/// True when the folded byte is part of a word (ASCII letter/digit or any non-ASCII byte). A table lookup: it is
/// asked for every byte the matcher scans.
inline bool isFoldedWordByte(unsigned char c) { return detail::kWordBytes.word[c]; }

}  // namespace atlas::core
