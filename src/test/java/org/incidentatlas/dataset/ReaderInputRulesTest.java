package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.incidentatlas.dataset.Problem.Code;
import org.incidentatlas.dataset.Problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the format does not allow, which the reader used to accept or to report without a place (issue 18). */
class ReaderInputRulesTest {

    @TempDir
    Path tmp;

    private final DatasetReader reader = new DatasetReader();

    private ReadResult read(byte[] bytes) throws IOException {
        TinyDataset d = new TinyDataset(tmp);
        d.write(bytes);
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(d.file));
    }

    private static Problem only(ReadResult r, Code code) {
        List<Problem> errors = r.errors();
        assertEquals(1, errors.size(), r.problems().toString());
        assertEquals(code, errors.get(0).code(), errors.get(0).toString());
        return errors.get(0);
    }

    /** The tiny dataset with {@code raw} (bytes) in place of the incident's title (on line 6). */
    private ReadResult withTitleBytes(byte[] raw) throws IOException {
        String json = new TinyDataset(tmp).json(TinyDataset.incident("i1", "@@", "a drone struck the depot"));
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.write(raw, 0, raw.length);
        out.write(utf8, at + 2, utf8.length - at - 2);
        return read(out.toByteArray());
    }

    // ---- strict UTF-8 ----

    @Test
    void bytesThatAreNotStrictUtf8AreErrorsWithLineColumnAndRecord() throws IOException {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF},                              // overlong '/'
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},                 // overlong, three bytes
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},                 // a surrogate, encoded raw
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},    // above U+10FFFF
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // a five-byte form
            {(byte) 0xE9, 'x'},                                      // ISO-8859-1 é
            {(byte) 0x80},                                           // a lone continuation byte
        };
        for (byte[] b : bad) {
            Problem p = only(withTitleBytes(b), Code.SYNTAX);
            assertEquals(6, p.line(), p.toString());
            assertTrue(p.column() > 1, p.toString());
            assertTrue(p.record() != null && p.record().startsWith("incident #1"), p.toString());
            assertTrue(p.message().contains("not UTF-8"), p.message());
        }
    }

    @Test
    void loneSurrogateEscapesAreErrors() throws IOException {
        for (String esc : new String[] {"\\ud800", "\\uDC00", "\\ud800x", "\\ud800\\u0041", "\\udbff\\udbff"}) {
            Problem p = only(withTitleBytes(esc.getBytes(StandardCharsets.US_ASCII)), Code.SYNTAX);
            assertEquals(6, p.line(), p.toString());
            assertTrue(p.message().contains("surrogate"), p.message());
        }
    }

    @Test
    void aSurrogatePairAndAnEscapedBackslashAreFine() throws IOException {
        for (String ok : new String[] {"\\ud83d\\ude00 drone", "\\\\ud800 drone", "caf\u00e9 \ud83d\ude00"}) {
            ReadResult r = withTitleBytes(ok.getBytes(StandardCharsets.UTF_8));
            assertTrue(r.ok(), ok + ": " + r.problems());
        }
    }

    @Test
    void utf16AndUtf32FilesAreRefusedWithOrWithoutByteOrderMark() throws IOException {
        String json = new TinyDataset(tmp).json(TinyDataset.incident("i1", "Strike", "a drone struck the depot"));
        for (String cs : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "x-UTF-32BE-BOM"}) {
            ReadResult r = read(json.getBytes(Charset.forName(cs)));
            Problem p = only(r, Code.SYNTAX);
            assertEquals(1, p.line(), cs + ": " + p);
            assertTrue(p.column() >= 1, cs + ": " + p);
            assertTrue(p.message().contains("not UTF-8"), cs + ": " + p.message());
        }
    }

    // ---- limits ----

    @Test
    void nestingFarPastTheLimitIsPlacedAtTheTopLevelAndInARecord() throws IOException {
        String deep = "[".repeat(100_000);
        Problem top = only(read(("{\"format\":\"incident-atlas/1\",\n\"x\":" + deep).getBytes(StandardCharsets.UTF_8)),
                Code.LIMIT);
        assertEquals(2, top.line(), top.toString());
        assertTrue(top.column() > 1 && top.message().contains("nest"), top.toString());

        String inRecord = TinyDataset.incident("i1", "Strike", "a drone struck the depot").replace("\"tags\":[]",
                "\"tags\":" + deep);
        Problem rec = only(read(new TinyDataset(tmp).json(inRecord).getBytes(StandardCharsets.UTF_8)), Code.LIMIT);
        assertEquals(6, rec.line(), rec.toString());
        assertTrue(rec.record() != null && rec.record().startsWith("incident #1"), rec.toString());
    }

    @Test
    void aStringPastTheLimitAtTheTopLevelIsPlaced() throws IOException {
        String huge = "x".repeat(25_000_000);
        Problem p = only(read(("{\"format\":\"incident-atlas/1\",\n  \"title\":\"" + huge + "\"}")
                .getBytes(StandardCharsets.UTF_8)), Code.LIMIT);
        assertEquals(2, p.line(), p.toString());
        assertEquals(11, p.column(), p.toString());
        assertTrue(p.message().contains("20,000,000"), p.message());
    }

    // ---- classified by type and parser state, not by Jackson's message text (issue 10) ----

    @Test
    void aRepeatedKeyWhoseNameHasALineBreakIsStillARepeatedKey() throws IOException {
        // Jackson's message quotes the name; a pattern over the message lost a name with a line break in it
        String rec = TinyDataset.incident("i1", "Strike", "a drone struck the depot").replace("\"tags\":[]",
                "\"tags\":[],\"x\\ny\":1,\"x\\ny\":2");
        Problem p = only(read(new TinyDataset(tmp).json(rec).getBytes(StandardCharsets.UTF_8)), Code.DUPLICATE_KEY);
        assertEquals("x\ny", p.field());
        assertEquals(6, p.line(), p.toString());
    }

    @Test
    void aFileCutShortInsideATextIsTruncatedWhateverTheTextSays() throws IOException {
        String json = new TinyDataset(tmp).json(TinyDataset.incident("i1", "Unexpected end-of-input", "a drone"));
        Problem p = only(read(json.substring(0, json.indexOf("end-of-input") + 5).getBytes(StandardCharsets.UTF_8)),
                Code.TRUNCATED);
        assertEquals(6, p.line(), p.toString());
    }

    @Test
    void aBareWordIsASyntaxErrorNotTruncation() throws IOException {
        Problem p = only(read("{\"format\": end-of-input }".getBytes(StandardCharsets.UTF_8)), Code.SYNTAX);
        assertEquals(1, p.line(), p.toString());
    }

    // ---- ids and quotes ----

    @Test
    void idsThatDifferOnlyInCaseAreDuplicates() throws IOException {
        TinyDataset d = new TinyDataset(tmp);
        String a = TinyDataset.incident("Gen-1", "Strike", "a drone struck the depot");
        String b = TinyDataset.incident("gen-1", "Strike", "Two guards were hurt");
        Problem p = only(read(d.json(a, b).getBytes(StandardCharsets.UTF_8)), Code.DUPLICATE_ID);
        assertTrue(p.message().contains("\"Gen-1\"") && p.message().contains("case"), p.message());
    }

    @Test
    void anIdWithALineBreakOrSpaceAtItsEndIsRefused() throws IOException {
        for (String id : new String[] {"i1\\n", "i1 ", " i1", "i1\\u2028", "i\\u0301"}) {
            TinyDataset d = new TinyDataset(tmp);
            ReadResult r = read(d.json(TinyDataset.incident(id, "Strike", "a drone struck the depot"))
                    .getBytes(StandardCharsets.UTF_8));
            assertTrue(r.errors().stream().anyMatch(p -> "id".equals(p.field())), id + ": " + r.problems());
        }
    }

    @Test
    void quotesThatAreEmptyOrOnlyInvisibleAreErrors() throws IOException {
        for (String q : new String[] {"", " ", "\\u00a0", "\\u2009\\u3000", "\\u200b", "\\u200d\\ufeff", "\\t\\n"}) {
            TinyDataset d = new TinyDataset(tmp);
            ReadResult r = read(d.json(TinyDataset.incident("i1", "Strike", q)).getBytes(StandardCharsets.UTF_8));
            assertTrue(r.errors().stream().anyMatch(p -> p.field() != null && p.field().startsWith("quotes[0]")),
                    "\"" + q + "\": " + r.problems());
        }
    }

    @Test
    void aOneLetterQuoteIsAWarning() throws IOException {
        TinyDataset d = new TinyDataset(tmp);
        ReadResult r = read(d.json(TinyDataset.incident("i1", "Strike", " a\\u00a0")).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(Code.QUOTE_TOO_SHORT, p.code());
        assertTrue(p.message().contains("too short to support anything"), p.message());
    }
}
