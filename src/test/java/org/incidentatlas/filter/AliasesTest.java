package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** One actor under all its names: the bundled table, the search, and the matching the command line's lists use. */
class AliasesTest {

    private static List<String> search(Dataset d, String text) {
        Predicate<Incident> p = IncidentFilter.NONE.withText(text).toPredicate(SearchIndex.build(d.incidents()),
                PlaceVariants.bundled());
        return d.incidents().stream().filter(p).map(Incident::id).sorted().toList();
    }

    @Test
    void theBundledDatasIsisAndDaeshIncidentsAreFoundByEitherName() {
        ReadResult r = new DatasetReader().read(TestFiles.bundledDataset());
        assertTrue(r.ok(), r.problems().toString());
        Dataset d = r.dataset();
        // two incidents name ISIS; the JCCC visit's quote names "Daesh (ISIS)"
        List<String> isis = search(d, "ISIS");
        assertEquals(List.of("jccc-visit-cjtf-oir-2021-02-17", "prde-isis-attack-on-peshmerga",
                "qarahanjir-isis-clash-2024-07-14"), isis);
        assertEquals(isis, search(d, "Daesh"));
        assertEquals(isis, search(d, "Da'esh"));
        assertEquals(isis, search(d, "Islamic State"));
        assertEquals(isis, search(d, "ISIL"));
    }

    @Test
    void provinceNamesAreOneProvince() {
        Aliases a = Aliases.bundled();
        assertTrue(a.matches("province", "Kirkuk", "At-Ta'mim"));
        assertTrue(a.matches("province", "Kirkuk", "Kirkūk"));
        assertTrue(a.matches("province", "Nineveh", "Nīnawá"));
        assertTrue(a.matches("province", "Slemani", "Al-Sulaymaniyah"));
        assertFalse(a.matches("province", "Kirkuk", "Nīnawá"));
        assertFalse(a.matches("actor", "Kirkuk", "At-Ta'mim"), "a province's names are not an actor's");
    }

    @Test
    void ucdpsIsIsIslamicStateAsAWholeNameButNotAsAWord() {
        Aliases a = Aliases.bundled();
        assertTrue(a.matches("actor", "ISIS", "IS"));
        assertTrue(a.matches("actor", "Daesh", "Islamic State (Iraq)"));
        assertTrue(a.matches("actor", "ISIS", "suspected ISIS fighters"));
        assertTrue(a.matches("actor", "IS", "ISIS militants"));
        assertFalse(a.matches("actor", "ISIS", "Government of Iraq"));
        assertFalse(a.matches("actor", "ISIS", "Crisis group"), "whole words only");
        // as a search word "is" is English: it is not made a spelling of ISIS
        assertEquals(Set.of("is"), PlaceVariants.bundled().alternatives("is"));
    }

    @Test
    void aTableReadsItsColumns() throws Exception {
        Aliases a = Aliases.read(new StringReader("kind,canonical,variants,exact_only,source\n"
                + "actor,Asayish,Asayesh; Asaish,,\n"));
        assertEquals(1, a.groups().size());
        assertEquals("Asayish", a.groups().get(0).canonical());
        assertTrue(a.matches("actor", "asaish", "Kirkuk Asayish directorate (Kurdish internal security forces)"));
    }
}
