package org.incidentatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers pointing inward (ui, cli -> briefing -> map/export -> filter -> model): the inner packages import no JavaFX
 * and nothing from an outer layer, so they run and test without a window.
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Path SRC = TestFiles.projectDir().resolve("src/main/java/org/incidentatlas");

    @Test
    void innerPackagesUseNoJavaFx() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : List.of("model", "dataset", "filter", "export", "importer", "map/geo", "map/basemap")) {
            for (Path file : javaFiles(pkg)) {
                for (String imp : imports(file)) {
                    if (imp.startsWith("javafx.") || imp.startsWith("com.gluonhq.")) {
                        offences.add(file.getFileName() + " imports " + imp);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void layersPointInward() throws IOException {
        List<String> offences = new ArrayList<>();
        check("model", List.of("dataset", "filter", "map", "export", "briefing", "ui", "cli"), offences);
        check("dataset", List.of("filter", "map", "export", "briefing", "ui", "cli"), offences);
        check("filter", List.of("map", "export", "briefing", "ui", "cli", "dataset"), offences);
        check("export", List.of("map", "briefing", "ui", "cli"), offences);
        check("map", List.of("briefing", "ui", "cli"), offences);
        // the briefing page is shared by the window and the command line, so it knows neither
        check("briefing", List.of("ui", "cli"), offences);
        check("importer", List.of("map", "export", "briefing", "ui", "cli"), offences);
        assertEquals(List.of(), offences);
    }

    private static void check(String pkg, List<String> forbidden, List<String> offences) throws IOException {
        for (Path file : javaFiles(pkg)) {
            for (String imp : imports(file)) {
                for (String f : forbidden) {
                    if (imp.startsWith("org.incidentatlas." + f + ".")) {
                        offences.add(pkg + "/" + file.getFileName() + " imports " + imp);
                    }
                }
            }
        }
    }

    private static List<Path> javaFiles(String pkg) throws IOException {
        Path dir = SRC.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> imports(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theCheckSeesTheSources() throws IOException {
        assertTrue(javaFiles("model").size() >= 5, "the architecture test must find the model sources in " + SRC);
    }
}
