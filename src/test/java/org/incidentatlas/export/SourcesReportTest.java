package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.Test;

class SourcesReportTest {

    private static Dataset bundled() {
        ReadResult r = new DatasetReader().read(TestFiles.bundledDataset());
        assertTrue(r.ok(), r.problems().toString());
        return r.dataset();
    }

    @Test
    void listsEveryRecordWithEveryQuote() {
        Dataset d = bundled();
        String md = SourcesReport.markdown(d, "assets/data/incident-atlas.json");
        int quotes = 0;
        for (AtlasRecord r : java.util.stream.Stream.concat(d.centers().stream(), d.incidents().stream()).toList()) {
            assertTrue(md.contains("(`" + r.id() + "`)"), "record " + r.id() + " missing");
            for (Quote q : r.quotes()) {
                assertTrue(md.contains("> " + q.text().replace("\n", "\n> ")), "quote missing: " + q.text());
                quotes++;
            }
        }
        assertTrue(quotes > 20, "the bundled dataset should have many quotes, found " + quotes);
    }

    /** docs/dataset-sources.md must be what the command makes from the dataset as it is now. */
    @Test
    void theCommittedReportMatchesTheDataset() throws IOException {
        Path committed = TestFiles.projectDir().resolve("docs/dataset-sources.md");
        String expected = SourcesReport.markdown(bundled(), "assets/data/incident-atlas.json");
        assertEquals(expected, Files.readString(committed, StandardCharsets.UTF_8),
                "docs/dataset-sources.md is out of date: run " + SourcesReport.COMMAND);
    }
}
