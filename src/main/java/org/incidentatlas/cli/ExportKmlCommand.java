package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.export.KmlExporter;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import picocli.CommandLine.Command;

/** {@code export-kml}: the incidents that pass the filters, as KML 2.2 for Google Earth. */
@Command(name = "export-kml", sortOptions = false,
        description = "The incidents that pass the filters, as KML 2.2 (one placemark per incident, styled by type).")
final class ExportKmlCommand extends MapExportCommand {

    ExportKmlCommand(Cli cli) {
        super(cli);
    }

    @Override
    void write(Dataset d, IncidentFilter f, List<Incident> rows, Path target) throws IOException {
        new KmlExporter(d.articlesById(), d.title() + " (" + f.describe() + ")").write(rows, target);
    }
}
