package org.incidentatlas.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.export.PdfBriefingWriter;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.map.MapPicture;
import org.incidentatlas.map.MapTestSupport;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The briefing PDF, read back with PDFBox: its pages, and its text, which must hold every quote of the key. */
class BriefingPdfTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static PdfBriefing compose(BriefingRequest r, PdfBriefing.Paper paper) throws Exception {
        return new BriefingComposer(MapPicture.TileSource.BASEMAP, Duration.ofSeconds(60), NOON)
                .composePdfLater(r.withKey(r.key().offPage()), paper).get(90, TimeUnit.SECONDS);
    }

    private static BriefingRequest request(Dataset d, IncidentFilter f) {
        FilteredRows.Rows rows = FilteredRows.of(d, f, PlaceVariants.bundled());
        return new BriefingRequest(d, rows.incidents(), rows.centers(), f, "ISIS near Kirkuk", PageSize.SLIDE, 1,
                BriefingRequest.Framing.fitAll(rows.incidents(), rows.centers()));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Line breaks of the page's wrapping become spaces, as a reader searching the text would take them. */
    private static String words(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void theBundledBriefingsTextHoldsEveryQuoteOnItsKeyWithItsCitation() throws Exception {
        Dataset d = MapTestSupport.bundled();
        Center kirkuk = d.centers().stream().filter(c -> c.id().equals("jcc-kirkuk")).findFirst().orElseThrow();
        IncidentFilter f = IncidentFilter.NONE.withText("ISIS")
                .withNear(new IncidentFilter.Near(kirkuk.id(), kirkuk.name(), kirkuk.lat(), kirkuk.lon(), 50));
        BriefingRequest r = request(d, f);
        assertFalse(r.incidents().isEmpty());
        PdfBriefing values = compose(r, PdfBriefing.Paper.A4_LANDSCAPE);
        Path pdf = temp.resolve("b.pdf");
        int pages = PdfBriefingWriter.write(values, pdf);
        assertTrue(pages >= 2, "the map, then the key and quotes");
        String text = words(text(pdf));
        assertTrue(text.contains("ISIS near Kirkuk"), "the title is text");
        assertTrue(text.contains("within 50 km of " + kirkuk.name()), "the filter is text");
        assertTrue(text.contains("Coordination centre"), "the centre is in the legend: it is on the map");
        assertEquals(r.incidents().size(), values.key().size());
        for (PdfBriefing.KeyItem k : values.key()) {
            assertTrue(text.contains(words(k.line())), "the key line of " + k.number());
        }
        int quotes = 0;
        for (var i : r.incidents()) {
            for (Quote q : i.quotes()) {
                quotes++;
                assertTrue(text.contains("\u201c" + words(q.text()).strip() + "\u201d"), "verbatim: " + q.text());
                String citation = d.article(q.articleId()).orElseThrow().citation();
                assertTrue(text.contains(words(citation)), "the full citation: " + citation);
            }
        }
        assertTrue(quotes > 0, "the filter keeps quoted incidents");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertEquals(841.89f, a4.getWidth(), 0.01f, "A4 landscape");
            assertEquals(595.28f, a4.getHeight(), 0.01f);
        }
    }

    @Test
    void letterPortraitAndAKeyOverSeveralPagesEveryQuoteStillThere() throws Exception {
        Dataset d = new DatasetReader().read(TestDatasets.write(temp, "t.json", "Many", 120)).dataset();
        BriefingRequest r = request(d, IncidentFilter.NONE)
                .withKey(new BriefingKey.KeyOptions(120, BriefingKey.Pick.RECENT, false));
        PdfBriefing values = compose(r, new PdfBriefing.Paper(PdfBriefing.Size.LETTER, false));
        Path pdf = temp.resolve("many.pdf");
        int pages = PdfBriefingWriter.write(values, pdf);
        assertTrue(pages > 3, pages + " pages");
        String text = words(text(pdf));
        assertEquals(120, values.key().size());
        // every quote is the same long passage: it is there once per keyed incident
        String quote = "\u201c" + TestDatasets.LONG_QUOTE + "\u201d";
        assertEquals(120, text.split(Pattern.quote(quote), -1).length - 1);
        assertTrue(text.contains("\u2039RLO\u203A"), "a right-to-left override in a title is shown, not obeyed");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01f, "Letter portrait");
            assertEquals(792f, doc.getPage(0).getMediaBox().getHeight(), 0.01f);
        }
        assertTrue(Files.size(pdf) > 10_000);
    }
}
