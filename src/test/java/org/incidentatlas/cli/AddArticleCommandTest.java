package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add-article}: the text stored, the dataset rewritten with a backup; every refusal writes nothing. */
class AddArticleCommandTest {

    private static final String PAGE = "<html><head><title>Clash near Tuz - Example</title>"
            + "<meta property=\"og:site_name\" content=\"Example News\">"
            + "<meta property=\"article:published_time\" content=\"2024-08-01T10:00:00Z\"></head><body><nav>Home</nav>"
            + "<article><h1>Clash near Tuz</h1><p>Gunmen attacked a checkpoint near Tuz Khurmatu on Thursday.</p>"
            + "</article></body></html>";

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();
    private Path dataset;
    private Path page;

    @BeforeEach
    void files() throws IOException {
        dataset = TestDatasets.write(temp, "d.json", "Add to me", 4);
        page = Files.writeString(temp.resolve("story.html"), PAGE);
    }

    @Test
    void storesTheTextAddsTheArticleAndKeepsThePreviousVersion() throws IOException {
        byte[] before = Files.readAllBytes(dataset);
        assertEquals(Cli.OK, cli.run("add-article", "--dataset", dataset.toString(), "--file", page.toString(),
                "--url", "https://example.org/tuz", "--notes", "saved by hand"), cli.err());
        assertTrue(cli.out().startsWith("added article art-000-example-news-2024-08-01 (Example News, \u201cClash near "
                + "Tuz\u201d, 2024-08-01) to " + dataset + ": text articles/art-000-example-news-2024-08-01.txt"), cli.out());
        assertEquals("", cli.err());
        assertArrayEquals(before, Files.readAllBytes(Path.of(dataset + ".bak")));
        ReadResult r = new DatasetReader().read(dataset);
        assertTrue(r.ok(), r.problems().toString());
        Article a = r.dataset().article("art-000-example-news-2024-08-01").orElseThrow();
        assertEquals("Clash near Tuz\n\nGunmen attacked a checkpoint near Tuz Khurmatu on Thursday.\n", a.text());
        assertEquals("https://example.org/tuz", a.url());
        assertEquals("saved by hand", a.notes());
        assertEquals(List.of("a1", a.id()), r.dataset().articles().stream().map(Article::id).toList());
        assertEquals(4, r.dataset().incidents().size());
    }

    @Test
    void fieldsTheAppDoesNotKnowAreWrittenBack() throws IOException {
        Files.writeString(dataset, Files.readString(dataset).replaceFirst("\\{", "{ \"producedBy\" : \"another tool\",")
                .replaceFirst("\"id\" : \"inc-0002\",", "\"id\" : \"inc-0002\", \"reviewed\" : true,"));
        assertEquals(Cli.OK, cli.run("add-article", "--dataset", dataset.toString(), "--file", page.toString()), cli.err());
        String saved = Files.readString(dataset);
        assertTrue(saved.contains("\"producedBy\" : \"another tool\""), saved.substring(0, 200));
        assertTrue(saved.contains("\"reviewed\" : true"));
        assertTrue(new DatasetReader().read(dataset).ok());
    }

    @Test
    void flagsReplaceWhatThePageSays() throws IOException {
        assertEquals(Cli.OK, cli.run("add-article", "--dataset", dataset.toString(), "--file", page.toString(),
                "--outlet", "Rudaw", "--title", "Another title", "--published", "unknown", "--id", "rudaw-tuz"), cli.err());
        Article a = new DatasetReader().read(dataset).dataset().article("rudaw-tuz").orElseThrow();
        assertEquals("Rudaw", a.outlet());
        assertEquals("Another title", a.title());
        assertNull(a.published());
        assertEquals("articles/rudaw-tuz.txt", a.textPath());
    }

    @Test
    void aTakenIdOrABadDateIsAUsageErrorAndNothingIsWritten() throws IOException {
        assertNothingWritten(Cli.USAGE, "error: --id: the dataset already has an article \"A1\"",
                "--file", page.toString(), "--id", "A1");
        assertNothingWritten(Cli.USAGE, "error: --published takes YYYY, YYYY-MM, YYYY-MM-DD or unknown, not \"2024-02-30\"",
                "--file", page.toString(), "--published", "2024-02-30");
        assertNothingWritten(Cli.USAGE, "error: --id takes 1 to 100 ASCII letters", "--file", page.toString(),
                "--id", "has space");
    }

    @Test
    void aMissingOrNonUtf8FileOrABrokenDatasetIsRefusedAndNothingIsWritten() throws IOException {
        assertNothingWritten(Cli.PROBLEMS, "error: cannot read " + temp.resolve("gone.txt") + ": there is no such file",
                "--file", temp.resolve("gone.txt").toString());
        Path latin = Files.write(temp.resolve("latin.txt"), "Tuz Khurm\u00e2t\u00fb".getBytes(StandardCharsets.ISO_8859_1));
        assertNothingWritten(Cli.PROBLEMS, "error: " + latin + " is not UTF-8: at line 1, column 10 (byte offset 9)",
                "--file", latin.toString());
        Files.writeString(dataset, Files.readString(dataset).replace("\"format\"", "\"fromat\""));
        assertNothingWritten(Cli.PROBLEMS, "error: " + dataset + " cannot be used", "--file", page.toString());
    }

    @Test
    void aBackupThatCannotBeWrittenStopsItBeforeAnything() throws IOException {
        Files.createDirectory(Path.of(dataset + ".bak"));
        assertNothingWritten(Cli.PROBLEMS, "error: cannot write " + dataset + ".bak: it is a folder", "--file",
                page.toString());
    }

    private void assertNothingWritten(int code, String says, String... args) throws IOException {
        byte[] before = Files.readAllBytes(dataset);
        List<Path> filesBefore = listing();
        CliRunner run = new CliRunner();
        String[] all = Stream.concat(Stream.of("add-article", "--dataset", dataset.toString()), Stream.of(args))
                .toArray(String[]::new);
        assertEquals(code, run.run(all), run.err());
        assertTrue(run.err().startsWith(says), run.err());
        assertTrue(run.err().strip().endsWith("Nothing was written."), run.err());
        assertArrayEquals(before, Files.readAllBytes(dataset));
        assertEquals(filesBefore, listing());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(temp)) {
            return s.sorted().toList();
        }
    }
}
