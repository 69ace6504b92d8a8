// Internal to the reducer: one reduce() overload per action, defined by area in core/state/apply_*.cpp, and the
// helpers the areas share.
#pragma once

#include <string>

#include "core/state/reducer.hpp"

namespace atlas::core::detail {

void reduce(AppState& s, const action::PanPixels& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ZoomAt& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::FlyTo& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ResetView& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetProjection& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetViewport& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetCursor& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ToggleGraticule& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ToggleLabels& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Tick& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Quit& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetYear& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetRange& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetDate& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetTimeDisplay& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Select& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Hover& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetLayerOpacity& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::OpenPassage& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::OpenDocument& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetPlaying& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetPlaySpeed& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetTimelineUnit& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetNaming& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SelectFeatureId& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::FitFeatureIds& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetInspectorFollowsTime& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetTimeFollowsText& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetLayerVisible& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetPanelOpen& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::OpenViewFile& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SaveViewFile& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::AddUserLayer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::UserLayerLoaded& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::RemoveUserLayer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::FitUserLayer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetUserLayerLabels& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::MoveUserLayer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetUserLayerStyle& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SelectUserFeature& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::HoverUserFeature& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Present& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::EditDeck& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ExportHandout& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetSizePlacesByMentions& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetShowCoMentions& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ExportPng& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetLayerLabels& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetLayerColour& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::MoveLayer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetBuiltinLayer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetUiScale& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ShowView& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ProjectionSwitched& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetFrameOptions& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::CorpusReady& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::OpenPassageId& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetSearchQuery& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SearchDone& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::WindowFullscreen& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetCaptionBand& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::DeckOpened& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::DeckSaved& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SelectDeckSlide& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ShowSlide& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetCamera& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ToggleFullscreen& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Undo& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::Redo& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ViewSaved& a, const ReduceContext& ctx, Commands& out);
// apply_workspace.cpp
void reduce(AppState& s, const action::OpenWorkspace& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::WorkspaceOpened& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::AddDocuments& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::RemoveDocument& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetDocumentMeta& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::CorpusReindexed& a, const ReduceContext& ctx, Commands& out);
// apply_places.cpp
void reduce(AppState& s, const action::PlacesLoaded& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewGo& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewFilter& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewAccept& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewAcceptConfident& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewAlias& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewPlace& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewPlaceRoute& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewReject& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewDefer& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewNoMatch& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::SetReviewPick& a, const ReduceContext& ctx, Commands& out);
void reduce(AppState& s, const action::ReviewMapClick& a, const ReduceContext& ctx, Commands& out);

/// Reports a problem with `file` (a view, a deck, a layer) in the Load problems list.
void report(Commands& out, Severity severity, std::string file, std::string message);
/// Shows a view state (action::ShowView): false when it could not be shown now (another projection: the app is
/// asked to switch first and `retry` is applied after the switch; no projector: reported).
bool showView(AppState& s, const ViewState& view, const std::string& source, const ReduceContext& ctx, Commands& out,
              Action retry);
/// What the window shows now as a view state; nullopt without a projector and lookup.
std::optional<ViewState> currentView(const AppState& s, const ReduceContext& ctx);
/// Per frame: the timeline's play (apply_time.cpp) and the presentation's year count (apply_present.cpp).
void tickPlay(AppState& s, double dt);
void tickPresentation(AppState& s, double dt);

}  // namespace atlas::core::detail
