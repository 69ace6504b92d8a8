// Fixture (layering check): ui may use ImGui and core, not geoio.
#include <imgui.h>

#include "core/state/app_state.hpp"
#include "ui/geoio_free.hpp"
