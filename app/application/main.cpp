// caucasus-atlas entry point: parse the command line, find the data, run the chosen command.
#include <iostream>
#include <string>
#include <vector>

#include "application/check_command.hpp"
#include "application/export_command.hpp"
#include "application/features_command.hpp"
#include "application/index_command.hpp"
#include "application/places_command.hpp"
#include "application/options.hpp"
#include "application/render_command.hpp"
#include "application/viewer.hpp"
#include "application/data_root.hpp"

int main(int argc, char** argv) {
    using namespace atlas::app;
    try {
        const Options options = parseOptions(std::vector<std::string>(argv + 1, argv + argc));
        if (options.command == "help") {
            std::cout << helpText();
            return 0;
        }
        if (options.command == "version") {
            std::cout << "caucasus-atlas " << ATLAS_VERSION << "\n";
            return 0;
        }
        const auto root = findDataRoot(argv[0]);
        if (!root && !options.geodata) {
            std::cerr << "caucasus-atlas: error: cannot find the bundled data (geodata/); use --geodata DIR "
                         "or set ATLAS_DATA_DIR\n";
            return 1;
        }
        const auto dataRoot = root.value_or(std::filesystem::path("."));
        if (options.command == "render") return runRender(options, dataRoot);
        if (options.command == "index") return runIndex(options, dataRoot);
        if (options.command == "export") return runExport(options, dataRoot);
        if (options.command == "features") return runFeatures(options, dataRoot);
        if (options.command == "check") return runCheck(options, dataRoot);
        if (options.command == "places") return runPlaces(options, dataRoot);
        return runViewer(options, dataRoot);
    } catch (const UsageError& e) {
        std::cerr << "caucasus-atlas: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "caucasus-atlas: error: " << e.what() << "\n";
        return 1;
    }
}
