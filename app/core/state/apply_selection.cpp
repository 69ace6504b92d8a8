// The reducer's selection area: selecting and hovering features (by index, by gazetteer id, off-map places, user
// layers' features), framing them, the Reader's passage and document, the Inspector's options and Search.
#include "core/state/reducer_detail.hpp"

#include <algorithm>

namespace atlas::core::detail {
namespace {

void flyToFeatures(AppState& s, const std::vector<std::size_t>& indices, const ReduceContext& ctx) {
    if (!ctx.boundsOf || indices.empty()) return;
    const BBox b = ctx.boundsOf(indices);
    if (!b.empty()) s.flight = Flight{s.camera, framingCamera(b, s), 0.9, 0.0};
}

}  // namespace

void reduce(AppState& s, const action::Select& a, const ReduceContext&, Commands&) {
    s.selected = a.selection;
    s.selectedUser.reset();
}

void reduce(AppState& s, const action::Hover& a, const ReduceContext&, Commands&) { s.hovered = a.selection; }

void reduce(AppState& s, const action::SelectFeatureId& a, const ReduceContext& ctx, Commands& out) {
    // A map feature flies into view; an off-map place stays where it is, its arrow at the map's edge highlighted.
    const auto selection = ctx.ids ? ctx.ids->selectionFor(a.gazetteerId) : std::nullopt;
    reduce(s, action::Select{selection}, ctx, out);
    if (const auto index = featureOf(selection); index && a.fly) flyToFeatures(s, {*index}, ctx);
}

void reduce(AppState& s, const action::FitFeatureIds& a, const ReduceContext& ctx, Commands&) {
    std::vector<std::size_t> indices;
    if (ctx.ids)
        for (const auto& id : a.gazetteerIds)
            if (auto i = ctx.ids->featureIndex(id)) indices.push_back(*i);
    flyToFeatures(s, indices, ctx);
}

void reduce(AppState& s, const action::SelectUserFeature& a, const ReduceContext&, Commands&) {
    s.selectedUser = a.feature;
    if (a.feature) s.selected.reset();
}

void reduce(AppState& s, const action::HoverUserFeature& a, const ReduceContext&, Commands&) {
    s.hoveredUser = a.feature;
}

void reduce(AppState& s, const action::OpenPassage& a, const ReduceContext&, Commands&) {
    s.openPassage = a.passage;
    s.openDocument = a.document;
    s.panels.reader = true;
    if (s.timeFollowsText && a.time) {
        s.time.year = a.time->year;
        s.time.range = a.time->range;
        s.playing = false;
    }
}

void reduce(AppState& s, const action::OpenDocument& a, const ReduceContext&, Commands&) {
    s.openDocument = a.document;
    s.openPassage.reset();
    s.panels.reader = true;
}

void reduce(AppState& s, const action::OpenPassageId& a, const ReduceContext& ctx, Commands& out) {
    s.carried.pendingPassage = a.id;  // opened once the corpus has been indexed
    s.panels.reader = true;
    reduce(s, action::CorpusReady{}, ctx, out);
}

void reduce(AppState& s, const action::CorpusReady&, const ReduceContext& ctx, Commands& out) {
    if (!ctx.ids) return;
    if (auto problem = resolvePendingPassage(s, *ctx.ids)) report(out, Severity::Warning, s.carried.viewSource, std::move(*problem));
}

void reduce(AppState& s, const action::SetInspectorFollowsTime& a, const ReduceContext&, Commands&) {
    s.inspectorFollowsTime = a.on;
}

void reduce(AppState& s, const action::SetTimeFollowsText& a, const ReduceContext&, Commands&) {
    s.timeFollowsText = a.on;
}

void reduce(AppState& s, const action::SetShowCoMentions& a, const ReduceContext&, Commands&) {
    s.showCoMentions = a.on;
}

void reduce(AppState& s, const action::SetSearchQuery& a, const ReduceContext&, Commands&) {
    s.search.query = a.query;
}

void reduce(AppState& s, const action::SearchDone& a, const ReduceContext&, Commands&) {
    if (a.query != s.search.query) return;  // an answer to a query typed over since
    s.search.resultsFor = a.query;
    s.search.results = a.results;
}

}  // namespace atlas::core::detail
