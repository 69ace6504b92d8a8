// libFuzzer target: a user vector layer read through geoio::readVectorFile (GDAL), written as a .geojson file.
#include <cpl_conv.h>
#include <gdal_priv.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_vector_entry_point.hpp"

// Only the GeoJSON driver stays registered, so that an input cannot make GDAL open other files (a VRT naming
// /dev/zero, a URL) and every run stays bounded and in-process.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".none");
    atlas::geoio::initGdal();
    // Deregistered drivers stay alive and reachable (LeakSanitizer checks after static destructors have run, so
    // the list itself is never destroyed): GDAL may still hold pointers to them.
    static auto* parked = new std::vector<GDALDriver*>;
    GDALDriverManager* drivers = GetGDALDriverManager();
    for (int i = drivers->GetDriverCount() - 1; i >= 0; --i) {
        GDALDriver* d = drivers->GetDriver(i);
        if (std::string(d->GetDescription()) == "GeoJSON") continue;
        drivers->DeregisterDriver(d);
        parked->push_back(d);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzVectorFile(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
