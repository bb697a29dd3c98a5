package org.incidentatlas.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key against the filtered list it is made from, and against the CSV of the same filter. */
class BriefingKeyTest {

    @TempDir
    static Path temp;
    private static Dataset dataset;
    private static List<Incident> shown;
    private static NearestCenters nearest;

    @BeforeAll
    static void read() throws IOException {
        dataset = new DatasetReader().read(TestDatasets.write(temp, "d.json", "Key test", 60)).dataset();
        IncidentFilter f = IncidentFilter.NONE.withTypes(Set.of("attack", "clash"));
        shown = FilteredRows.of(dataset, f, PlaceVariants.bundled()).incidents();
        nearest = new NearestCenters(dataset.centers());
    }

    private static int low(Casualties c) {
        return c == null ? -1 : c.low();
    }

    @Test
    void theMostSevereNAreKeyedAndNumberedInTheListsOrder() {
        BriefingKey key = BriefingKey.of(shown, new BriefingKey.KeyOptions(12, BriefingKey.Pick.SEVERE, true),
                dataset.articlesById(), nearest);
        assertEquals(12, key.entries().size());
        assertEquals(shown.size() - 12, key.more());
        // no incident left out is more severe than one keyed
        int leastKeyed = key.entries().stream().mapToInt(e -> low(e.incident().killed())).min().orElseThrow();
        List<Incident> keyed = key.entries().stream().map(BriefingKey.Entry::incident).toList();
        assertTrue(shown.stream().filter(i -> !keyed.contains(i)).allMatch(i -> low(i.killed()) <= leastKeyed));
        // numbered 1..12 in the list's (date) order
        for (int k = 0; k < 12; k++) {
            assertEquals(k + 1, key.entries().get(k).number());
        }
        List<Incident> inListOrder = shown.stream().filter(keyed::contains).toList();
        assertEquals(inListOrder, keyed);
        assertEquals("The 12 most severe of " + shown.size() + " incidents; " + (shown.size() - 12)
                + " more are in the CSV of the same filter (File > Export CSV, or export-csv with the same flags).",
                key.moreLine());
    }

    @Test
    void eachLineSaysTheDateWithItsPrecisionThePlaceTypeFiguresCitationAndNearestCentre() {
        BriefingKey key = BriefingKey.of(shown, new BriefingKey.KeyOptions(200, BriefingKey.Pick.RECENT, true),
                dataset.articlesById(), nearest);
        assertEquals(shown.size(), key.entries().size(), "all fit");
        assertEquals("", key.moreLine());
        for (BriefingKey.Entry e : key.entries()) {
            Incident i = e.incident();
            assertEquals(i.datePrecision() == DatePrecision.YEAR ? "2020 (year)"
                    : DateText.of(i) + " (day)", e.date());
            assertEquals(i.place() + ", " + i.province(), e.place());
            assertEquals(i.type(), e.type());
            assertEquals(Casualties.display(i.killed()), e.killed());
            assertEquals("?", e.injured());
            assertEquals("Test Wire, 2020-01-01", e.citation());
            String centre = i.place().equals("Sinjar") ? "Sinjar coordination centre" : "Baqubah operations room";
            assertEquals(centre, e.nearestCentre());
        }
        // Sinjar's incidents are at (36.32, 41.86), the centre at (36.32, 41.87): 0.01 degree of longitude at
        // 36.32 N is 111.195 * cos(36.32 deg) / 100 = 0.896 km
        BriefingKey.Entry sinjar = key.entries().stream().filter(e -> e.place().startsWith("Sinjar")).findFirst().orElseThrow();
        assertEquals("0.9", sinjar.nearestKm());
    }

    @Test
    void theMostRecentPickTakesTheLatest() {
        BriefingKey key = BriefingKey.of(shown, new BriefingKey.KeyOptions(5, BriefingKey.Pick.RECENT, true),
                dataset.articlesById(), nearest);
        List<Incident> latest = shown.stream().sorted(Comparator.comparing(Incident::dateStart).reversed()
                .thenComparing(Incident::id)).limit(5).toList();
        assertEquals(latest.stream().sorted(Incident.BY_DATE_THEN_ID).toList(),
                key.entries().stream().map(BriefingKey.Entry::incident).toList());
    }

    @Test
    void theKeysFiguresMatchTheCsvOfTheSameFilter() throws IOException {
        BriefingKey key = BriefingKey.of(shown, BriefingKey.KeyOptions.DEFAULT, dataset.articlesById(), nearest);
        Path csv = temp.resolve("same.csv");
        new CsvExporter(dataset.articlesById(), nearest).write(shown, csv, false);
        Map<String, CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords()
                    .stream().collect(Collectors.toMap(x -> x.get("id"), Function.identity()));
        }
        assertEquals(shown.size(), rows.size(), "the CSV holds every incident the briefing shows");
        for (BriefingKey.Entry e : key.entries()) {
            CSVRecord row = rows.get(e.incident().id());
            String killed = row.get("killed_low").isEmpty() ? "?" : row.get("killed_low").equals(row.get("killed_high"))
                    ? row.get("killed_low") : row.get("killed_low") + "\u2013" + row.get("killed_high");
            assertEquals(killed, e.killed(), e.incident().id());
            assertEquals(row.get("nearest_center"), e.nearestCentre());
            assertEquals(row.get("nearest_center_km"), e.nearestKm());
            assertEquals(row.get("type"), e.type());
        }
    }
}
