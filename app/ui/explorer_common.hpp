// Helpers shared by the explorer's panels (ui/explorer_panels.hpp): gazetteer lookup, year and name-usage text.
#pragma once

#include <cstddef>
#include <string>

#include "core/corpus/passage.hpp"
#include "core/gazetteer/gazetteer.hpp"
#include "core/time_filter.hpp"
#include "ui/explorer_panels.hpp"

namespace atlas::ui {

/// The gazetteer entry of a selected or hovered map feature or off-map place; null while no corpus is loaded or
/// when it has none.
const core::GazetteerFeature* gazetteerOf(const ExplorerContext& ctx, const core::Selection& selection);
/// The name to show for a selection under the chosen naming (the gazetteer's, else the map's own).
std::string selectionName(const ExplorerContext& ctx, const core::Selection& selection);
/// A name's usages ("official, historical, adjective").
std::string usageText(const core::Name& n);
/// A passage's years ("1828, 1853–1856").
std::string yearsText(const core::Passage& p);
/// The time filter as text: a year, a range or "all years".
std::string timeText(const core::TimeFilter& t);
/// A disabled caption over a separator.
void sectionTitle(const char* text);

}  // namespace atlas::ui
