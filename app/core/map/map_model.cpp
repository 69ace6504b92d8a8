// Lookups over the loaded map model.
#include "core/map/map_model.hpp"

namespace atlas::core {

std::optional<std::size_t> MapModel::findById(const std::string& id) const {
    for (std::size_t i = 0; i < features.size(); ++i)
        if (features[i].id == id) return i;
    return std::nullopt;
}

}  // namespace atlas::core
