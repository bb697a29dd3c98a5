package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.GeoBounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columnar filter against the plain predicate: thousands of random filters of every clause kind (text with
 * place spellings and aliases, dates, lists, figures, precisions, distance, view, area) over generated incidents,
 * some changed to carry what the generator never makes (unknown country and province, a best figure, an open end,
 * accented text). Same rows, same order, every time.
 */
class ColumnFilterPropertyTest {

    @TempDir
    static Path dir;

    private static List<Incident> ordered;
    private static SearchIndex index;
    private static ColumnFilter columns;
    private static PlaceVariants places;
    private static List<String> words;
    private static List<String> types;
    private static List<String> actors;
    private static List<String> provinces;

    @BeforeAll
    static void generate() throws Exception {
        List<Incident> made = new ArrayList<>(new DatasetGenerator().generate(3000, 11, dir.resolve("g.json")).incidents());
        Random r = new Random(3);
        for (int k = 0; k < made.size(); k += 7) {
            made.set(k, oddly(made.get(k), r));
        }
        ordered = FilteredRows.inDefaultOrder(made);
        index = SearchIndex.build(ordered);
        columns = new ColumnFilter(Columns.of(ordered, index), index);
        places = PlaceVariants.bundled().withAliases(Aliases.bundled());
        Set<String> w = new HashSet<>();
        Set<String> t = new HashSet<>();
        Set<String> a = new HashSet<>();
        Set<String> p = new HashSet<>();
        for (Incident i : ordered) {
            w.addAll(TokenIndex.words(index.haystack(i)));
            t.add(i.type());
            a.addAll(i.actors());
            if (i.province() != null) {
                p.add(i.province());
            }
        }
        words = w.stream().sorted().toList();
        types = t.stream().sorted().toList();
        actors = a.stream().sorted().toList();
        provinces = p.stream().sorted().toList();
    }

    /** What the generator never makes: no province or country, a named country, a best figure, an open end. */
    private static Incident oddly(Incident i, Random r) {
        Casualties killed = i.killed() == null ? Casualties.atLeast(1 + r.nextInt(3))
                : new Casualties(i.killed().low(), i.killed().low() + 4, i.killed().low() + r.nextInt(5));
        String country = r.nextBoolean() ? null : r.nextBoolean() ? "Iraq" : "Syria";
        return new Incident(i.id(), i.title() + (r.nextBoolean() ? " at Khānaqīn" : " by Da’esh"), i.type(), i.dateStart(),
                r.nextInt(3) == 0 ? null : i.dateEnd(), i.datePrecision(), i.place(), r.nextInt(4) == 0 ? null : i.province(),
                i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(), killed, i.injured(), i.summary(),
                i.quotes(), i.tags(), i.notes(), country, null);
    }

    @Test
    void everyRandomFilterKeepsThePredicatesRowsInTheSameOrder() {
        Random r = new Random(17);
        int nonEmpty = 0;
        for (int round = 0; round < 4000; round++) {
            IncidentFilter f = randomFilter(r);
            assertTrue(ColumnFilter.withoutColumnClauses(f).isEmpty(), "a clause the columns do not answer: " + f);
            List<Incident> want = FilteredRows.incidents(ordered, f, index, places, () -> false);
            int[] got = columns.keptRows(f, places, () -> false);
            List<Incident> gotRows = new ArrayList<>(got.length);
            for (int row : got) {
                gotRows.add(ordered.get(row));
            }
            assertEquals(want, gotRows, "filter " + f.describe());
            nonEmpty += want.isEmpty() || want.size() == ordered.size() ? 0 : 1;
        }
        assertTrue(nonEmpty > 1500, "too few filters that narrow: " + nonEmpty);
    }

    @Test
    void listCountsFromBitmapsAreThePlainCounts() {
        Random r = new Random(23);
        for (int round = 0; round < 800; round++) {
            IncidentFilter f = round == 0 ? IncidentFilter.NONE : randomFilter(r);
            assertEquals(ListCounts.count(ordered, f, index, places, () -> false),
                    columns.counts(f, places, () -> false), "filter " + f.describe());
        }
    }

    @Test
    void aCancelledFilterGivesNothing() {
        assertNull(columns.counts(IncidentFilter.NONE, places, () -> true));
        assertNull(columns.keptRows(IncidentFilter.NONE.withText("kirkuk"), places, () -> true));
        int[] all = columns.keptRows(IncidentFilter.NONE, places, () -> false);
        assertEquals(ordered.size(), all.length);
        assertArrayEquals(java.util.stream.IntStream.range(0, ordered.size()).toArray(), all);
    }

    private static IncidentFilter randomFilter(Random r) {
        IncidentFilter f = IncidentFilter.NONE;
        if (r.nextInt(3) == 0) {
            f = f.withText(randomText(r));
        }
        if (r.nextInt(4) == 0) {
            LocalDate from = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4000));
            LocalDate to = r.nextInt(5) == 0 ? from.minusDays(3) : from.plusDays(r.nextInt(900));
            f = f.withDates(r.nextBoolean() ? from : null, r.nextInt(3) > 0 ? to : null);
        }
        if (r.nextInt(4) == 0) {
            f = f.withTypes(some(r, types));
        }
        if (r.nextInt(4) == 0) {
            f = f.withActors(some(r, actors));
        }
        if (r.nextInt(4) == 0) {
            f = f.withProvinces(some(r, provinces));
        }
        if (r.nextInt(6) == 0) {
            f = f.withCountries(some(r, List.of("Iraq", "Syria", "Nowhere")));
        }
        if (r.nextInt(4) == 0) {
            f = f.withMinKilled(1 + r.nextInt(6)).withKilledFigure(Casualties.Figure.values()[r.nextInt(3)]);
        }
        if (r.nextInt(5) == 0) {
            f = f.withCoarsePlace(false);
        }
        if (r.nextInt(5) == 0) {
            f = f.withCoarseDate(false);
        }
        Incident at = ordered.get(r.nextInt(ordered.size()));
        if (r.nextInt(6) == 0) {
            f = f.withNear(new IncidentFilter.Near("c", "centre", at.lat(), at.lon(), 5 + r.nextInt(150)));
        }
        if (r.nextInt(6) == 0) {
            double s = 0.2 + r.nextDouble() * 2;
            f = f.withView(new GeoBounds(at.lat() - s, at.lon() - s, at.lat() + s, at.lon() + s));
        }
        if (r.nextInt(8) == 0) {
            double lat = at.lat();
            f = f.withArea(new IncidentFilter.Area("district", r.nextInt(50), "north", (la, lo) -> la >= lat));
        }
        return f;
    }

    /** Whole words, pieces of words, place names in other spellings, aliases, several terms, punctuation. */
    private static String randomText(Random r) {
        List<String> terms = new ArrayList<>();
        for (int k = 1 + (r.nextInt(4) == 0 ? 1 : 0); k > 0; k--) {
            String w = words.get(r.nextInt(words.size()));
            terms.add(switch (r.nextInt(9)) {
                case 0 -> w.substring(0, Math.max(1, w.length() / 2));
                case 1 -> w.length() > 3 ? w.substring(1, w.length() - 1) : w;
                case 2 -> List.of("Kirkuk", "KHANAQIN", "Khānaqīn", "Altun Kupri", "Prde", "qara hanjir", "Daesh",
                        "Islamic State", "ISIS", "Mosul", "Tuz Khurmatu").get(r.nextInt(11));
                case 3 -> w + " " + words.get(r.nextInt(words.size()));
                case 4 -> r.nextBoolean() ? "-" : "(item " + r.nextInt(3000) + ")";
                case 5 -> "e";
                default -> w;
            });
        }
        return String.join(" ", terms);
    }

    private static Set<String> some(Random r, List<String> from) {
        Set<String> s = new HashSet<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            s.add(r.nextInt(10) == 0 ? "not a value" : from.get(r.nextInt(from.size())));
        }
        return s;
    }
}
