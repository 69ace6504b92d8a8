// Explorer queries over the loaded corpus: a feature's passages grouped by document, sentences with the
// mention highlighted, "time follows the text", and the features a passage names.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/link_index.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/gazetteer/gazetteer.hpp"
#include "core/map/map_model.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

/// The corpus side of a session, built once: gazetteer, corpus index and the link index over it.
struct AtlasData {
    std::vector<GazetteerFeature> gazetteer;
    CorpusIndex corpus;
    std::unique_ptr<LinkIndex> links;  // refers to `corpus`; AtlasData is kept behind a pointer
    std::unordered_map<std::string, std::size_t> gazetteerById;

    [[nodiscard]] const GazetteerFeature* feature(const std::string& id) const;
};

std::unique_ptr<AtlasData> makeAtlasData(std::vector<GazetteerFeature> gazetteer, CorpusIndex corpus);

/// One passage that mentions the feature, with the sentence that carries the (first) mention.
struct PassageHit {
    std::size_t passage = 0;            // index into corpus.passages
    std::size_t mentions = 0;           // mentions of the feature in this passage
    std::string sentence;               // clean text of the sentence with the mention
    std::size_t highlightBegin = 0;     // byte offsets of the mention inside `sentence`
    std::size_t highlightEnd = 0;
    std::size_t ordinal = 0;            // place in the document: n-th passage of its kind
};

struct DocumentGroup {
    std::size_t document = 0;
    std::size_t mentions = 0;
    std::vector<PassageHit> hits;
};

/// Passages mentioning `featureId` grouped by document (corpus order). With `filter`, only passages whose
/// years meet the filter's year or range are kept.
std::vector<DocumentGroup> passagesForFeature(const AtlasData& data, const std::string& featureId,
                                              const TimeFilter* filter = nullptr);

/// True when a passage refers to a year inside the filter (year) or overlapping it (range).
bool passageMatchesTime(const Passage& p, const TimeFilter& filter);

/// "Time follows the text": the time filter a passage implies (one year, or the span of its years).
std::optional<TimeFilter> timeForPassage(const Passage& p);

/// What the status bar counts: thematic features drawn now (a gazetteer record behind them, in a visible layer,
/// not hidden by the time filter) and content passages about the current time (all of them without a filter;
/// web-page boilerplate never counts).
struct StatusCounts {
    std::size_t features = 0;
    std::size_t passages = 0;
};
StatusCounts statusCounts(const MapModel& model, const std::vector<FeatureVisual>& visuals,
                          const std::vector<bool>& layerVisible, const CorpusIndex* corpus, const TimeFilter& time);

/// Features named in the same passages as `featureId`: each with the number of passages they share, most shared
/// first (ties by id), the feature itself left out. Boilerplate passages do not count; `limit` caps the list.
struct CoMention {
    std::string featureId;
    std::size_t passages = 0;
};
std::vector<CoMention> coMentions(const AtlasData& data, const std::string& featureId, std::size_t limit = 12);

/// Place symbol scale when places are sized by their number of mentions: 1 for the median-ish place, growing with
/// the logarithm of the count (a place named 300 times is not 300 times bigger), 0.6 .. 2.4.
float mentionSymbolScale(std::size_t mentions);

/// Per map feature, the opacity factor that shows a selection's co-mentions: 1 for the selected feature, the
/// features named alongside it and the base map (land, countries, coast); `faded` for every other thematic feature.
std::vector<float> coMentionFocus(const MapModel& model, const AtlasData& data, const std::string& selectedId,
                                  float faded = 0.2f);
/// Per map feature, the symbol scale of places sized by mentions (mentionSymbolScale); 1 for everything else.
std::vector<float> mentionScales(const MapModel& model, const AtlasData& data);

/// A stretch of a passage's clean text that names a feature (for highlighting in the reader).
struct TextSpan {
    std::size_t begin = 0;  // byte offsets into Passage::cleanText
    std::size_t end = 0;
    std::string featureId;
};

/// The passage's mentions located in its clean text, in order, non-overlapping.
std::vector<TextSpan> mentionSpans(const AtlasData& data, std::size_t passageIndex);

/// A stable, readable colour for a feature id (reader highlights, co-mention chips).
Color featureColor(const std::string& featureId);

/// The sentence of `text` containing byte offset `at` (sentences end at . ! ? followed by a space).
std::pair<std::size_t, std::size_t> sentenceAround(const std::string& text, std::size_t at);

}  // namespace atlas::core
