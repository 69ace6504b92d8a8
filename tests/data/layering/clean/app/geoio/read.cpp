// Fixture (layering check): geoio may include GDAL, PROJ and GEOS.
#include <gdal_priv.h>
#include <geos_c.h>
#include <proj.h>
