package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against mutants of a small dataset, for a bounded time: every mutant is either refused with
 * located problems or valid by {@link DatasetOracle} (which shares no code path with the reader's parsing and
 * checks), no read takes over 2 s, and nothing escapes. {@code -Dfuzz.seconds=N} (20 in the build) and
 * {@code -Dfuzz.seed=N} set the run; a failing mutant is kept in target/fuzz-findings/ for a regression file in
 * src/test/resources/org/incidentatlas/dataset/fuzz/, which {@link #everyKeptFindingHolds} reads on every build.
 */
class ReaderFuzzTest {

    private static final long MAX_READ_MS = 2000;

    @TempDir
    Path tmp;

    private final DatasetReader reader = new DatasetReader();

    /** The fuzzed dataset: two articles (one stored, with its checksum), a centre and two incidents. */
    static String base() throws IOException {
        String sha = ArticleTexts.sha256(TinyDataset.ARTICLE_TEXT.getBytes(StandardCharsets.UTF_8));
        String center = "{\"id\":\"c1\",\"name\":\"Depot\",\"kind\":\"operations centre\",\"lat\":35.4,\"lon\":44.4,"
                + "\"geoPrecision\":\"town\",\"province\":\"Kirkuk\",\"quotes\":[{\"article\":\"a1\",\"text\":\"the depot at "
                + "Kirkuk\",\"supports\":[\"place\"]}]}";
        String second = TinyDataset.incident("i2", "Guards hurt", "Two guards  were\\nhurt")
                .replace("\"killed\":null", "\"killed\":{\"low\":0,\"high\":null}")
                .replace("\"injured\":null", "\"injured\":{\"low\":2,\"high\":2}")
                .replace("\"dateEnd\":\"2020-01-02\"", "\"dateEnd\":null").replace("\"day\"", "\"year\"");
        return "{\"format\":\"incident-atlas/1\",\"title\":\"Tiny\",\"articles\":["
                + "{\"id\":\"a1\",\"outlet\":\"Wire\",\"title\":null,\"published\":\"2020-01\",\"url\":null,"
                + "\"text\":\"articles/a1.txt\",\"textSha256\":\"" + sha + "\"},"
                + "{\"id\":\"a2\",\"outlet\":null,\"title\":\"T\",\"published\":null,\"url\":null,\"text\":null}],"
                + "\"centers\":[" + center + "],\"incidents\":[" + TinyDataset.incident("i1", "Strike", "a drone struck")
                + "," + second.replace("\"article\":\"a1\"", "\"article\":\"a2\"") + "]}";
    }

    @Test
    void mutantsAreRefusedWithAPlaceOrValidByTheOracle() throws IOException {
        long seconds = Long.getLong("fuzz.seconds", 20);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random rnd = new Random(seed);
        TinyDataset d = new TinyDataset(tmp);
        DatasetOracle oracle = new DatasetOracle();
        byte[] base = base().getBytes(StandardCharsets.UTF_8);
        assertTrue(oracle.whyInvalid(base, tmp) == null, "the base is valid: " + oracle.whyInvalid(base, tmp));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int mutants = 0;
        int refusedValid = 0;
        int accepted = 0;
        List<String> findings = new ArrayList<>();
        while (System.nanoTime() < end && findings.size() < 5) {
            byte[] m = DatasetMutator.mutate(base, rnd);
            mutants++;
            String finding = check(d, oracle, m);
            if (finding == null) {
                accepted += lastAccepted ? 1 : 0;
                continue;
            }
            if (finding.startsWith("refused, though valid")) {
                refusedValid++;
                continue;
            }
            findings.add(keep(m, finding));
        }
        System.out.printf("fuzz: seed %d, %,d mutants in %d s, %,d accepted (valid by the oracle too), %,d refused though "
                + "the oracle calls them valid, %d findings%n", seed, mutants, seconds, accepted, refusedValid, findings.size());
        if (!findings.isEmpty()) {
            fail("seed " + seed + ": " + String.join("\n", findings));
        }
    }

    /** The oracle is worth something only if it says no: each of these is invalid, and the reader refuses it. */
    @Test
    void theOracleRefusesWhatTheFormatForbids() throws IOException {
        TinyDataset d = new TinyDataset(tmp);
        DatasetOracle oracle = new DatasetOracle();
        String b = base();
        String[] bad = {
            b.replace("\"id\":\"i2\"", "\"id\":\"I1\""),                      // ids differing in case
            b.replace("\"text\":\"a drone struck\"", "\"text\":\"\\u00a0\""),   // only a no-break space
            b.replace("\"title\":\"Strike\"", "\"title\":\"\\ud800\""),         // a lone surrogate
            b.replace("\"id\":\"i1\"", "\"id\":\"i1\\n\""),                    // a line break in an id
            b.replace("\"dateStart\":\"2020-01-02\"", "\"dateStart\":\"2020-01-03\""), // ends before it starts
            b.replace("\"title\":\"Strike\"", "\"title\":\"Strike\",\"title\":\"x\""), // a repeated key
            b.replace("articles/a1.txt", "d.json"),                                 // the dataset as its article
        };
        for (String s : bad) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            assertTrue(!s.equals(b) && oracle.whyInvalid(bytes, d.folder) != null, s);
            assertTrue(check(d, oracle, bytes) == null, s);
        }
        byte[] utf16 = b.getBytes(StandardCharsets.UTF_16);
        assertTrue(oracle.whyInvalid(utf16, d.folder) != null && check(d, oracle, utf16) == null, "UTF-16");
    }

    /** Whether the reader accepted the file {@link #check} last looked at. */
    private boolean lastAccepted;

    /** Null when the property holds for {@code bytes}; "refused ..." for a valid file the reader refuses. */
    private String check(TinyDataset d, DatasetOracle oracle, byte[] bytes) throws IOException {
        d.write(bytes);
        ReadResult r;
        long t = System.nanoTime();
        try {
            r = reader.read(d.file);
        } catch (RuntimeException | Error e) {
            return "escaped: " + e;
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (ms > MAX_READ_MS) {
            return "slow: " + ms + " ms";
        }
        String why = oracle.whyInvalid(bytes, d.folder);
        lastAccepted = r.ok();
        if (r.ok()) {
            return why == null ? null : "accepted, but invalid: " + why;
        }
        for (Problem p : r.errors()) {
            if (p.code() != Problem.Code.MORE_OF_THE_SAME && p.line() <= 0) {
                return "refused without a place: " + p;
            }
        }
        return why == null ? "refused, though valid: " + r.errors().get(0) : null;
    }

    private String keep(byte[] m, String finding) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/fuzz-findings"));
        String name = HexFormat.of().formatHex(ArticleTexts.sha256(m).getBytes(StandardCharsets.US_ASCII), 0, 8) + ".json";
        Files.write(dir.resolve(name), m);
        return finding.replace('\n', ' ') + " (kept as target/fuzz-findings/" + name + ")";
    }

    /** Each input an earlier run found, with the dataset's folder as the fuzz test has it. */
    @Test
    void everyKeptFindingHolds() throws IOException {
        TinyDataset d = new TinyDataset(tmp);
        DatasetOracle oracle = new DatasetOracle();
        Path dir = Path.of(System.getProperty("incidentatlas.projectDir", "."))
                .resolve("src/test/resources/org/incidentatlas/dataset/fuzz");
        List<Path> kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(!kept.isEmpty(), "no kept findings in " + dir);
        for (Path f : kept) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f)) {
                bytes = in.readAllBytes();
            }
            String finding = check(d, oracle, bytes);
            assertTrue(finding == null || finding.startsWith("refused, though"), f.getFileName() + ": " + finding);
        }
    }
}
