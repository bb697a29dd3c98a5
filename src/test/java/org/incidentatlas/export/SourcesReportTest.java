package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
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

    @Test
    void bidirectionalControlsAreShownNotObeyed() {
        Dataset d = bundled();
        var first = d.incidents().get(0);
        var tricked = new Incident(first.id(), "Clash\u202E at gnirp", first.type(), first.dateStart(),
                first.dateEnd(), first.datePrecision(), "Gwer\u2066", first.province(), first.lat(), first.lon(),
                first.geoPrecision(), first.uncertaintyKm(), first.actors(), first.killed(), first.injured(), first.summary(),
                List.of(new Quote(first.quotes().get(0).articleId(), "said\u200F \u202Bthe\u202C minister",
                        List.of())), first.tags(), first.notes());
        String md = SourcesReport.markdown(new Dataset(d.file(), "Title\u061C", d.description(), d.attribution(), d.articles(),
                d.centers(), List.of(tricked)), "x.json");
        assertTrue(md.contains("Clash\u2039RLO\u203A at gnirp"), md);
        assertTrue(md.contains("- Place: Gwer\u2039LRI\u203A"), md);
        assertTrue(md.contains("> said\u2039RLM\u203A \u2039RLE\u203Athe\u2039PDF\u203A minister"), md);
        assertTrue(md.contains("# Sources of \"Title\u2039ALM\u203A\""), md);
        assertTrue(md.chars().noneMatch(c -> DisplayText.hasControls(String.valueOf((char) c))));
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
