package org.incidentatlas.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Small datasets the tests write themselves: {@code n} incidents spread over three types, two provinces and a few
 * actors, one a day from 1 January 2020, each quoting a stored article; two centres.
 */
final class TestDatasets {

    static final String[] TYPES = {"attack", "clash", "protest"};
    static final String[] PROVINCES = {"Ninawa", "Diyala"};

    private TestDatasets() {
    }

    /** Writes the dataset to {@code dir/name} with its articles folder; returns the file. */
    static Path write(Path dir, String name, String title, int n) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        String text = "Gunmen attacked a checkpoint near Sinjar on Tuesday, killing two guards.\n"
                + "Protesters gathered in Baqubah to demand jobs.\n";
        Files.writeString(dir.resolve("articles/a1.txt"), text, StandardCharsets.UTF_8);
        Article article = new Article("a1", "Test Wire", "Checkpoint attacked", "2020-01-01", null, "articles/a1.txt",
                null, null, null);
        Quote quote = new Quote("a1", "Gunmen attacked a checkpoint near Sinjar", List.of("type", "place"));
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String province = PROVINCES[i % 2];
            incidents.add(new Incident(String.format("inc-%04d", i), "Incident " + i + " in " + (i % 2 == 0 ? "Sinjar" : "Baqubah"),
                    TYPES[i % 3], LocalDate.of(2020, 1, 1).plusDays(i), LocalDate.of(2020, 1, 1).plusDays(i),
                    DatePrecision.DAY, i % 2 == 0 ? "Sinjar" : "Baqubah", province, i % 2 == 0 ? 36.32 : 33.75,
                    i % 2 == 0 ? 41.86 : 44.64, GeoPrecision.TOWN, 5.0, List.of(i % 4 == 0 ? "Militia A" : "Army B"),
                    i % 5 == 0 ? null : Casualties.exactly(i % 7), null, "Summary " + i, List.of(quote), List.of(),
                    null));
        }
        List<Center> centers = List.of(
                new Center("c-sinjar", "Sinjar coordination centre", "joint coordination centre", 36.32, 41.87,
                        GeoPrecision.TOWN, 2.0, "Ninawa", "active", List.of(quote), null),
                new Center("c-baqubah", "Baqubah operations room", "operations centre", 33.75, 44.64,
                        GeoPrecision.TOWN, 2.0, "Diyala", "active", List.of(quote), null));
        Dataset d = new Dataset(null, title, "written by a test", null, List.of(article), centers, incidents);
        Path file = dir.resolve(name);
        new DatasetWriter().write(d, file);
        return file;
    }
}
