// Export command: check the options, load the gazetteer and corpus, write the chosen export atomically.
#include "application/export_command.hpp"

#include <iostream>

#include "application/workspace_gazetteer.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/link_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "application/geoio_module.hpp"
#include "geoio/export.hpp"

namespace atlas::app {

int runExport(const Options& o, const std::filesystem::path& dataRoot) {
    if (!o.format) throw UsageError("export: --format is required (geojson, gpkg, csv, annotations, lpf)");
    const auto format = geoio::exportFormatFromKey(*o.format);
    if (!format)
        throw UsageError("--format: unknown '" + *o.format + "' (geojson, gpkg, csv, annotations, lpf)");
    if (!o.out) throw UsageError("export: --out FILE is required");
    if (int(o.year.has_value()) + int(o.date.has_value()) + int(o.range.has_value()) > 1)
        throw UsageError("export: give one of --year, --date and --range");
    const auto geodata = o.geodata.value_or(dataRoot / "geodata");
    const auto corpus = o.corpus.value_or(dataRoot / "corpus");
    const auto gazetteer = loadCommandGazetteer(geodata, o.workspace);  // + the workspace's features
    warnProblems(gazetteer.problems);
    if (gazetteer.features.empty()) {
        std::cerr << "caucasus-atlas: error: " << (geodata / "gazetteer.geojson").string() << ": no features to export\n";
        return 1;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(corpus, ec)) {
        std::cerr << "caucasus-atlas: error: " << corpus.string() << ": corpus folder not found\n";
        return 1;
    }
    const core::CorpusIndex index = core::indexCorpusDirectory(corpus, gazetteer.features, 0, lazyDocumentReaders());
    for (const auto& w : index.warnings) std::cerr << "caucasus-atlas: warning: " << w.file << ": " << w.message << "\n";
    const core::LinkIndex links(index);
    const geoio::ExportInput input{gazetteer.features, index, links, core::FeatureFilter{o.year, o.date, o.range}};
    try {
        const std::size_t n = geoioModule().exportTo(*format, input, *o.out);
        std::cout << o.out->string() << ": " << n << " records (" << *o.format << ")\n";
    } catch (const geoio::ExportError& e) {
        std::cerr << "caucasus-atlas: error: " << e.what() << "\n";
        return 1;
    } catch (const GeoioModuleError& e) {
        std::cerr << "caucasus-atlas: error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

}  // namespace atlas::app
