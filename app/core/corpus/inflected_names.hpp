// Second lookup beside the name trie: declined Russian/Armenian forms (by Snowball stem) and Azerbaijani/Turkish
// suffixed forms (by the suffix table), each mapped to the pattern of the name's dictionary form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace atlas::core {

/// Built from names (their original text, language and the trie pattern of their folded form). At a word start
/// in folded text, `longestAt` reads up to as many words as the longest indexed name, stems them and looks the
/// stems up. A Russian/Armenian word is accepted when its stem equals the name word's stem or the name word
/// itself (Snowball stems "Карабах" to "караб" but "Карабахе" to "карабах"), so "Карабахского" (stem
/// "карабахск") stays unlinked unless an adjectival name "карабахский" is indexed.
class InflectedNames {
public:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    struct Hit {
        std::size_t pattern = kNone;
        std::size_t end = 0;
        bool needsCapital = true;  // the first letter of the text must be upper case (not for adjectival names)
    };

    /// Indexes one name. Names in Cyrillic or Armenian get stem keys; Latin names in Azerbaijani or Turkish get
    /// suffix keys; others nothing. Indeclinable Russian names (Баку) and all-capital names are skipped.
    void add(std::string_view nameText, std::string_view lang, std::string_view folded, std::size_t pattern,
             bool adjectival);

    /// Longest inflected name starting at word start `pos` of folded text, or {kNone, pos}. Every suffixed form's
    /// key is an indexed name's folded form, which the text must start with and go on after inside its word (a
    /// key ending at a word boundary is a dictionary form, which the trie finds as far). `nameThenSuffix` false
    /// (no name of the trie's walk from `pos` ends inside a word: NameAutomaton::walkAt) says none does, and only
    /// the stem keys (declined Russian and Armenian forms) are looked up.
    [[nodiscard]] Hit longestAt(std::string_view folded, std::size_t pos, bool nameThenSuffix = true) const;

    [[nodiscard]] std::size_t keyCount() const { return m_stemKeys.size() + m_turkicKeys.size(); }

private:
    struct Entry {
        std::uint32_t pattern = 0;
        bool needsCapital = true;
        // Stem keys: what each text word must start with, the name's word less its ending (one letter, two for
        // an adjective), so "Грузы" (stem груз-) is not "Грузия" and "Армении" is "Армения".
        std::vector<std::string> prefixes;
    };
    /// Looked up by views of the folded text (no key string made for each word start tried).
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using KeyMap = std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>>;
    void put(KeyMap& map, const std::string& key, std::size_t pattern, bool adjectival, std::size_t words,
             std::vector<std::string> prefixes = {});

    /// Notes the leading bytes a text must have for a key of `words` words to match at all (see wordsAt); a stem
    /// key's lead is noted apart too.
    void notePrefix(std::string_view lead, std::size_t words, bool stemKey);
    /// The most words an indexed form starting at `pos` can have; 0 when none can start there: most word starts
    /// of a text are rejected here, before any stemming or suffix stripping (which cost far more than the name
    /// trie's own scan), and the rest read only as many words as the longest form with their lead.
    /// `stemKeysOnly`: the leads of stem keys alone (where no suffix key can match).
    [[nodiscard]] std::size_t wordsAt(std::string_view folded, std::size_t pos, bool stemKeysOnly) const;

    static constexpr std::size_t kFilterSlots = std::size_t{1} << 16;
    // By hash of a lead's first 4 bytes (leads of 4 bytes or more) or first 2 (leads of 2 or 3 bytes): the most
    // words of a form with that lead, 0 for none. For every key, and for the stem keys alone.
    struct LeadFilter {
        std::vector<std::uint8_t> lead4Words = std::vector<std::uint8_t>(kFilterSlots, 0);
        std::vector<std::uint8_t> lead2Words = std::vector<std::uint8_t>(kFilterSlots, 0);
        bool unfiltered = false;  // a lead shorter than 2 bytes: every position may match
        void note(std::string_view lead, std::uint8_t words);
        [[nodiscard]] std::size_t wordsAt(std::string_view rest, std::size_t maxWords) const;
    };
    LeadFilter m_allLeads;
    LeadFilter m_stemLeads;
    KeyMap m_stemKeys;    // stems joined by one space
    KeyMap m_turkicKeys;  // folded name (words before the last exact): az, tr, hy
    std::size_t m_maxWords = 0;
};

}  // namespace atlas::core
