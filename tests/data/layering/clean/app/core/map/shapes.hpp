// Fixture (layering check): a core header with includes that only look like forbidden ones.
#pragma once

#include <vector>
#include <nlohmann/json.hpp>

#include "core/projector.hpp"     // not proj.h
#include "core/map/gl_free.hpp"   // not a GL header
#include "core/map/geoslike.hpp"  // not a GEOS header
// #include <imgui.h>  (a comment, not an include)
