package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** The actor and province lists by canonical name, and a dataset's own alias entries over the bundled table. */
class ListGroupsTest {

    @Test
    void theBundledDatasIsisAndDaeshNamesAreOneEntryThatKeepsThemAll() {
        ReadResult r = new DatasetReader().read(TestFiles.bundledDataset());
        assertTrue(r.ok(), r.problems().toString());
        Dataset d = r.dataset();
        ListCounts totals = ListCounts.count(d.incidents(), IncidentFilter.NONE, SearchIndex.build(d.incidents()),
                PlaceVariants.bundled(), () -> false);
        ListGroups g = new ListGroups("actor", totals.actors().keySet(), Aliases.bundled());
        List<String> names = g.variants("Islamic State");
        assertEquals(List.of("ISIS militants", "suspected ISIS fighters"), names, "the names holding ISIS as words");
        int summed = names.stream().mapToInt(n -> totals.actors().get(n)).sum();
        assertEquals(summed, g.counts(totals.actors()).get("Islamic State"));
        assertEquals(2, summed);
        assertFalse(g.counts(totals.actors()).containsKey("ISIS militants"), "shown under its canonical name");
        Set<String> kept = g.expand(List.of("Islamic State"));
        List<String> byList = d.incidents().stream().filter(IncidentFilter.NONE.withActors(kept)
                .toPredicate(SearchIndex.build(d.incidents()), PlaceVariants.bundled())).map(Incident::id).toList();
        assertEquals(List.of("prde-isis-attack-on-peshmerga", "qarahanjir-isis-clash-2024-07-14"),
                byList.stream().sorted().toList(), "ticking the entry keeps both ISIS incidents");
        assertEquals(Set.of("Islamic State"), g.collapse(Set.of("ISIS militants")), "a filter of one name ticks the entry");
    }

    @Test
    void ucdpsIsAndThePressNamesAreOneEntryAndCountedTogether() {
        ListGroups g = new ListGroups("actor", List.of("IS", "ISIS", "Daesh", "Government of Iraq"), Aliases.bundled());
        assertEquals(List.of("Daesh", "IS", "ISIS"), g.variants("Islamic State"));
        assertEquals(Map.of("Islamic State", 12, "Government of Iraq", 4),
                g.counts(Map.of("IS", 7, "ISIS", 3, "Daesh", 2, "Government of Iraq", 4)));
        assertEquals(List.of("Government of Iraq"), g.variants("Government of Iraq"), "a name in no group stands alone");
    }

    @Test
    void provincesGroupTooKirkukWithAtTamim() {
        ListGroups g = new ListGroups("province", List.of("Kirkūk", "At-Ta'mim", "Nīnawá"), Aliases.bundled());
        assertEquals(Map.of("Kirkuk", 5, "Nineveh", 1), g.counts(Map.of("Kirkūk", 3, "At-Ta'mim", 2, "Nīnawá", 1)));
    }

    @Test
    void aDatasetsEntriesExtendTheBundledTableAndItsDistinctPairsSplitIt() {
        AliasTable own = new AliasTable(Map.of("ISIS", List.of("Tanzim al-Dawla"), "Armed groups", List.of("Militia A")),
                Map.of(), List.of(List.of("Islamic State", "IS")));
        Aliases a = Aliases.bundled().with(own);
        assertTrue(a.matches("actor", "Daesh", "Tanzim al-Dawla"), "a name added to the group of one of its names");
        assertTrue(a.matches("actor", "Armed groups", "Militia A"), "a new canonical name");
        assertFalse(a.matches("actor", "Daesh", "IS"), "said different from Islamic State: IS leaves the group");
        assertTrue(Aliases.bundled().matches("actor", "Daesh", "IS"), "the bundled table is unchanged");
        ListGroups g = new ListGroups("actor", List.of("IS", "ISIS", "Tanzim al-Dawla"), a);
        assertEquals(List.of("ISIS", "Tanzim al-Dawla"), g.variants("Islamic State"));
        assertEquals(List.of("IS"), g.variants("IS"));

        assertTrue(PlaceVariants.bundled().withAliases(a).alternatives("tanzim al-dawla").contains("isis"));
        assertFalse(PlaceVariants.bundled().alternatives("tanzim al-dawla").contains("isis"));
        assertFalse(PlaceVariants.bundled().withAliases(a).alternatives("daesh").contains("is"));
    }

    @Test
    void aNameTheDatasetPlacesElsewhereLeavesItsBundledGroup() {
        AliasTable own = new AliasTable(Map.of("Dawla splinter", List.of("Daesh")), Map.of(), List.of());
        Aliases a = Aliases.bundled().with(own);
        assertFalse(a.matches("actor", "ISIS", "Daesh"));
        assertTrue(a.matches("actor", "Dawla splinter", "Daesh"));
    }

    private static Incident naming(String id, String... actors) {
        return new Incident(id, "Clash " + id, "clash", java.time.LocalDate.of(2026, 11, 1), null,
                org.incidentatlas.model.DatePrecision.DAY, "Mosul", "Nineveh", 36.3, 43.1,
                org.incidentatlas.model.GeoPrecision.TOWN, 5.0, List.of(actors), null, null, "", List.of(), List.of(), null);
    }

    @Test
    void anIncidentNamingIsisAndDaeshCountsOnceForIslamicState() {
        List<Incident> incidents = List.of(naming("1", "ISIS", "Daesh"), naming("2", "ISIS", "Peshmerga"),
                naming("3", "Daesh"), naming("4", "ISIS", "Daesh", "ISIL"), naming("5", "ISIS", "ISIS"));
        ListCounts totals = ListCounts.count(incidents, IncidentFilter.NONE, SearchIndex.build(incidents),
                PlaceVariants.bundled(), () -> false);
        ListGroups g = new ListGroups("actor", totals.actors().keySet(), Aliases.bundled());
        assertEquals(5, g.counts(totals.actors(), totals.actorSets()).get("Islamic State"), "five incidents, once each");
        assertEquals(1, g.counts(totals.actors(), totals.actorSets()).get("Peshmerga"));
        assertEquals(8, g.counts(totals.actors()).get("Islamic State"), "by name alone the overlaps count again");

        // an edit adjusts the sets as it adjusts the names
        ListCounts after = totals.adjusted(List.of(incidents.get(0)), List.of(naming("1", "ISIS")), IncidentFilter.NONE,
                SearchIndex.build(incidents), PlaceVariants.bundled());
        assertEquals(5, g.counts(after.actors(), after.actorSets()).get("Islamic State"));
        assertEquals(ListCounts.count(List.of(naming("1", "ISIS"), incidents.get(1), incidents.get(2), incidents.get(3),
                incidents.get(4)), IncidentFilter.NONE, SearchIndex.onDemand(), PlaceVariants.bundled(), () -> false), after);
    }

    @Test
    void aFiltersNamesFollowTheEntriesTheyWereTickedUnder() {
        Aliases plain = Aliases.bundled();
        Aliases merged = plain.with(AliasTable.EMPTY.withVariant("actor", "Jaish al-Mahdi", "Mahdi Army"));
        List<String> names = List.of("Jaish al-Mahdi", "Mahdi Army", "ISIS", "Daesh");
        ListGroups before = new ListGroups("actor", names, plain);
        ListGroups after = new ListGroups("actor", names, merged);
        assertEquals(Set.of("Jaish al-Mahdi", "Mahdi Army"), ListGroups.regrouped(before, after, Set.of("Mahdi Army")),
                "a name that joins a group stands for it");
        assertEquals(Set.of("Jaish al-Mahdi"), ListGroups.regrouped(after, before, Set.of("Jaish al-Mahdi", "Mahdi Army")),
                "the group undone, the entry ticked stands for its own name again");
        assertEquals(Set.of("Daesh", "ISIS"), ListGroups.regrouped(before, after, Set.of("ISIS", "Daesh")));
        assertEquals(Set.of("Not in the data"), ListGroups.regrouped(before, after, Set.of("Not in the data")));
    }
}
