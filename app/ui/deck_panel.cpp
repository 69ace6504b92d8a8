// Deck panel (its Open and Save as use the file chooser, ui/file_chooser.hpp): ImGui over the open deck; every change is an EditDeck or Present action.
#include "ui/deck_panel.hpp"
#include "ui/dock.hpp"

#include <imgui.h>

#include "ui/metrics.hpp"
#include "ui/file_chooser.hpp"
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace atlas::ui {
namespace {

core::action::EditDeck edit(core::DeckEdit e, std::size_t slide = 0, std::size_t to = 0) {
    core::action::EditDeck a{};
    a.edit = e;
    a.slide = slide;
    a.to = to;
    return a;
}

}  // namespace

void drawDeckPanel(const core::AppState& state, UiState& ui, std::vector<core::Action>& out) {
    if (!state.panels.deck) return;
    struct {
        const core::Deck* deck;
        const core::DeckOrigin& origin;
        bool dirty;
    } ctx{state.deck.deck ? &*state.deck.deck : nullptr, state.deck.origin, state.deck.dirty};
    const std::size_t selectedSlide = state.deck.selected;
    // Docked on the left under Layers and Search: the Inspector and Reader keep the right-hand side.
    if (!beginDockedPanel("Deck", core::Panel::Deck, &ui.dock, out)) return;
    if (ImGui::Button("New")) {
        if (ctx.deck && ctx.dirty) ImGui::OpenPopup("Discard changes?");
        else out.emplace_back(edit(core::DeckEdit::New));
    }
    ImGui::SameLine();
    if (ImGui::Button("Open\xE2\x80\xA6")) openFileChooser(ui, core::FileUse::OpenDeck, state);
    if (ImGui::BeginPopupModal("Discard changes?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("The deck has unsaved changes. Start a new deck anyway?");
        if (ImGui::Button("Discard and start a new deck")) {
            out.emplace_back(edit(core::DeckEdit::New));
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (!ctx.deck) {
        ImGui::Spacing();
        ImGui::TextWrapped("No deck open. New starts one (then Add current view for each slide); Open reads a "
                           "deck file such as decks/caucasus-story.json.");
        ImGui::End();
        return;
    }
    const core::Deck& deck = *ctx.deck;
    ImGui::SameLine();
    if (ImGui::Button("Save")) {
        if (ctx.origin.path.empty()) openFileChooser(ui, core::FileUse::SaveDeck, state);
        else out.emplace_back(edit(core::DeckEdit::Save));
    }
    ImGui::SameLine();
    if (ImGui::Button("Save as\xE2\x80\xA6")) openFileChooser(ui, core::FileUse::SaveDeck, state);
    ImGui::SameLine();
    ImGui::BeginDisabled(deck.slides.empty());
    if (ImGui::Button("Present"))
        out.emplace_back(core::action::Present{core::PresentCommand::StartHere, selectedSlide});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("From the selected slide (Shift+F5); F5 starts at the first");

    const std::string file = ctx.origin.path.empty() ? "not saved yet" : ctx.origin.path.filename().string();
    ImGui::TextDisabled("%s", file.c_str());
    if (ctx.dirty) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.7f, 0.35f, 0.1f, 1.0f), "\xC2\xB7 unsaved changes");
    }

    // Edit buffers follow the selection, and are reloaded whenever the slides change under them (the revision).
    const std::pair<std::size_t, std::uint64_t> textFor{selectedSlide, state.deck.revision};
    if (ui.deckTextFor != textFor) {
        ui.deckTitle = deck.title;
        ui.deckAuthor = deck.author;
        const bool has = selectedSlide < deck.slides.size();
        ui.slideTitle = has ? deck.slides[selectedSlide].title : "";
        ui.slideCaption = has ? deck.slides[selectedSlide].caption : "";
        ui.slideNotes = has ? deck.slides[selectedSlide].notes : "";
        ui.deckTextFor = textFor;
    }
    ImGui::SetNextItemWidth(-70);
    bool info = ImGui::InputText("Deck title", &ui.deckTitle);
    ImGui::SetNextItemWidth(-70);
    info |= ImGui::InputText("Author", &ui.deckAuthor);
    if (info) {
        core::action::EditDeck a = edit(core::DeckEdit::SetInfo);
        a.title = ui.deckTitle;
        a.caption = ui.deckAuthor;
        out.emplace_back(std::move(a));
    }

    ImGui::Separator();
    ImGui::Text("%zu slides", deck.slides.size());
    if (ImGui::BeginChild("##slides", ImVec2(0, 190), true)) {
        for (std::size_t i = 0; i < deck.slides.size(); ++i) {
            const std::string title = deck.slides[i].title.empty() ? "(untitled)" : deck.slides[i].title;
            const std::string label = std::to_string(i + 1) + ". " + title + "##slide" + std::to_string(i);
            if (ImGui::Selectable(label.c_str(), i == selectedSlide)) out.emplace_back(edit(core::DeckEdit::Show, i));
        }
    }
    ImGui::EndChild();

    const bool selected = selectedSlide < deck.slides.size();
    const std::size_t i = selectedSlide;
    if (ImGui::Button("Add current view"))  // after the selected slide
        out.emplace_back(edit(core::DeckEdit::AddCurrentView, selected ? i + 1 : deck.slides.size()));
    ImGui::SameLine();
    ImGui::BeginDisabled(!selected);
    if (ImGui::Button("Update from current view")) out.emplace_back(edit(core::DeckEdit::UpdateFromCurrentView, i));
    ImGui::EndDisabled();
    ImGui::BeginDisabled(!selected || i == 0);
    if (ImGui::Button("Move up")) out.emplace_back(edit(core::DeckEdit::Move, i, i - 1));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!selected || i + 1 >= deck.slides.size());
    if (ImGui::Button("Move down")) out.emplace_back(edit(core::DeckEdit::Move, i, i + 1));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!selected);
    if (ImGui::Button("Duplicate")) out.emplace_back(edit(core::DeckEdit::Duplicate, i));
    ImGui::SameLine();
    if (ImGui::Button("Delete")) out.emplace_back(edit(core::DeckEdit::Delete, i));
    ImGui::EndDisabled();

    if (selected) {
        ImGui::Separator();
        ImGui::Text("Slide %zu", i + 1);
        ImGui::SetNextItemWidth(-70);
        bool changed = ImGui::InputText("Title", &ui.slideTitle);
        ImGui::TextDisabled("Caption (shown to the audience)");
        changed |= ImGui::InputTextMultiline("##caption", &ui.slideCaption, ImVec2(-1, 84));
        ImGui::TextDisabled("Speaker notes (N in presentation)");
        changed |= ImGui::InputTextMultiline("##notes", &ui.slideNotes, ImVec2(-1, 84));
        if (changed) {
            core::action::EditDeck a = edit(core::DeckEdit::SetText, i);
            a.title = ui.slideTitle;
            a.caption = ui.slideCaption;
            a.notes = ui.slideNotes;
            out.emplace_back(std::move(a));
        }
    }
    ImGui::End();
}

}  // namespace atlas::ui
