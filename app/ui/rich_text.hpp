// Word-wrapped text with coloured, clickable spans (ImGui 1.86 has no rich text).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/explore/explorer.hpp"

namespace atlas::ui {

/// Draws `text` wrapped at the window's content width; spans are drawn in their feature's colour and
/// underlined. Returns the feature id of a span the user clicked this frame.
std::optional<std::string> drawRichText(const std::string& text, const std::vector<core::TextSpan>& spans);

}  // namespace atlas::ui
