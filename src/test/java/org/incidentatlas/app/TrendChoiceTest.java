package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.incidentatlas.model.DatePrecision;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.trend.TrendSeries;
import org.incidentatlas.trend.TrendSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend chart's state through the Workbench: follows the filtered list, exports its series. */
class TrendChoiceTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() {
        node = Preferences.userRoot().node("org/incidentatlas-tests/trend-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theSeriesFollowsTheFilteredListWhileShown() throws IOException {
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Trend", 90));
        assertNull(bench.trend().seriesProperty().get(), "not worked out while the chart is not shown");
        bench.trend().setActive(true);
        TrendSeries all = bench.trend().seriesProperty().get();
        // 90 days from 1 Jan 2020, one a day; every tenth is dated to the year only and not placed in a month
        assertEquals(9, all.notPlaced());
        assertEquals(3, all.periods().size());
        double sum = 0;
        for (int p = 0; p < all.periods().size(); p++) {
            sum += all.total(p);
        }
        assertEquals(bench.incidents().size() - 9, sum, 0);
        bench.changeFilter(f -> f.withTypes(Set.of("attack")));
        TrendSeries attacks = bench.trend().seriesProperty().get();
        assertEquals(List.of("attack"), attacks.names());
        assertEquals(bench.incidents().stream().filter(i -> i.datePrecision() != DatePrecision.YEAR).count(),
                attacks.total(0) + attacks.total(1) + attacks.total(2), 0);
        bench.trend().setSpec(TrendSpec.DEFAULT.withBucket(TrendSpec.Bucket.WEEK));
        assertEquals(TrendSpec.Bucket.WEEK, bench.trend().seriesProperty().get().spec().bucket());
    }

    @Test
    void theSeriesAndThePictureAreExported() throws IOException {
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Trend", 40));
        bench.trend().setActive(true);
        Path csv = temp.resolve("out/trend");
        Files.createDirectories(csv.getParent());
        dialogs.file(csv);
        bench.trend().chooseAndExportCsv();
        assertTrue(dialogs.fileRequests.get(0).suggestedName().startsWith("trend-incidents-per-month-by-type"),
                dialogs.fileRequests.get(0).suggestedName());
        List<String> lines = Files.readAllLines(temp.resolve("out/trend.csv"));
        assertEquals("period_start,period_end,attack,clash,protest,total", lines.get(0));
        assertEquals(3, lines.size(), "January and February 2020");
        Path png = temp.resolve("out/trend.png");
        bench.trend().exportPng(new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB), png);
        assertTrue(Files.size(png) > 0);
        Path dataset = temp.resolve("d/atlas.json");
        bench.trend().exportCsv(dataset);
        assertTrue(dialogs.lastShown().headline().startsWith("Nothing was written"), "never over the dataset");
        assertFalse(Files.readString(dataset).startsWith("period_start"));
    }
}
