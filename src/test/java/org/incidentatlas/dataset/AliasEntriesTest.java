package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset's top-level "aliases": read, checked with places, written back, unknown fields still kept. */
class AliasEntriesTest {

    @TempDir
    Path temp;

    private Path withTop(String field) throws IOException {
        Path file = TestDatasets.write(temp.resolve("d"), "atlas.json", "Aliases", 3);
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\n  " + field + ","));
        return file;
    }

    @Test
    void aliasesReadAndWriteBackTheSameWithAnotherToolsFieldBeside() throws IOException {
        Path file = withTop("\"producedBy\" : {\"tool\" : \"x\"},\n  \"aliases\" : {\"actors\" : {\"Islamic State\" :"
                + " [\"Tanzim al-Dawla\", \"ad-Dawla\"]}, \"provinces\" : {\"Kirkuk\" : [\"Karkuk\"]},"
                + " \"distinct\" : [[\"PUK forces\", \"KDP forces\"]]}");
        ReadResult r = new DatasetReader().read(file);
        assertTrue(r.ok(), r.problems().toString());
        AliasTable t = r.dataset().aliases();
        assertEquals(Map.of("Islamic State", List.of("Tanzim al-Dawla", "ad-Dawla")), t.actors());
        assertEquals(Map.of("Kirkuk", List.of("Karkuk")), t.provinces());
        assertEquals(List.of(List.of("PUK forces", "KDP forces")), t.distinct());

        Path copy = temp.resolve("d/copy.json");
        new DatasetWriter().write(r.dataset(), r.unknown(), copy);
        ReadResult again = new DatasetReader().read(copy);
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(t, again.dataset().aliases());
        assertTrue(Files.readString(copy).contains("\"producedBy\""), "another tool's field is still written back");
    }

    @Test
    void aDatasetWithoutAliasesWritesNoAliasesField() throws IOException {
        Path file = TestDatasets.write(temp.resolve("d"), "atlas.json", "Aliases", 3);
        Dataset d = new DatasetReader().read(file).dataset();
        assertEquals(AliasTable.EMPTY, d.aliases());
        Path copy = temp.resolve("d/copy.json");
        new DatasetWriter().write(d, copy);
        assertFalse(Files.readString(copy).contains("aliases"));
    }

    @Test
    void aNameUnderTwoCanonicalNamesIsAnErrorSaidWhere() throws IOException {
        Path file = withTop("\"aliases\" : {\"actors\" : {\"Islamic State\" : [\"Dawla\"], \"Other\" : [\"dawla\"]}}");
        ReadResult r = new DatasetReader().read(file);
        assertFalse(r.ok());
        Problem p = r.errors().get(0);
        assertEquals(Problem.Code.ALIAS_CONFLICT, p.code());
        assertEquals(2, p.line(), "the line the aliases start on");
        assertEquals("aliases.actors.Other", p.field());
        assertTrue(p.message().contains("\"dawla\" is a name of both \"Islamic State\" and \"Other\""), p.message());
    }

    @Test
    void namesSaidDifferentThatAnEntryJoinsAreAnError() throws IOException {
        Path file = withTop("\"aliases\" : {\"actors\" : {\"KDP forces\" : [\"PUK forces\"]},"
                + " \"distinct\" : [[\"KDP forces\", \"PUK forces\"], [\"PKK\", \"pkk\"]]}");
        ReadResult r = new DatasetReader().read(file);
        assertEquals(2, r.count(Problem.Code.ALIAS_CONFLICT), r.problems().toString());
        assertEquals("aliases.distinct[0]", r.errors().get(0).field());
        assertEquals("aliases.distinct[1]", r.errors().get(1).field());
    }

    @Test
    void theSchemaRefusesABadShapeWithItsField() throws IOException {
        for (String bad : List.of("\"aliases\" : {\"actors\" : {\"Islamic State\" : \"Daesh\"}}",
                "\"aliases\" : {\"distinct\" : [[\"only one\"]]}",
                "\"aliases\" : {\"actors\" : {\"X\" : [\"\"]}}",
                "\"aliases\" : {\"people\" : {}}")) {
            ReadResult r = new DatasetReader().read(withTop(bad));
            assertFalse(r.ok(), bad);
            assertEquals(Problem.Code.SCHEMA, r.errors().get(0).code(), bad + ": " + r.problems());
            assertTrue(String.valueOf(r.errors().get(0).field()).contains("aliases")
                    || r.errors().get(0).message().contains("aliases"), bad + ": " + r.problems());
        }
    }
}
