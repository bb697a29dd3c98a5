package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** The row list's order and the exact changes it reports, against a plain sorted list. */
class RowListTest {

    private static final List<Comparator<Incident>> COLUMNS = List.of(
            Comparator.comparing(Incident::type),
            Comparator.comparing(Incident::place),
            Comparator.comparing(Incident::title).reversed(),
            Comparator.comparing((Incident i) -> i.killed() == null ? -1 : i.killed().low()),
            Comparator.comparing(Incident::dateStart).reversed());

    private static Incident incident(Random r, int n) {
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(60));
        return new Incident("i" + n, "title " + r.nextInt(20), r.nextBoolean() ? "attack" : "clash", day, day,
                DatePrecision.DAY, "place " + r.nextInt(9), "P", 35, 44, GeoPrecision.TOWN, null, List.of("a"),
                r.nextInt(3) == 0 ? null : Casualties.exactly(r.nextInt(5)), null, "", List.of(), List.of(), null);
    }

    private static List<Incident> incidents(Random r, int n) {
        List<Incident> all = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            all.add(incident(r, k));
        }
        return all;
    }

    @Test
    void sortingByEachColumnIsAPlainSortWithDateThenIdBreakingTies() {
        List<Incident> all = incidents(new Random(5), 2000);
        RowList rows = new RowList();
        rows.setRows(all.stream().sorted(Incident.BY_DATE_THEN_ID).toArray(Incident[]::new));
        for (Comparator<Incident> c : COLUMNS) {
            Comparator<Incident> full = c.thenComparing(Incident.BY_DATE_THEN_ID);
            rows.sortBy(full);
            assertEquals(all.stream().sorted(full).toList(), List.copyOf(rows));
        }
        rows.sortBy(null);
        assertEquals(all.stream().sorted(Incident.BY_DATE_THEN_ID).toList(), List.copyOf(rows));
    }

    @Test
    void anEditIsOneExactChangeAndTheOrderHolds() {
        Random r = new Random(9);
        List<Incident> plain = incidents(r, 300);
        Comparator<Incident> order = COLUMNS.get(1).thenComparing(Incident.BY_DATE_THEN_ID);
        plain.sort(order);
        RowList rows = new RowList();
        rows.setRows(plain.toArray(Incident[]::new));
        rows.sortBy(order);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Incident>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replace" : c.wasAdded() ? "add" : c.wasRemoved() ? "remove" : "other");
            }
        });
        for (int k = 0; k < 500; k++) {
            Incident before = r.nextInt(5) == 0 ? null : plain.get(r.nextInt(plain.size()));
            Incident after = r.nextInt(5) == 0 ? null : r.nextBoolean() && before != null
                    ? sameSort(before) : incident(r, 1000 + k);
            if (before == null && after == null) {
                continue;
            }
            changes.clear();
            rows.patch(before, after);
            if (before != null) {
                plain.remove(before);
            }
            if (after != null) {
                plain.add(after);
            }
            plain.sort(order);
            assertEquals(plain, List.copyOf(rows));
            if (before != null && after != null && order.compare(before, after) == 0) {
                assertEquals(List.of("replace"), changes, "a row that keeps its place is one replacement");
            } else if (before != null && after != null && changes.equals(List.of("replace"))) {
                continue; // the new record fits between the old one's neighbours: replaced in place, order checked
            } else {
                assertEquals((before == null ? 0 : 1) + (after == null ? 0 : 1), changes.size(), changes.toString());
            }
        }
    }

    /** The same record with a new summary: it sorts where the old one did. */
    private static Incident sameSort(Incident i) {
        return new Incident(i.id(), i.title(), i.type(), i.dateStart(), i.dateEnd(), i.datePrecision(), i.place(),
                i.province(), i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(), i.killed(),
                i.injured(), "changed", i.quotes(), i.tags(), i.notes());
    }
}
