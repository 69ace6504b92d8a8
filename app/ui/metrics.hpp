// Sizes in the interface's own units: a length designed at 100 % (15 px text) grows with the interface scale
// (HiDPI monitors, View > Interface size), measured from the current font.
#pragma once

#include <imgui.h>

namespace atlas::ui {

/// `px` logical pixels at 100 %, in window pixels at the current interface scale.
inline float px(float px100) { return px100 * ImGui::GetFontSize() / 15.0f; }

}  // namespace atlas::ui
