// Mentions in fixed-size form: what the index cache stores, and what an index built for the mentions table holds
// instead of Mention objects (24 bytes a mention, no strings, no heap blocks).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/corpus/range_list.hpp"

namespace atlas::core {

/// One mention. Its feature id and the gazetteer name that matched are entry name() of its set's names; its
/// passage and document are indices into the index's passages and documents; its text is the document's bytes
/// [begin, end) unless the record has an extra (a name cut in pieces by a page break, or a text of its own).
struct MentionRecord {
    static constexpr std::uint32_t kAdjectival = 1;  // an adjectival name or prefix ("Russia-brokered")
    static constexpr std::uint32_t kExtra = 2;       // pieces or a text of its own: in the set's extras
    static constexpr std::uint32_t kMaxName = (std::uint32_t{1} << 30) - 1;

    std::uint64_t begin = 0;         // first byte of the first piece
    std::uint32_t length = 0;        // from begin to the end of the last piece
    std::uint32_t passage = 0;       // index into the index's passages
    std::uint32_t document = 0;      // index into the index's documents
    std::uint32_t nameAndFlags = 0;  // name index << 2 | kAdjectival | kExtra

    [[nodiscard]] std::uint64_t end() const { return begin + length; }
    [[nodiscard]] std::uint32_t name() const { return nameAndFlags >> 2; }
    [[nodiscard]] bool adjectival() const { return (nameAndFlags & kAdjectival) != 0; }
    [[nodiscard]] bool hasExtra() const { return (nameAndFlags & kExtra) != 0; }
    static std::uint32_t packName(std::uint32_t name, bool adjectival, bool extra) {
        return name << 2 | (adjectival ? kAdjectival : 0) | (extra ? kExtra : 0);
    }
};
static_assert(sizeof(MentionRecord) == 24, "the cache stores records as they are in memory");

/// What a record with kExtra has besides: its pieces (one or more) and its text (the pieces' bytes joined by one
/// space, or a text that is not the document's bytes).
struct MentionRecordExtra {
    std::uint64_t record = 0;  // index of the record in its set
    RangeList pieces;
    std::string text;
};

/// A set of records and what they refer to, viewing memory that `owner` keeps alive: the mapped index cache file
/// (a warm index), or the arrays an index built for the mentions table made (a cold one).
struct MentionRecords {
    std::string_view bytes;  // `count` records, sizeof(MentionRecord) each, as stored (read with memcpy: any alignment)
    std::size_t count = 0;
    std::vector<std::pair<std::string_view, std::string_view>> names;  // feature id, matched name
    std::vector<MentionRecordExtra> extras;                           // in record order
    std::shared_ptr<const void> owner;

    [[nodiscard]] MentionRecord at(std::size_t i) const {
        MentionRecord r;
        std::memcpy(&r, bytes.data() + i * sizeof(MentionRecord), sizeof r);
        return r;
    }
    /// The extra of record i (which has kExtra), or nullptr when the set has none for it.
    [[nodiscard]] const MentionRecordExtra* extraOf(std::size_t i) const {
        const auto it = std::lower_bound(extras.begin(), extras.end(), i,
                                         [](const MentionRecordExtra& e, std::size_t r) { return e.record < r; });
        return it != extras.end() && it->record == i ? &*it : nullptr;
    }
};

/// The arrays behind the records of an index built for the mentions table (MentionRecords::owner).
struct MentionRecordStore {
    std::vector<MentionRecord> records;
    std::vector<std::string> names;  // feature id and name, alternately (names[2k], names[2k + 1] for name k)
};

}  // namespace atlas::core
