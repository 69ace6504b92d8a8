// The Places-to-review panel: queue, passages, suggestions and the reconciliation keys; it only pushes actions.
#include "ui/places_review_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/state/key_bindings.hpp"
#include "ui/dock.hpp"
#include "ui/metrics.hpp"

namespace atlas::ui {
namespace {

const ImVec4 kDim(0.45f, 0.45f, 0.45f, 1.0f);
const ImVec4 kMark(0.75f, 0.22f, 0.17f, 1.0f);

std::string shortcut(core::KeyCommand c) {
    for (const auto& b : core::keyBindings())
        if (b.context == core::KeyContext::Review && b.command == c) return " (" + core::keyLabel(b) + ")";
    return {};
}

/// The review's keys while the panel (or a child of it) has the focus and no text field the keyboard.
void reviewKeys(const core::AppState& state, const core::PlaceCandidate* current, std::vector<core::Action>& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    core::KeyCommandInput input;
    if (current) input.reviewName = current->gap.text;
    const auto run = [&](const core::KeyBinding* b) {
        if (!b) return;
        if (auto a = core::keyCommandAction(b->command, input)) out.push_back(std::move(*a));
    };
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        input.reviewChoice = c >= '1' && c <= '9' ? static_cast<std::size_t>(c - '1') : 0;
        run(core::findCharBinding(core::KeyContext::Review, c));
    }
    const std::pair<ImGuiKey, core::Key> keys[] = {
        {ImGuiKey_UpArrow, core::Key::Up}, {ImGuiKey_DownArrow, core::Key::Down}, {ImGuiKey_Escape, core::Key::Escape}};
    for (const auto& [imguiKey, key] : keys)
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(imguiKey)))
            run(core::findKeyBinding(core::KeyContext::Review, key, core::kModNone));
    (void)state;
}

void drawQueue(const core::AppState& state, const std::vector<std::size_t>& queue, const core::PlaceCandidate* current,
               std::vector<core::Action>& out) {
    const auto& list = *state.places.candidates;
    ImGui::BeginChild("##queue", ImVec2(0, px(150.0f)), true);
    if (ImGui::BeginTable("##queuetable", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("mentions", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("documents", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        for (const std::size_t i : queue) {
            const core::PlaceCandidate& c = list[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool later = state.places.memory.isDeferred(c.gap.text);
            if (later) ImGui::PushStyleColor(ImGuiCol_Text, kDim);
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(c.gap.text.c_str(), &c == current, ImGuiSelectableFlags_SpanAllColumns))
                out.emplace_back(core::action::ReviewGo{c.gap.text});
            if (&c == current) ImGui::SetScrollHereY();
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::Text("%zu", c.gap.count);
            ImGui::TableNextColumn();
            ImGui::Text("%zu%s", core::candidateDocumentCount(c), later ? "  later" : "");
            if (later) ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

std::string featureLabel(const core::AtlasData* data, const std::string& id) {
    const core::GazetteerFeature* f = data ? data->feature(id) : nullptr;
    return f && !f->names.empty() ? f->names.front().text + " (" + id + ")" : id;
}

/// A route named by its two ends: the ends it will join (each can be another feature, picked on the map) and r.
void drawRoute(const core::AppState& state, const core::AtlasData* data, const core::PlaceCandidate& c,
               std::vector<core::Action>& out) {
    const auto [from, to] = core::routeEndsFor(state.places, c);
    ImGui::TextWrapped("A new %s between two known places. Press r to draw it as a line between:", c.route->routeWord.c_str());
    const auto end = [&](const char* label, const std::string& id, core::ReviewPick pick) {
        ImGui::Bullet();
        ImGui::Text("%s  %s", label, featureLabel(data, id).c_str());
        ImGui::SameLine();
        ImGui::PushID(label);
        if (ImGui::SmallButton("other\xE2\x80\xA6")) out.emplace_back(core::action::SetReviewPick{pick});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click the feature on the map that this end is instead");
        ImGui::PopID();
    };
    end("from", from, core::ReviewPick::RouteFrom);
    end("to", to, core::ReviewPick::RouteTo);
    ImGui::BeginDisabled(state.workspace.readOnly);
    if (ImGui::Button(("Place route" + shortcut(core::KeyCommand::ReviewRoute)).c_str()))
        out.emplace_back(core::action::ReviewPlaceRoute{c.gap.text, from, to});
    ImGui::EndDisabled();
}

void drawSuggestions(const core::AppState& state, const core::PlaceCandidate& c, std::vector<core::Action>& out) {
    const auto& s = c.suggestions;
    if (c.route) return;
    if (s.ranked.empty()) {
        ImGui::TextDisabled("No GeoNames place has a name like this: place it by hand (p) or say no match (n).");
        return;
    }
    ImGui::Text("Suggestions  \xC2\xB7  confidence %.2f%s", s.confidence,
                s.ambiguous ? "  \xC2\xB7  two places score alike: you decide" : s.autoAccept ? "  \xC2\xB7  confident" : "");
    if (!ImGui::BeginTable("##suggestions", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, px(26.0f));
    ImGui::TableSetupColumn("place", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("population", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("distance", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < s.ranked.size() && i < 9; ++i) {
        const core::Suggestion& g = s.ranked[i];
        const core::GeoNamesPlace& p = state.places.geonames->places[g.place];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(std::to_string(i + 1).c_str()))
            out.emplace_back(core::action::ReviewAccept{c.gap.text, i, std::nullopt});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Accept %s (key %zu)", p.name.c_str(), i + 1);
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::Text("%s, %s%s%s", p.name.c_str(), p.country.c_str(), p.admin1.empty() ? "" : " ", p.admin1.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.featureCode.c_str());
        ImGui::TableNextColumn();
        if (p.population > 0) ImGui::Text("%ld", p.population);
        else ImGui::TextDisabled("-");
        ImGui::TableNextColumn();
        if (g.distanceKm) ImGui::Text("%.0f km", *g.distanceKm);
        else ImGui::TextDisabled("-");
        ImGui::TableNextColumn();
        ImGui::Text("%.2f", g.score);
    }
    ImGui::EndTable();
}

void drawButtons(const core::AppState& state, const core::PlaceCandidate& c, std::vector<core::Action>& out) {
    using K = core::KeyCommand;
    const std::string& name = c.gap.text;
    if (ImGui::Button(("Reject" + shortcut(K::ReviewReject)).c_str())) out.emplace_back(core::action::ReviewReject{name});
    ImGui::SameLine();
    if (ImGui::Button(("Later" + shortcut(K::ReviewDefer)).c_str())) out.emplace_back(core::action::ReviewDefer{name});
    ImGui::SameLine();
    if (ImGui::Button(("No match" + shortcut(K::ReviewNoMatch)).c_str())) out.emplace_back(core::action::ReviewNoMatch{name});
    if (ImGui::Button(("Place by hand" + shortcut(K::ReviewPlace)).c_str()))
        out.emplace_back(core::action::SetReviewPick{core::ReviewPick::Place});
    ImGui::SameLine();
    if (ImGui::Button(("Alias" + shortcut(K::ReviewAlias)).c_str()))
        out.emplace_back(core::action::SetReviewPick{core::ReviewPick::Alias});
    ImGui::SameLine();
    if (ImGui::Button(("Undo" + shortcut(K::ReviewUndo)).c_str())) out.emplace_back(core::action::Undo{});
    const char* prompt = nullptr;
    switch (state.places.pick) {
        case core::ReviewPick::Place: prompt = "Click the map where %s is (Esc cancels)."; break;
        case core::ReviewPick::Alias: prompt = "Type to find the feature %s is another name of, or click it on the map (Esc cancels)."; break;
        case core::ReviewPick::RouteFrom: prompt = "Click the feature where %s starts (Esc cancels)."; break;
        case core::ReviewPick::RouteTo: prompt = "Click the feature where %s ends (Esc cancels)."; break;
        case core::ReviewPick::None: break;
    }
    if (prompt) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMark);
        ImGui::TextWrapped(prompt, name.c_str());
        ImGui::PopStyleColor();
    }
}

/// a: the features whose names contain the typed text (core::searchFeatures); Up/Down move, Enter or a click
/// aliases the candidate to the highlighted one.
void drawAliasSearch(const core::AppState& state, const core::AtlasData* data, const core::PlaceCandidate& c,
                     UiState& ui, std::vector<core::Action>& out) {
    auto& a = ui.aliasSearch;
    if (state.places.pick != core::ReviewPick::Alias || !data) {
        a.shown = false;
        return;
    }
    if (!a.shown) {  // just opened: a fresh search that has the keyboard
        a.query.clear();
        a.selected = 0;
        ImGui::SetKeyboardFocusHere();
    }
    a.shown = true;
    ImGui::SetNextItemWidth(-1.0f);
    const bool enter = ImGui::InputTextWithHint("##aliassearch", "feature name\xE2\x80\xA6", &a.query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    const bool typing = ImGui::IsItemActive() || ImGui::IsItemDeactivated();  // Esc deactivates before we look
    if (ImGui::IsItemEdited()) a.selected = 0;
    const auto hits = core::searchFeatures(data->gazetteer, a.query);
    const int count = static_cast<int>(hits.size());
    if (typing || enter) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) a.selected = std::min(a.selected + 1, count - 1);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) a.selected = std::max(a.selected - 1, 0);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            out.emplace_back(core::action::SetReviewPick{core::ReviewPick::None});
    }
    a.selected = std::clamp(a.selected, 0, std::max(count - 1, 0));
    if (enter && count > 0) {
        out.emplace_back(core::action::ReviewAlias{c.gap.text, data->gazetteer[hits[static_cast<std::size_t>(a.selected)].feature].id});
    }
    if (!a.query.empty() && hits.empty()) ImGui::TextDisabled("No feature has a name with \"%s\".", a.query.c_str());
    ImGui::BeginChild("##aliashits", ImVec2(0, px(120.0f)), true);
    for (int i = 0; i < count; ++i) {
        const core::FeatureHit& h = hits[static_cast<std::size_t>(i)];
        const core::GazetteerFeature& f = data->gazetteer[h.feature];
        const std::string label = h.name + "  \xC2\xB7  " + f.id + "##hit" + std::to_string(i);
        if (ImGui::Selectable(label.c_str(), i == a.selected)) out.emplace_back(core::action::ReviewAlias{c.gap.text, f.id});
        if (i == a.selected && typing) ImGui::SetScrollHereY();
    }
    ImGui::EndChild();
}

void drawPassages(const core::AtlasData* data, const core::PlaceCandidate& c, std::vector<core::Action>& out) {
    if (!data) return;
    ImGui::TextDisabled("Passages (click: open in the Reader)");
    for (const core::ReviewPassage& p : core::reviewPassages(data->corpus, c)) {
        ImGui::PushID(static_cast<int>(p.passage));
        const std::string& doc = data->corpus.documents[p.document].meta.file;
        ImGui::TextColored(kDim, "%s", doc.c_str());
        ImGui::TextWrapped("%s", p.snippet.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemClicked()) out.emplace_back(core::action::OpenPassage{p.passage, p.document, std::nullopt});
        ImGui::PopID();
    }
}

}  // namespace

void drawPlacesReviewPanel(const core::AppState& state, const core::AtlasData* data, UiState& ui,
                           std::vector<core::Action>& out) {
    ui.reviewFocused = false;
    if (!state.panels.placesReview) return;
    if (!beginDockedPanel("Places to review", core::Panel::PlacesReview, &ui.dock, out)) return;
    ui.reviewFocused = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    const core::PlacesReviewState& r = state.places;
    if (!state.workspace.open() || !r.loaded() || !r.candidates) {
        ImGui::TextWrapped(state.workspace.open() ? "Indexing the workspace\xE2\x80\xA6"
                                                  : "Open a workspace (File > Open workspace\xE2\x80\xA6) to review "
                                                    "the places its documents name that the gazetteer lacks.");
        ImGui::End();
        return;
    }
    const auto queue = core::reviewQueue(r);
    const core::PlaceCandidate* current = core::currentCandidate(r);
    if (ui.reviewFocused) reviewKeys(state, current, out);
    const std::size_t confident = core::confidentCandidates(r).size();
    ImGui::Text("%zu to review", queue.size());
    ImGui::SameLine();
    ImGui::BeginDisabled(confident == 0 || state.workspace.readOnly);
    if (ImGui::SmallButton(("Accept all confident (" + std::to_string(confident) + ")").c_str()))
        out.emplace_back(core::action::ReviewAcceptConfident{});
    ImGui::EndDisabled();
    const auto docs = core::candidateDocuments(r);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##document", r.document.empty() ? "All documents" : r.document.c_str())) {
        if (ImGui::Selectable("All documents", r.document.empty())) out.emplace_back(core::action::ReviewFilter{""});
        for (const auto& d : docs)
            if (ImGui::Selectable(d.c_str(), d == r.document)) out.emplace_back(core::action::ReviewFilter{d});
        ImGui::EndCombo();
    }
    drawQueue(state, queue, current, out);
    if (!current) {
        ImGui::TextDisabled("Nothing left to review.");
        ImGui::End();
        return;
    }
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, kMark);
    ImGui::TextUnformatted(current->gap.text.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    const std::size_t documents = core::candidateDocumentCount(*current);
    ImGui::TextDisabled("%zu %s in %zu %s", current->gap.count, current->gap.count == 1 ? "mention" : "mentions",
                        documents, documents == 1 ? "document" : "documents");
    if (current->route) drawRoute(state, data, *current, out);
    drawSuggestions(state, *current, out);
    drawButtons(state, *current, out);
    drawAliasSearch(state, data, *current, ui, out);
    ImGui::Separator();
    drawPassages(data, *current, out);
    ImGui::End();
}

}  // namespace atlas::ui
