// Output of the corpus index: one JSON document (documents, passages, features, mentions) and CSV tables.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/gaps.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// The `index --json` document (schema in docs/corpus.md). Byte offsets are into the original files.
std::string indexToJson(const CorpusIndex& index, const std::vector<GazetteerFeature>& features);

/// indexToJson's bytes handed to `sink` in pieces of about `chunkBytes`, written as they are formatted (no tree of
/// the document and no copy of it whole in memory).
void writeIndexJson(const CorpusIndex& index, const std::vector<GazetteerFeature>& features,
                    const std::function<void(std::string_view)>& sink, std::size_t chunkBytes = std::size_t{1} << 20);

/// `index --csv`: one row per mention. Columns: feature_id,document,passage_id,passage_kind,begin,end,text,adjectival
/// (begin/end: first/last byte of the mention in the original file; RFC 4180 quoting).
std::string mentionsToCsv(const CorpusIndex& index);

/// mentionsToCsv's bytes handed to `sink` in pieces of about `chunkBytes` (written while the rest is formatted, no
/// copy of the whole table in memory).
void writeMentionsCsv(const CorpusIndex& index, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes = std::size_t{1} << 20);

struct CachedIndex;
/// The same table for an index read through the cache: its mentions may still be in the cache file
/// (IndexParts::MentionsTable), read row by row as the table is written.
void writeMentionsCsv(const CachedIndex& cached, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes = std::size_t{1} << 20);

/// `index --gaps`: columns text,count,passages (passage ids separated by ';').
std::string gapsToCsv(const std::vector<Gap>& gaps);

}  // namespace atlas::core
