package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IncidentFilterTest {

    private static Dataset bundled;
    private static final PlaceVariants PLACES = PlaceVariants.bundled();

    @BeforeAll
    static void read() {
        ReadResult r = new DatasetReader().read(TestFiles.bundledDataset());
        assertTrue(r.ok(), r.problems().toString());
        bundled = r.dataset();
    }

    private static List<String> ids(IncidentFilter f) {
        Predicate<Incident> p = f.toPredicate(SearchIndex.build(bundled.incidents()), PLACES);
        return bundled.incidents().stream().filter(p).map(Incident::id).sorted().toList();
    }

    private static List<String> centerIds(IncidentFilter f) {
        return bundled.centers().stream().filter(f.toCenterPredicate(PLACES)).map(Center::id).sorted().toList();
    }

    private static Incident incident(String id, String place, String type, LocalDate start, LocalDate end,
                                     DatePrecision dp, GeoPrecision gp, Casualties killed, List<String> actors) {
        return new Incident(id, "Title " + id, type, start, end, dp, place, "Diyala", 34.3, 45.4, gp, 2.0, actors,
                killed, null, "summary", List.of(new Quote("a", "quoted words", List.of())), List.of(), null);
    }

    @Test
    void noFilterKeepsEverythingAndSaysSo() {
        assertEquals(6, ids(IncidentFilter.NONE).size());
        assertTrue(IncidentFilter.NONE.isEmpty());
        assertEquals("no filters", IncidentFilter.NONE.describe());
    }

    /** To before From is a range no date falls in: it keeps nothing, not even a record whose end is open. */
    @Test
    void aReversedDateRangeKeepsNothing() {
        Incident open = incident("open", "Baqubah", "attack", LocalDate.of(2019, 5, 1), null, DatePrecision.DAY,
                GeoPrecision.TOWN, null, List.of());
        IncidentFilter reversed = IncidentFilter.NONE.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2021, 1, 1));
        assertTrue(reversed.datesReversed());
        assertFalse(reversed.toPredicate(SearchIndex.onDemand(), PLACES).test(open));
        assertTrue(IncidentFilter.NONE.withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1))
                .toPredicate(SearchIndex.onDemand(), PLACES).test(open));
        assertEquals(List.of(), ids(reversed));
    }

    @Test
    void textIgnoresCaseAndAccentsAndSearchesQuotesAndActors() {
        Incident accented = incident("x", "Khānaqīn", "attack", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
                DatePrecision.DAY, GeoPrecision.TOWN, null, List.of("ISIS"));
        Predicate<Incident> p = IncidentFilter.NONE.withText("KHANAQIN").toPredicate(SearchIndex.onDemand(), PLACES);
        assertTrue(p.test(accented));
        assertEquals(List.of("qarahanjir-isis-clash-2024-07-14"), ids(IncidentFilter.NONE.withText("asayish")));
        // words only in a quote, not in the title or summary
        assertEquals(List.of("qarahanjir-isis-clash-2024-07-14"), ids(IncidentFilter.NONE.withText("attempting to arrest")));
        // every word must occur
        assertEquals(List.of(), ids(IncidentFilter.NONE.withText("asayish drone")));
        assertEquals(List.of("khor-mor-drone-attack-2024-04"), ids(IncidentFilter.NONE.withText("drone lethal")));
    }

    @Test
    void gazetteerSpellingsFindEachOther() {
        Center makhmour = new Center("m", "Joint Coordination Center, Makhmour", "jcc", 35.7, 43.5, GeoPrecision.TOWN,
                2.0, "Erbil", null, List.of(), null);
        Center nineveh = new Center("n", "Joint Coordination Center, Nineveh", "jcc", 36, 42.5, GeoPrecision.PROVINCE,
                181.0, "Ninewa", null, List.of(), null);
        for (String spelling : List.of("Mexmur", "makhmur", "MAKHMOUR", "مخمور")) {
            // centres are a reference layer: a text filter, matching or not, hides neither
            assertTrue(IncidentFilter.NONE.withText(spelling).toCenterPredicate(PLACES).test(makhmour), spelling);
            assertTrue(IncidentFilter.NONE.withText(spelling).toCenterPredicate(PLACES).test(nineveh), spelling);
        }
        assertEquals(centerIds(IncidentFilter.NONE), centerIds(IncidentFilter.NONE.withText("Mexmur")));
        // a multi-word place name is one term
        assertEquals(List.of("qarahanjir-isis-clash-2024-07-14"), ids(IncidentFilter.NONE.withText("Qara Hanjir")));
        assertEquals(List.of("prde-isis-attack-on-peshmerga"), ids(IncidentFilter.NONE.withText("pirde")));
    }

    @Test
    void dateRangeKeepsWhatOverlapsIt() {
        List<String> in2024 = ids(IncidentFilter.NONE.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        // the two open-ended 2020 records may have happened in 2024: their end is open, so they overlap
        assertTrue(in2024.containsAll(List.of("khor-mor-drone-attack-2024-04", "qarahanjir-isis-clash-2024-07-14",
                "dana-gas-resumes-khor-mor-production-2024", "prde-isis-attack-on-peshmerga")), in2024.toString());
        assertFalse(in2024.contains("jccc-visit-cjtf-oir-2021-02-17"));
        assertEquals(List.of("prde-isis-attack-on-peshmerga"),
                ids(IncidentFilter.NONE.withDates(null, LocalDate.of(2020, 11, 30))));
    }

    @Test
    void typesActorsProvincesAndMinimumKilled() {
        assertEquals(List.of("jccc-visit-cjtf-oir-2021-02-17"), ids(IncidentFilter.NONE.withTypes(Set.of("visit"))));
        assertEquals(List.of("dana-gas-resumes-khor-mor-production-2024"), ids(IncidentFilter.NONE.withActors(Set.of("Dana Gas"))));
        assertEquals(2, ids(IncidentFilter.NONE.withProvinces(Set.of("Kirkuk"))).size());
        // unknown figures are not "at least 2"
        assertEquals(List.of("prde-isis-attack-on-peshmerga", "qarahanjir-isis-clash-2024-07-14"),
                ids(IncidentFilter.NONE.withMinKilled(2)));
        assertEquals(IncidentFilter.NONE, IncidentFilter.NONE.withMinKilled(0), "0 killed is no filter");
    }

    @Test
    void precisionFilters() {
        Incident coarse = incident("c", "Diyala", "attack", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                DatePrecision.YEAR, GeoPrecision.PROVINCE, null, List.of());
        Incident fine = incident("f", "Khanaqin", "attack", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
                DatePrecision.DAY, GeoPrecision.SUBDISTRICT, null, List.of());
        Predicate<Incident> place = IncidentFilter.NONE.withCoarsePlace(false).toPredicate(SearchIndex.onDemand(), PLACES);
        Predicate<Incident> date = IncidentFilter.NONE.withCoarseDate(false).toPredicate(SearchIndex.onDemand(), PLACES);
        assertFalse(place.test(coarse));
        assertTrue(place.test(fine));
        assertFalse(date.test(coarse));
        assertTrue(date.test(fine));
        // the bundled open-ended records are dated no better than year
        assertEquals(3, ids(IncidentFilter.NONE.withCoarseDate(false)).size());
    }

    @Test
    void withinKilometresOfACentreAndInTheMapView() {
        Center kirkuk = bundled.centers().stream().filter(c -> c.id().equals("jcc-kirkuk")).findFirst().orElseThrow();
        IncidentFilter near = IncidentFilter.NONE.withNear(new IncidentFilter.Near(kirkuk.id(), kirkuk.name(),
                kirkuk.lat(), kirkuk.lon(), 30));
        // Qarahanjir's point is 22 km east of Kirkuk city; Prde's is 23 km north
        assertEquals(List.of("prde-isis-attack-on-peshmerga", "qarahanjir-isis-clash-2024-07-14"), ids(near));
        assertEquals(List.of("qarahanjir-isis-clash-2024-07-14"), ids(near.withNear(new IncidentFilter.Near(
                kirkuk.id(), kirkuk.name(), kirkuk.lat(), kirkuk.lon(), 22.5))));
        assertTrue(centerIds(near).contains("jcc-kirkuk"));
        // the briefing's case: a text filter within 50 km of the Kirkuk centre keeps the centre
        IncidentFilter isis = near.withText("ISIS").withActors(Set.of("Dana Gas"));
        assertTrue(centerIds(isis).contains("jcc-kirkuk"), centerIds(isis).toString());
        assertTrue(centerIds(IncidentFilter.NONE.withText("no such words anywhere")).contains("jcc-kirkuk"));
        assertTrue(centerIds(near.withNear(new IncidentFilter.Near(kirkuk.id(), kirkuk.name(), kirkuk.lat(), kirkuk.lon(),
                0.001))).contains("jcc-kirkuk"), "the filter's own centre is always drawn with its circle");
        IncidentFilter view = IncidentFilter.NONE.withView(new GeoBounds(35.0, 44.0, 36.0, 45.0));
        assertEquals(List.of("khor-mor-drone-attack-2024-04", "dana-gas-resumes-khor-mor-production-2024",
                "prde-isis-attack-on-peshmerga", "qarahanjir-isis-clash-2024-07-14").stream().sorted().toList(), ids(view));
    }

    @Test
    void filtersCombine() {
        IncidentFilter f = IncidentFilter.NONE.withProvinces(Set.of("Kirkuk")).withMinKilled(1)
                .withDates(LocalDate.of(2024, 1, 1), null);
        assertEquals(List.of("prde-isis-attack-on-peshmerga", "qarahanjir-isis-clash-2024-07-14"), ids(f));
        assertEquals(List.of("qarahanjir-isis-clash-2024-07-14"), ids(f.withCoarseDate(false)));
    }

    @Test
    void countriesKeepTheirIncidentsAndTheAnalystsOwnWithoutACountryOnlyWhenNoneIsChosen() {
        Incident iraq = killed("a", new Casualties(1, 1)).withOrigin("Iraq", "IRQ1");
        Incident syria = killed("b", new Casualties(1, 1)).withOrigin("Syria", "SYR1");
        Incident own = killed("c", new Casualties(1, 1));
        List<Incident> all = List.of(iraq, syria, own);
        IncidentFilter f = IncidentFilter.NONE.withCountries(Set.of("Iraq", "Syria"));
        assertEquals(List.of(iraq, syria), keep(all, f));
        assertEquals(all, keep(all, IncidentFilter.NONE));
        assertEquals("countries: Iraq, Syria", f.describe());
        ListCounts c = ListCounts.count(all, IncidentFilter.NONE.withCountries(Set.of("Iraq")), SearchIndex.onDemand(), PLACES,
                () -> false);
        assertEquals(Map.of("Iraq", 1, "Syria", 1), c.countries(), "a country's count ignores the country list itself");
        assertEquals(1, c.types().values().stream().mapToInt(Integer::intValue).sum(), "the other lists respect it");
    }

    @Test
    void atLeastNKilledComparesTheChosenFigure() {
        Incident range = killed("r", new Casualties(2, 10, 6));
        Incident open = killed("o", Casualties.atLeast(3));
        Incident exact = killed("e", Casualties.exactly(5));
        Incident unknown = killed("u", null);
        List<Incident> all = List.of(range, open, exact, unknown);
        IncidentFilter five = IncidentFilter.NONE.withMinKilled(5);
        assertEquals(List.of(exact), keep(all, five), "the low figure by default");
        assertEquals(List.of(range, exact), keep(all, five.withKilledFigure(Casualties.Figure.BEST)));
        assertEquals(List.of(range, open, exact), keep(all, five.withKilledFigure(Casualties.Figure.HIGH)),
                "an open-ended figure may reach any number");
        assertEquals("at least 5 killed (best figure, low where none is given)",
                five.withKilledFigure(Casualties.Figure.BEST).describe());
        assertEquals("at least 5 killed (high figure)", five.withKilledFigure(Casualties.Figure.HIGH).describe());
    }

    private static Incident killed(String id, Casualties k) {
        return new Incident(id, "Title " + id, "clash", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), DatePrecision.DAY,
                "Gwer", "Erbil", 36.0, 43.5, GeoPrecision.TOWN, 5.0, List.of("A"), k, null, "", List.of(), List.of(), null);
    }

    private static List<Incident> keep(List<Incident> all, IncidentFilter f) {
        Predicate<Incident> p = f.toPredicate(SearchIndex.onDemand(), PLACES);
        return all.stream().filter(p).toList();
    }

    @Test
    void describeSaysEveryFilterInPlainWords() {
        IncidentFilter f = IncidentFilter.NONE.withText(" kirkuk ").withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30))
                .withTypes(Set.of("clash", "attack")).withActors(Set.of("ISIS")).withProvinces(Set.of("Kirkuk"))
                .withMinKilled(1).withCoarsePlace(false).withCoarseDate(false)
                .withNear(new IncidentFilter.Near("jcc-kirkuk", "JCC Kirkuk", 35.4, 44.4, 50))
                .withView(new GeoBounds(30, 40, 37, 48));
        assertEquals("text \u201ckirkuk\u201d; dates that may fall in 1 Jan 2020 to 30 Jun 2021; types: attack, clash; actor: ISIS; "
                + "province: Kirkuk; at least 1 killed (low figure); located better than province; dated better than year; "
                + "within 50 km of JCC Kirkuk; in the map view", f.describe());
        assertEquals("dates that may fall on or after 1 Jan 2020", IncidentFilter.NONE.withDates(LocalDate.of(2020, 1, 1), null).describe());
        assertFalse(f.isEmpty());
    }

    @Test
    void aFilterIsAValue() {
        IncidentFilter a = IncidentFilter.NONE.withTypes(Set.of("attack"));
        IncidentFilter b = IncidentFilter.NONE.withTypes(Set.of("attack"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(IncidentFilter.NONE.types().isEmpty(), "withX returns a new value; NONE is untouched");
    }
}
