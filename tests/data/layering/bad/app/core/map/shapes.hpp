// Fixture (layering check): the same core header with one bad include (line 8: GDAL in core).
#pragma once

#include <vector>
#include <nlohmann/json.hpp>

#include "core/projector.hpp"     // not proj.h
#include <gdal_priv.h>
#include "core/map/geoslike.hpp"  // not a GEOS header
// #include <imgui.h>  (a comment, not an include)
