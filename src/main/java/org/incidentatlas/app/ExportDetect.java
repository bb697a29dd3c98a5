package org.incidentatlas.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentatlas.importer.ImportSource;

/**
 * Tells a UCDP GED or ACLED export from its header line, so that File > Open on one can offer to import it
 * rather than report it as a broken dataset.
 */
final class ExportDetect {

    private ExportDetect() {
    }

    /** The export this file's first line looks like, if any; a file that cannot be read looks like none. */
    static Optional<ImportSource> of(Path file) {
        String first;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = r.readLine();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (first == null) {
            return Optional.empty();
        }
        String line = first.startsWith("\ufeff") ? first.substring(1) : first;
        Set<String> columns = Arrays.stream(line.split("[,;\t]")).map(s -> s.replace("\"", "").trim()
                .toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (columns.contains("event_id_cnty") && columns.contains("event_date")) {
            return Optional.of(ImportSource.ACLED);
        }
        if (columns.contains("type_of_violence") && columns.contains("where_prec")) {
            return Optional.of(ImportSource.UCDP);
        }
        return Optional.empty();
    }

    /** A name that says CSV, whatever its header. */
    static boolean namedCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
