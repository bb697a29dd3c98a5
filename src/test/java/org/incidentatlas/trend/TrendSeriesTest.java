package org.incidentatlas.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.incidentatlas.export.TrendCsv;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

class TrendSeriesTest {

    static Incident incident(String id, String type, String province, LocalDate day, DatePrecision p, Integer killed) {
        return new Incident(id, "t", type, day, day, p, "x", province, 35, 44, GeoPrecision.TOWN, null, List.of(),
                killed == null ? null : Casualties.exactly(killed), null, "", List.of(), List.of(), null);
    }

    @Test
    void eachPeriodAndGroupHoldsWhatTheListHolds() {
        Random r = new Random(15);
        String[] types = {"a", "b", "c", "d", "e", "f", "g", "h"};
        String[] provinces = {"Kirkuk", "Ninawa", null};
        List<Incident> list = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            LocalDate day = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4 * 365));
            DatePrecision p = i % 17 == 0 ? DatePrecision.YEAR : i % 11 == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
            list.add(incident("i" + i, types[r.nextInt(types.length)], provinces[i % 3], day, p, i % 5 == 0 ? null : i % 9));
        }
        for (TrendSpec.Bucket b : TrendSpec.Bucket.values()) {
            for (TrendSpec.Measure m : TrendSpec.Measure.values()) {
                for (TrendSpec.Split s : TrendSpec.Split.values()) {
                    TrendSpec spec = new TrendSpec(b, m, s);
                    TrendSeries series = TrendSeries.of(list, spec);
                    // every cell against a direct count over the list
                    for (int p = 0; p < series.periods().size(); p++) {
                        LocalDate from = series.periods().get(p);
                        LocalDate to = series.periodEnd(p);
                        for (int g = 0; g < series.names().size(); g++) {
                            String name = series.names().get(g);
                            double expected = list.stream()
                                    .filter(i -> !TrendSeries.coarser(i.datePrecision(), b))
                                    .filter(i -> !i.dateStart().isBefore(from) && !i.dateStart().isAfter(to))
                                    .filter(i -> name.equals(TrendSeries.OTHER)
                                            ? !series.names().subList(0, series.names().size() - 1).contains(TrendSeries.group(i, s))
                                            : name.equals(TrendSeries.group(i, s)))
                                    .mapToDouble(i -> m == TrendSpec.Measure.INCIDENTS ? 1 : i.killed() == null ? 0 : i.killed().low())
                                    .sum();
                            assertEquals(expected, series.values()[g][p], 0, spec + " " + name + " " + from);
                        }
                    }
                    long coarse = list.stream().filter(i -> TrendSeries.coarser(i.datePrecision(), b)).count();
                    assertEquals(coarse, series.notPlaced(), spec.toString());
                }
            }
        }
    }

    @Test
    void typesBeyondTheSixLargestAreOtherAndEmptyPeriodsAreZero() {
        List<Incident> list = new ArrayList<>();
        String[] types = {"a", "b", "c", "d", "e", "f", "g", "h"};
        for (int t = 0; t < types.length; t++) {
            for (int k = 0; k <= 8 - t; k++) {
                list.add(incident(types[t] + k, types[t], "Kirkuk", LocalDate.of(2016, 1, 10), DatePrecision.DAY, 1));
            }
        }
        list.add(incident("late", "a", "Kirkuk", LocalDate.of(2016, 4, 2), DatePrecision.DAY, 3));
        TrendSeries s = TrendSeries.of(list, TrendSpec.DEFAULT);
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "Other"), s.names());
        assertEquals(List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 1), LocalDate.of(2016, 4, 1)),
                s.periods());
        assertEquals(3 + 2, s.values()[6][0], 0, "g (3) and h (2)");
        assertEquals(0, s.total(1), 0);
        assertEquals(1, s.values()[0][3], 0);
        assertEquals(list.size(), s.total(0) + s.total(3), 0);
    }

    @Test
    void theCsvHasARowPerPeriodAndAColumnPerGroup() throws IOException {
        List<Incident> list = List.of(
                incident("1", "=cmd", "Kirkuk", LocalDate.of(2016, 1, 4), DatePrecision.DAY, 2),
                incident("2", "clash", "Kirkuk", LocalDate.of(2016, 1, 20), DatePrecision.DAY, 5),
                incident("3", "clash", "Kirkuk", LocalDate.of(2016, 1, 6), DatePrecision.DAY, null));
        StringWriter out = new StringWriter();
        TrendCsv.write(TrendSeries.of(list, new TrendSpec(TrendSpec.Bucket.WEEK, TrendSpec.Measure.KILLED, TrendSpec.Split.TYPE)), out);
        assertEquals("""
                period_start,period_end,clash,'=cmd,total\r
                2016-01-04,2016-01-10,0,2,2\r
                2016-01-11,2016-01-17,0,0,0\r
                2016-01-18,2016-01-24,5,0,5\r
                """, out.toString());
    }
}
