// Inspector, reader, search, timeline, layers and hover tooltip: ImGui over AppState, AtlasData and actions.
#include "ui/explorer_panels.hpp"

#include "core/state/layer_settings.hpp"

#include <imgui.h>

#include "ui/metrics.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/present/citation.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/map/user_layer.hpp"
#include "core/state/view_conversion.hpp"
#include "ui/rich_text.hpp"
#include "ui/user_layer_panels.hpp"

namespace atlas::ui {
namespace {

const core::GazetteerFeature* gazetteerOf(const ExplorerContext& ctx, std::size_t mapIndex) {
    if (!ctx.data || mapIndex >= ctx.model.features.size()) return nullptr;
    return ctx.data->feature(ctx.model.features[mapIndex].gazetteerId);
}

std::string usageText(const core::Name& n) {
    std::string s;
    for (auto u : n.usage) {
        if (!s.empty()) s += ", ";
        s += std::string(core::nameUsageName(u));
    }
    if (n.adjectival) s += s.empty() ? "adjective" : ", adjective";
    return s;
}

std::string yearsText(const core::Passage& p) {
    std::string s;
    for (const auto& y : p.years) {
        if (!s.empty()) s += ", ";
        s += y.from == y.to ? std::to_string(y.from) : std::to_string(y.from) + "\xE2\x80\x93" + std::to_string(y.to);
    }
    return s;
}

std::string timeText(const core::TimeFilter& t) {
    if (t.year) return std::to_string(*t.year);
    if (t.range) return std::to_string(t.range->first) + "\xE2\x80\x93" + std::to_string(t.range->second);
    return "all years";
}

void sectionTitle(const char* text) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

}  // namespace

void drawLayersPanel(const ExplorerContext& ctx, std::vector<core::Action>& out) {
    if (!ctx.state.panels.layers) return;
    ImGui::SetNextWindowPos(ImVec2(px(12.0f), px(40.0f)), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(px(320.0f), px(330.0f)), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Layers")) { ImGui::End(); return; }
    drawUserLayersSection(ctx, out);
    sectionTitle("Map layers");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Listed as drawn: the top one last. Areas always lie under lines; the arrows reorder each "
                       "among its kind.");
    ImGui::PopStyleColor();
    const core::Theme& t = core::defaultTheme();
    struct Row { const char* key; const char* label; core::Color swatch; const char* tip; };
    const Row rows[] = {
        {"places", "Places", t.placeFill, "Towns, cities and capitals the gazetteer dates and the corpus names"},
        {"offmap", "Off-map places", t.placeFill, "Arrows at the map's edge toward places far outside it"},
        {"corridors", "Corridors and routes", core::Color::rgb(0xB8452F), "Corridors, roads, railways and pipelines"},
        {"lines", "Contact and ceasefire lines", core::Color::rgb(0x8E1F2C), "Lines of contact, ceasefire and front lines"},
        {"borders", "State borders", t.stateBorder.color, "Borders between states and Soviet republics"},
        {"regions", "Regions", core::Color::rgb(0xA0583C), "Nagorno-Karabakh, Nakhchivan, Syunik/Zangezur, districts"},
        {"water", "Lakes, rivers and coast", t.lake, "Lakes, rivers and the coastline"},
        {"countries", "Countries", t.focusA, "Country fills"},
        {"land", "Land", t.land, "The land under the country fills"},
        {"graticule", "Graticule", t.graticule, "Lines of latitude and longitude"},
    };
    const auto shown = core::shownBuiltinLayers(ctx.state);
    const auto settingsOf = [&](std::string_view key) -> const core::LayerSettings* {
        for (const auto& l : shown)
            if (l.key == key) return &l;
        return nullptr;
    };
    // Listed as drawn, top first: places and off-map arrows always on top, then the layers the user can reorder
    // (top of the list = drawn last; areas are drawn under every line whatever their place), the graticule last.
    std::vector<const Row*> list{&rows[0], &rows[1]};
    const auto order = core::orderableLayersBottomUp(ctx.state);
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        for (const Row& r : rows)
            if (*it == r.key) list.push_back(&r);
    list.push_back(&rows[9]);
    // A tree by kind: each layer a node (visibility, colour, draw order on its row); opened, its opacity, labels and,
    // for corridors and water, the parts that can be hidden on their own.
    for (std::size_t n = 0; n < list.size(); ++n) {
        const Row& r = *list[n];
        const core::LayerSettings* l = settingsOf(r.key);
        if (!l) continue;
        const std::string_view key = r.key;
        ImGui::PushID(r.key);
        const bool orderable = core::builtinLayerOrderable(key);
        const bool simple = key == "offmap" || key == "graticule";  // visibility only
        const auto chosen = l->colour ? core::colourFromHex(*l->colour) : std::nullopt;
        const core::Color c = chosen.value_or(r.swatch);
        bool visible = l->visible;
        if (ImGui::Checkbox("##visible", &visible)) out.emplace_back(core::action::SetBuiltinLayer{r.key, visible, {}, {}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(visible ? "Hide this layer" : "Show this layer");
        ImGui::SameLine();
        if (!simple) {
            float rgb[3] = {c.r, c.g, c.b};
            if (ImGui::ColorEdit3("##colour", rgb, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel))
                out.emplace_back(core::action::SetLayerColour{r.key, core::Color{rgb[0], rgb[1], rgb[2], 1.0f}});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(chosen ? "Colour chosen for this layer (right-click the name to reset)"
                                         : "Click to choose a colour for this layer");
        } else {
            ImGui::ColorButton("##swatch", ImVec4(c.r, c.g, c.b, 1), ImGuiColorEditFlags_NoTooltip,
                               ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));
        }
        ImGui::SameLine();
        const ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_AllowItemOverlap | ImGuiTreeNodeFlags_SpanAvailWidth |
                                         ImGuiTreeNodeFlags_FramePadding | (simple ? ImGuiTreeNodeFlags_Leaf : 0);
        if (!visible) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const bool open = ImGui::TreeNodeEx("##node", flags, "%s", r.label);
        if (!visible) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.tip);
        if (chosen && ImGui::BeginPopupContextItem("##reset")) {
            if (ImGui::MenuItem("Reset colour")) out.emplace_back(core::action::SetLayerColour{r.key, std::nullopt});
            ImGui::EndPopup();
        }
        if (orderable) {
            const bool top = !order.empty() && order.back() == key;
            const bool bottom = !order.empty() && order.front() == key;
            const float arrows = ImGui::GetFrameHeight() * 2.0f + ImGui::GetStyle().ItemSpacing.x;
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - arrows);
            ImGui::BeginDisabled(top);
            if (ImGui::ArrowButton("##up", ImGuiDir_Up)) out.emplace_back(core::action::MoveLayer{r.key, +1});
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("Draw above the layer listed over it");
            ImGui::SameLine();
            ImGui::BeginDisabled(bottom);
            if (ImGui::ArrowButton("##down", ImGuiDir_Down)) out.emplace_back(core::action::MoveLayer{r.key, -1});
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("Draw under the layer listed below it");
        }
        if (open) {
            if (!simple) {
                const bool hasLabels = key != "land";
                float o = static_cast<float>(l->opacity);
                ImGui::SetNextItemWidth(hasLabels ? -ImGui::CalcTextSize("labels").x - px(40.0f) : -1.0f);
                if (ImGui::SliderFloat("##opacity", &o, 0.0f, 1.0f, "opacity %.2f"))
                    out.emplace_back(core::action::SetBuiltinLayer{r.key, {}, o, {}});
                if (hasLabels) {
                    ImGui::SameLine();
                    bool labels = l->labels;
                    if (ImGui::Checkbox("labels", &labels)) out.emplace_back(core::action::SetBuiltinLayer{r.key, {}, {}, labels});
                }
                bool parts = false;
                const auto layers = core::mapLayersOf(key);
                for (const std::string_view part : core::builtinLayerParts(key)) {
                    const auto it = std::find_if(layers.begin(), layers.end(),
                                                 [&](core::MapLayer m) { return core::layerPartOf(m) == part; });
                    if (it == layers.end()) continue;
                    const core::MapLayer m = *it;
                    parts = true;
                    bool partShown = core::layerLook(ctx.state).visible[static_cast<std::size_t>(m)];
                    const std::string name(part);
                    if (ImGui::Checkbox(name.c_str(), &partShown)) out.emplace_back(core::action::SetLayerVisible{m, partShown});
                    ImGui::SameLine();
                }
                if (parts) ImGui::NewLine();
            }
            ImGui::TreePop();
        }
        if (n == 1 || n + 2 == list.size()) ImGui::Separator();  // the fixed rows apart from the ordered ones
        ImGui::PopID();
    }
    bool bySize = ctx.state.sizePlacesByMentions;
    if (ImGui::Checkbox("Size places by mentions", &bySize)) out.emplace_back(core::action::SetSizePlacesByMentions{bySize});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A place's symbol grows with how often the corpus names it");
    sectionTitle("Line status (in the chosen year)");
    const char* statuses[] = {"blockaded", "closed", "proposed", "controlled-by-armenia", "controlled-by-azerbaijan", "peacekeeping"};
    for (const char* st : statuses) {
        const auto s = core::statusStyle(core::MapLayer::Corridor, st);
        if (!s) continue;
        ImGui::ColorButton(st, ImVec4(s->color.r, s->color.g, s->color.b, 1), ImGuiColorEditFlags_NoTooltip, ImVec2(px(14.0f), px(14.0f)));
        ImGui::SameLine();
        ImGui::Text("%s%s", st, s->dashed ? " (dashed)" : "");
    }
    ImGui::TextWrapped("Dashed lines without a status colour are schematic or approximate: drawn from documented "
                       "waypoints, not surveyed.");
    ImGui::End();
}

void drawInspector(const ExplorerContext& ctx, std::vector<core::Action>& out) {
    if (!ctx.state.panels.inspector) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - px(452.0f), vp->WorkPos.y + px(12.0f)), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(px(440.0f), px(520.0f)), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Inspector")) { ImGui::End(); return; }
    if (ctx.state.selectedUser) {
        drawUserFeatureDetails(ctx, out);
        ImGui::End();
        return;
    }
    if (!ctx.state.selected) {
        ImGui::TextWrapped("Click a place, line or area on the map, a highlighted name in the reader, or a search "
                           "result to see its names, dates and every passage that mentions it.");
        ImGui::End();
        return;
    }
    const auto& mf = ctx.model.features[*ctx.state.selected];
    const core::GazetteerFeature* g = gazetteerOf(ctx, *ctx.state.selected);
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(g ? core::displayName(*g, ctx.state.naming).c_str() : mf.name.c_str());
    ImGui::PopFont();
    if (!g) {
        ImGui::TextDisabled("%s (basemap feature, no gazetteer record)", mf.id.c_str());
        ImGui::End();
        return;
    }
    ImGui::TextDisabled("%s \xC2\xB7 %s \xC2\xB7 %s", std::string(core::featureKindName(g->kind)).c_str(),
                        g->subkind.c_str(), g->id.c_str());
    if (ImGui::CollapsingHeader("Names", ImGuiTreeNodeFlags_DefaultOpen) &&
        ImGui::BeginTable("##names", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& n : g->names) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(n.text.c_str());
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s-%s", n.lang.c_str(), n.script.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(usageText(n).c_str());
        }
        ImGui::EndTable();
    }
    if (ImGui::CollapsingHeader("When", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (std::size_t i = 0; i < g->periods.size(); ++i) {
            const auto& p = g->periods[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string a = p.start ? std::to_string(*p.start) : "\xE2\x80\xA6";
            const std::string b = p.end ? std::to_string(*p.end) : "\xE2\x80\xA6";
            if (ImGui::SmallButton("go")) {
                if (p.start && p.end && *p.start != *p.end) out.emplace_back(core::action::SetRange{std::pair{*p.start, *p.end}});
                else out.emplace_back(core::action::SetYear{p.start ? p.start : p.end});
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Set the time filter to this period");
            ImGui::SameLine();
            ImGui::Text("%s\xE2\x80\x93%s  %s  (%s)", a.c_str(), b.c_str(), p.status.c_str(), p.certainty.c_str());
            ImGui::PopID();
        }
        const char* acc = g->accuracy == core::Accuracy::Exact ? "exact" : g->accuracy == core::Accuracy::Approximate ? "approximate" : "schematic";
        ImGui::TextWrapped("Geometry: %s. Source: %s", acc, g->source.c_str());
    }
    if (!ctx.data) {
        ImGui::TextDisabled("Indexing the corpus\xE2\x80\xA6");
        ImGui::End();
        return;
    }
    if (ImGui::CollapsingHeader("Named alongside", ImGuiTreeNodeFlags_DefaultOpen)) {
        bool show = ctx.state.showCoMentions;
        if (ImGui::Checkbox("Show only these on the map", &show)) out.emplace_back(core::action::SetShowCoMentions{show});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Fade every feature that no passage about this one also names");
        const auto co = core::coMentions(*ctx.data, g->id, 12);
        if (co.empty()) ImGui::TextDisabled("No passage names it with another feature.");
        const float right = ImGui::GetWindowContentRegionMax().x;
        for (std::size_t i = 0; i < co.size(); ++i) {
            const core::GazetteerFeature* other = ctx.data->feature(co[i].featureId);
            const std::string label = (other ? core::displayName(*other, ctx.state.naming) : co[i].featureId) + "  " +
                                      std::to_string(co[i].passages) + "##co" + std::to_string(i);
            const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
            if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < ImGui::GetWindowPos().x + right)
                ImGui::SameLine();
            if (ImGui::SmallButton(label.c_str())) out.emplace_back(core::action::SelectFeatureId{co[i].featureId});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%zu passages name both; click to select", co[i].passages);
        }
    }
    bool follow = ctx.state.inspectorFollowsTime;
    if (ctx.state.time.active()) {
        const std::string followLabel = "Only passages about " + timeText(ctx.state.time);
        if (ImGui::Checkbox(followLabel.c_str(), &follow)) out.emplace_back(core::action::SetInspectorFollowsTime{follow});
    } else {
        follow = false;  // no year chosen: every passage is "about" it
    }
    const auto groups = core::passagesForFeature(*ctx.data, g->id, follow ? &ctx.state.time : nullptr);
    std::size_t total = 0;
    for (const auto& gr : groups) total += gr.hits.size();
    ImGui::Text("%zu passages in %zu documents", total, groups.size());
    for (const auto& gr : groups) {
        const auto& doc = ctx.data->corpus.documents[gr.document];
        const std::string header = doc.readerTitle() + " (" + doc.meta.date.value_or("undated") + ") \xE2\x80\x94 " +
                                   std::to_string(gr.mentions) + " mentions###doc" + std::to_string(gr.document);
        if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (const auto& h : gr.hits) {
            const auto& p = ctx.data->corpus.passages[h.passage];
            ImGui::PushID(static_cast<int>(h.passage));
            const std::string years = yearsText(p);
            ImGui::TextDisabled("%s %zu%s%s", std::string(core::passageKindName(p.kind)).c_str(), h.ordinal,
                                years.empty() ? "" : " \xC2\xB7 ", years.c_str());
            std::vector<core::TextSpan> spans;
            if (h.highlightEnd > h.highlightBegin) spans.push_back({h.highlightBegin, h.highlightEnd, g->id});
            ImGui::Indent(8);
            drawRichText(h.sentence, spans);
            ImGui::Unindent(8);
            if (ImGui::SmallButton("Open in reader"))
                out.emplace_back(core::action::OpenPassage{h.passage, p.documentIndex, core::timeForPassage(p)});
            ImGui::Separator();
            ImGui::PopID();
        }
    }
    ImGui::End();
}

void drawReader(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.reader || !ctx.data) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - px(452.0f), vp->WorkPos.y + px(545.0f)), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(px(440.0f), px(300.0f)), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Reader")) { ImGui::End(); return; }
    const auto& docs = ctx.data->corpus.documents;
    const std::size_t docIndex = std::min(ctx.state.openDocument.value_or(0), docs.empty() ? 0 : docs.size() - 1);
    if (docs.empty()) { ImGui::TextDisabled("No documents"); ImGui::End(); return; }
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##doc", docs[docIndex].readerTitle().c_str())) {
        for (std::size_t d = 0; d < docs.size(); ++d)
            if (ImGui::Selectable(docs[d].readerTitle().c_str(), d == docIndex)) out.emplace_back(core::action::OpenDocument{d});
        ImGui::EndCombo();
    }
    if (ctx.state.openPassage != ui.lastOpenedPassage) {
        ui.scrollReaderToPassage = true;
        ui.lastOpenedPassage = ctx.state.openPassage;
    }
    ImGui::BeginChild("##passages");
    for (std::size_t i = 0; i < ctx.data->corpus.passages.size(); ++i) {
        const auto& p = ctx.data->corpus.passages[i];
        if (p.documentIndex != docIndex || p.kind == core::PassageKind::Boilerplate) continue;
        ImGui::PushID(static_cast<int>(i));
        const bool open = ctx.state.openPassage == i;
        const bool footnote = p.kind == core::PassageKind::Footnote;
        if (open && ui.scrollReaderToPassage) {
            ImGui::SetScrollHereY(0.1f);
            ui.scrollReaderToPassage = false;
        }
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (footnote) ImGui::Indent(18);
        if (p.kind == core::PassageKind::Heading) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.2f, 0.12f, 1));
        if (footnote || p.kind == core::PassageKind::FrontMatter || p.kind == core::PassageKind::References)
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.42f, 0.42f, 0.42f, 1));
        // Only passages on screen are laid out word by word; the rest are plain wrapped text of the same height.
        const bool visible = ImGui::IsRectVisible(ImVec2(start.x, start.y), ImVec2(start.x + 10, start.y + 200));
        std::optional<std::string> clicked;
        if (visible) clicked = drawRichText(p.cleanText, core::mentionSpans(*ctx.data, i));
        else ImGui::TextWrapped("%s", p.cleanText.c_str());
        if (footnote || p.kind == core::PassageKind::FrontMatter || p.kind == core::PassageKind::References) ImGui::PopStyleColor();
        if (p.kind == core::PassageKind::Heading) ImGui::PopStyleColor();
        if (footnote) ImGui::Unindent(18);
        const ImVec2 end = ImGui::GetItemRectMax();
        if (open)
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x - 6, start.y), ImVec2(start.x - 3, end.y),
                                                      ImGui::GetColorU32(ImVec4(0.85f, 0.55f, 0.1f, 1)));
        if (clicked) out.emplace_back(core::action::SelectFeatureId{*clicked, true});
        if (visible) {
            if (ImGui::SmallButton("Select passage"))
                out.emplace_back(core::action::OpenPassage{i, p.documentIndex, core::timeForPassage(p)});
            ImGui::SameLine();
            if (ImGui::SmallButton("Show on map")) out.emplace_back(core::action::FitFeatureIds{ctx.data->links->featuresOf(p.id)});
            ImGui::SameLine();
            // The clipboard belongs to the window system, not to the application state: copied directly.
            if (ImGui::SmallButton("Copy citation")) ImGui::SetClipboardText(core::citePassage(ctx.data->corpus, i).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", core::citePassage(ctx.data->corpus, i).c_str());
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::End();
}

void drawSearch(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.search) return;
    ImGui::SetNextWindowPos(ImVec2(px(12.0f), px(380.0f)), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(px(260.0f), px(260.0f)), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Search")) { ImGui::End(); return; }
    if (ui.focusSearch) {
        ImGui::SetKeyboardFocusHere();
        ui.focusSearch = false;
    }
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##q", "place, name in any script, or text", ui.searchBuffer,
                                                sizeof ui.searchBuffer, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ctx.state.search.query != ui.searchBuffer) out.emplace_back(core::action::SetSearchQuery{ui.searchBuffer});
    const auto& results = ctx.state.search.results;
    auto choose = [&](const core::SearchResult& r) {
        if (!ctx.data) return;
        if (r.kind == core::SearchResult::Kind::Feature)
            out.emplace_back(core::action::SelectFeatureId{ctx.data->gazetteer[r.index].id, true});
        else {
            const auto& p = ctx.data->corpus.passages[r.index];
            out.emplace_back(core::action::OpenPassage{r.index, p.documentIndex, core::timeForPassage(p)});
        }
    };
    if (enter && !results.empty()) choose(results.front());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        ImGui::PushID(static_cast<int>(i));
        const bool feature = r.kind == core::SearchResult::Kind::Feature;
        const std::string label = feature ? r.label + (r.matched != r.label ? "  (" + r.matched + ")" : "")
                                           : "\xC2\xB6 " + r.label + ": " + r.matched;
        if (ImGui::Selectable(label.c_str())) choose(r);
        ImGui::PopID();
    }
    ImGui::End();
}

void drawTimeline(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.timeline) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + px(290.0f), vp->WorkPos.y + vp->WorkSize.y - px(150.0f)), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(std::max(px(400.0f), vp->WorkSize.x - px(760.0f)), px(110.0f)), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Timeline")) { ImGui::End(); return; }
    const auto& t = ctx.state.time;
    if (ImGui::RadioButton("All years", !t.active())) {
        out.emplace_back(core::action::SetYear{std::nullopt});
        out.emplace_back(core::action::SetRange{std::nullopt});
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Year", t.year.has_value())) {
        ui.rangeMode = false;
        out.emplace_back(core::action::SetYear{t.year.value_or(t.range ? t.range->first : 2020)});
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Range", t.range.has_value())) {
        ui.rangeMode = true;
        const int y = t.year.value_or(2020);
        out.emplace_back(core::action::SetRange{std::pair{y - 3, y}});
    }
    ImGui::SameLine(0, px(24.0f));
    const int current = t.year.value_or(t.range ? t.range->first : 2020);
    if (ImGui::ArrowButton("##prev", ImGuiDir_Left))
        if (auto y = core::previousEventYear(ctx.events, current)) out.emplace_back(core::action::SetYear{*y});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event");
    ImGui::SameLine();
    if (ImGui::Button(ctx.state.playing ? "Pause" : "Play")) out.emplace_back(core::action::SetPlaying{!ctx.state.playing});
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Right))
        if (auto y = core::nextEventYear(ctx.events, current)) out.emplace_back(core::action::SetYear{*y});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event");
    ImGui::SameLine();
    float speed = static_cast<float>(ctx.state.playSpeed);
    ImGui::SetNextItemWidth(110);
    if (ImGui::SliderFloat("##speed", &speed, 0.5f, 20.0f, "%.1f yr/s")) out.emplace_back(core::action::SetPlaySpeed{speed});
    ImGui::SameLine();
    bool fade = t.display == core::TimeDisplay::Fade;
    if (ImGui::Checkbox("Fade others", &fade))
        out.emplace_back(core::action::SetTimeDisplay{fade ? core::TimeDisplay::Fade : core::TimeDisplay::Hide});

    ImGui::SetNextItemWidth(-1);
    const ImVec2 sliderPos = ImGui::GetCursorScreenPos();
    if (t.range) {
        int a = t.range->first, b = t.range->second;
        if (ImGui::DragIntRange2("##range", &a, &b, 0.5f, core::kTimelineFirstYear, core::kTimelineLastYear))
            out.emplace_back(core::action::SetRange{std::pair{std::min(a, b), std::max(a, b)}});
    } else {
        int y = t.year.value_or(2020);
        if (ImGui::SliderInt("##year", &y, core::kTimelineFirstYear, core::kTimelineLastYear)) out.emplace_back(core::action::SetYear{y});
    }
    // Event ticks under the slider, with the events' titles on hover.
    const float width = ImGui::GetItemRectSize().x;
    const float grab = ImGui::GetStyle().GrabMinSize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y0 = sliderPos.y + ImGui::GetItemRectSize().y + 2;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::string tip;
    for (const auto& e : ctx.events) {
        const float f = static_cast<float>(e.year - core::kTimelineFirstYear) /
                        static_cast<float>(core::kTimelineLastYear - core::kTimelineFirstYear);
        const float x = sliderPos.x + grab * 0.5f + f * (width - grab);
        dl->AddLine(ImVec2(x, y0), ImVec2(x, y0 + 8), ImGui::GetColorU32(ImVec4(0.6f, 0.2f, 0.1f, 0.9f)), 1.5f);
        if (std::abs(mouse.x - x) < 3 && mouse.y >= y0 - 2 && mouse.y <= y0 + 12)
            tip += std::to_string(e.year) + ": " + e.title + "\n";
    }
    ImGui::Dummy(ImVec2(width, 12));
    if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
    ImGui::End();
}

void drawHoverTooltip(const ExplorerContext& ctx) {
    if (ctx.state.hoveredUser) {
        drawUserFeatureTooltip(ctx);
        return;
    }
    if (!ctx.state.hovered || *ctx.state.hovered >= ctx.model.features.size()) return;
    const auto& mf = ctx.model.features[*ctx.state.hovered];
    const core::GazetteerFeature* g = gazetteerOf(ctx, *ctx.state.hovered);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(g ? core::displayName(*g, ctx.state.naming).c_str() : mf.name.c_str());
    if (g) {
        ImGui::TextDisabled("%s, %s", std::string(core::featureKindName(g->kind)).c_str(), g->subkind.c_str());
        const auto& v = ctx.visuals;
        if (*ctx.state.hovered < v.size() && !v[*ctx.state.hovered].status.empty())
            ImGui::Text("%s in %s", v[*ctx.state.hovered].status.c_str(), timeText(ctx.state.time).c_str());
        if (ctx.data) ImGui::Text("%zu passages", ctx.data->links->passagesOf(g->id).size());
    }
    ImGui::EndTooltip();
}

}  // namespace atlas::ui
