// Fixture (layering check): render may use GL, glad and core, not ImGui or GDAL.
#include <glad/gl.h>

#include "core/frame/render_frame.hpp"
#include "render/gl_objects.hpp"
