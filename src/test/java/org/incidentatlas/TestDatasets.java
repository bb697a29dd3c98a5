package org.incidentatlas;

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
 * actors, one a day from 1 January 2020, each quoting a stored article; two centres. Killed: none known for every
 * fifth incident, else {@code i % 7}. Actors: "Militia A" for every fourth, else "Army B", and one of 13 "Tribe N" (a
 * list long enough to have its own search box). The article is long enough
 * that its quote runs over several lines in the article view.
 */
public final class TestDatasets {

    public static final String[] TYPES = {"attack", "clash", "protest"};
    public static final String[] PROVINCES = {"Ninawa", "Diyala"};

    /** The quote every record rests on, verbatim in the stored article. */
    public static final String LONG_QUOTE = "Gunmen attacked a checkpoint near Sinjar on Tuesday night, killing two guards"
            + " and wounding three others before fleeing towards the mountain, according to a police officer who spoke"
            + " on condition of anonymity because he was not authorised to brief the press.";

    private TestDatasets() {
    }

    /** Writes the dataset to {@code dir/name} with its articles folder; returns the file. */
    public static Path write(Path dir, String name, String title, int n) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        String text = "SINJAR, Iraq. Local officials described a quiet morning before the attack.\n\n".repeat(30)
                + LONG_QUOTE + "\n\n" + "Protesters gathered in Baqubah to demand jobs.\n".repeat(30);
        Files.writeString(dir.resolve("articles/a1.txt"), text, StandardCharsets.UTF_8);
        Article article = new Article("a1", "Test Wire", "Checkpoint attacked", "2020-01-01", null, "articles/a1.txt",
                null, null, null);
        Quote quote = new Quote("a1", LONG_QUOTE, List.of("type", "place"));
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean sinjar = i % 2 == 0;
            boolean yearOnly = i % 10 == 9; // dated no better than the year
            boolean provinceOnly = i % 10 == 3; // located no better than the province
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i);
            // one title carries a right-to-left override, as a hostile or broken source might
            String heading = "Incident " + i + " in " + (sinjar ? "Sinjar" : "Baqubah") + (i == 7 ? " \u202Egnp.exe\u202C" : "");
            incidents.add(new Incident(String.format("inc-%04d", i), heading,
                    TYPES[i % 3], yearOnly ? LocalDate.of(2020, 1, 1) : day, yearOnly ? LocalDate.of(2020, 12, 31) : day,
                    yearOnly ? DatePrecision.YEAR : DatePrecision.DAY, sinjar ? "Sinjar" : "Baqubah", PROVINCES[i % 2],
                    sinjar ? 36.32 : 33.75, sinjar ? 41.86 : 44.64, provinceOnly ? GeoPrecision.PROVINCE : GeoPrecision.TOWN,
                    provinceOnly ? 60.0 : 5.0, List.of(i % 4 == 0 ? "Militia A" : "Army B", "Tribe " + (i % 13)),
                    i % 5 == 0 ? null : Casualties.exactly(i % 7), null, "Summary " + i, List.of(quote), List.of(),
                    provinceOnly ? "Placed at the province's main town: the report names only the province." : null));
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
