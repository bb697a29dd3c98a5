package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.export.GeoJsonExporter;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import picocli.CommandLine.Command;

/** {@code export-geojson}: the incidents that pass the filters, as a GeoJSON FeatureCollection (RFC 7946). */
@Command(name = "export-geojson", sortOptions = false,
        description = "The incidents that pass the filters, as GeoJSON (RFC 7946; the CSV's columns as properties).")
final class ExportGeoJsonCommand extends MapExportCommand {

    ExportGeoJsonCommand(Cli cli) {
        super(cli);
    }

    @Override
    void write(Dataset d, IncidentFilter f, List<Incident> rows, Path target) throws IOException {
        new GeoJsonExporter(d.articlesById()).write(rows, target);
    }
}
