// The write guard over the write commands.
#include "core/state/write_guard.hpp"

namespace atlas::core {

std::optional<WriteTarget> writeTarget(const Command& command) {
    if (const auto* c = std::get_if<command::WriteViewFile>(&command)) return WriteTarget{FileUse::SaveView, c->path, c->overwrite};
    if (const auto* c = std::get_if<command::ExportPng>(&command))
        return WriteTarget{FileUse::ExportPng, c->request.path, c->request.overwrite};
    if (const auto* c = std::get_if<command::ExportHandout>(&command))
        return WriteTarget{FileUse::ExportHandout, c->path, c->overwrite};
    if (const auto* c = std::get_if<command::WriteDeckFile>(&command)) return WriteTarget{FileUse::SaveDeck, c->path, c->overwrite};
    return std::nullopt;
}

std::optional<std::string> refuseWrite(const Command& command) {
    const auto target = writeTarget(command);
    if (!target) return std::nullopt;
    return writeRefusal(target->use, target->path, target->overwrite);
}

}  // namespace atlas::core
