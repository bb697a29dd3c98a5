package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.dataset.OutputGuard.Input;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path temp;

    private Path data;
    private List<Input> inputs;

    @BeforeEach
    void writeAnInput() throws IOException {
        data = Files.writeString(temp.resolve("d.json"), "{}");
        inputs = List.of(new Input(data, "the dataset"));
    }

    @Test
    void theInputItselfIsRefusedAndSaysWhich() {
        Optional<String> why = OutputGuard.conflict(data, inputs);
        assertEquals(Optional.of("it is the dataset (" + data + "), which is read to make it; writing over it would"
                + " destroy it. Choose another output file"), why);
    }

    @Test
    void anotherSpellingOfTheInputIsRefused() throws IOException {
        Files.createDirectory(temp.resolve("sub"));
        for (Path spelling : List.of(temp.resolve("./d.json"), temp.resolve("sub/../d.json"), relativeToCwd(data))) {
            Optional<String> why = OutputGuard.conflict(spelling, inputs);
            assertTrue(why.isPresent(), spelling.toString());
        }
    }

    @Test
    void aSymbolicLinkOrAHardLinkToTheInputIsRefused() throws IOException {
        Path symlink = Files.createSymbolicLink(temp.resolve("link.csv"), data);
        Path hardLink = Files.createLink(temp.resolve("hard.csv"), data);
        Path folderLink = Files.createSymbolicLink(temp.resolve("here"), temp);
        for (Path other : List.of(symlink, hardLink, folderLink.resolve("d.json"))) {
            Optional<String> why = OutputGuard.conflict(other, inputs);
            assertTrue(why.orElse("").startsWith("it is the same file as the dataset (" + data + ") by another name or a link"),
                    other + ": " + why);
        }
        // the link given as the input, the file as the output: the same
        assertTrue(OutputGuard.conflict(data, List.of(new Input(symlink, "the dataset"))).isPresent());
    }

    @Test
    void anotherFileIsAllowedEvenWithTheSameContent() throws IOException {
        Path copy = Files.copy(data, temp.resolve("copy.json"));
        assertEquals(Optional.empty(), OutputGuard.conflict(copy, inputs));
        assertEquals(Optional.empty(), OutputGuard.conflict(temp.resolve("new.csv"), inputs), "a new file is no input");
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling.csv"), temp.resolve("nowhere.csv"));
        assertEquals(Optional.empty(), OutputGuard.conflict(dangling, inputs));
        assertEquals(Optional.empty(), OutputGuard.conflict(data, List.of(new Input(temp.resolve("gone.json"), "x"))),
                "an input that is not there cannot be overwritten");
    }

    @Test
    void checkThrowsWithTheReason() {
        OutputGuard.OutputIsInputException e = assertThrows(OutputGuard.OutputIsInputException.class,
                () -> OutputGuard.check(data, inputs));
        assertTrue(e.reason().startsWith("it is the dataset ("), e.reason());
        assertTrue(e.getMessage().startsWith(data + ": it is the dataset ("), e.getMessage());
    }

    @Test
    void aDatasetsArticleTextsAndTheirFolderAreInputs() throws IOException {
        Path texts = Files.createDirectories(temp.resolve("d-articles/2024"));
        Path text = Files.writeString(texts.resolve("a1.txt"), "words");
        Dataset d = new Dataset(data, "t", null, null, List.of(
                article("a1", "d-articles/2024/a1.txt"), article("a2", null), article("a3", "../outside.txt")),
                List.of(), List.of());
        List<Input> of = OutputGuard.inputsOf(d);
        assertTrue(OutputGuard.conflict(data, of).orElse("").startsWith("it is the dataset "));
        assertTrue(OutputGuard.conflict(text, of).orElse("").startsWith("it is the stored text of article \"a1\""),
                OutputGuard.conflict(text, of).toString());
        assertTrue(OutputGuard.conflict(texts, of).orElse("").startsWith("it is a folder of the dataset's article texts"));
        assertTrue(OutputGuard.conflict(temp.resolve("d-articles"), of).isPresent(), "each folder up to the dataset's");
        assertEquals(Optional.empty(), OutputGuard.conflict(temp, of), "the dataset's own folder is not an articles folder");
        assertEquals(Optional.empty(), OutputGuard.conflict(texts.resolve("new.csv"), of));
    }

    @Test
    void aDatasetWithNoFileHasNoInputs() {
        assertEquals(List.of(), OutputGuard.inputsOf(new Dataset(null, "t", null, null, List.of(), List.of(), List.of())));
    }

    private static Article article(String id, String textPath) {
        return new Article(id, "outlet", "title", "2024", null, textPath, null, null, null);
    }

    private static Path relativeToCwd(Path p) {
        return Path.of("").toAbsolutePath().relativize(p);
    }
}
