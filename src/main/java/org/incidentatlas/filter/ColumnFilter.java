package org.incidentatlas.filter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Geo;
import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * {@link FilteredRows#keeps} over {@link Columns}: the value lists and the text narrow the rows by bitmaps, then
 * one scan of the primitive columns (in parallel for large row sets) tests the rest. A clause this class has no
 * column for (one added to {@link IncidentFilter} after it) makes the scan apply the filter's own per-row test to
 * the narrowed rows, so the answer is always the plain predicate's, in the default order.
 */
public final class ColumnFilter {

    /** Rows per piece of a parallel scan; below two pieces the scan stays on the calling thread. */
    private static final int PIECE = 32_768;

    private final Columns c;
    private final SearchIndex index;

    public ColumnFilter(Columns columns, SearchIndex index) {
        this.c = columns;
        this.index = index;
    }

    public Columns columns() {
        return c;
    }

    /** The row ids {@code f} keeps, increasing (the default order); null when {@code cancelled} became true. */
    public int[] keptRows(IncidentFilter f, PlaceVariants places, BooleanSupplier cancelled) {
        int n = c.size();
        if (f.isEmpty()) {
            return IntStream.range(0, n).toArray();
        }
        if (f.datesReversed()) {
            return new int[0];
        }
        TextQuery query = TextQuery.parse(f.text(), places);
        RoaringBitmap narrowed = null;
        narrowed = and(narrowed, f.types(), c.byType);
        narrowed = and(narrowed, f.actors(), c.byActor);
        narrowed = and(narrowed, f.provinces(), c.byProvince);
        narrowed = and(narrowed, f.countries(), c.byCountry);
        for (Set<String> spellings : query.terms()) {
            narrowed = and(narrowed, textCandidates(spellings));
        }
        if (cancelled.getAsBoolean()) {
            return null;
        }
        RowCheck test = test(f, query, places);
        int[] candidates = narrowed == null ? null : narrowed.toArray();
        int count = candidates == null ? n : candidates.length;
        boolean parallel = test.pure && count >= 2 * PIECE;
        int pieces = (count + PIECE - 1) / PIECE;
        IntStream each = IntStream.range(0, pieces);
        int[][] kept = (parallel ? each.parallel() : each).mapToObj(p -> {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            int from = p * PIECE;
            int to = Math.min(count, from + PIECE);
            int[] out = new int[to - from];
            int k = 0;
            for (int at = from; at < to; at++) {
                int r = candidates == null ? at : candidates[at];
                if (test.keeps(r)) {
                    out[k++] = r;
                }
            }
            return Arrays.copyOf(out, k);
        }).toArray(int[][]::new);
        int total = 0;
        for (int[] piece : kept) {
            if (piece == null) {
                return null;
            }
            total += piece.length;
        }
        int[] rows = new int[total];
        int at = 0;
        for (int[] piece : kept) {
            System.arraycopy(piece, 0, rows, at, piece.length);
            at += piece.length;
        }
        return rows;
    }

    /**
     * {@link ListCounts#count} by bitmaps: the rows every filter but the lists keeps, intersected with the other
     * lists' rows, counted against each value's row set. Null when {@code cancelled} became true.
     */
    public ListCounts counts(IncidentFilter f, PlaceVariants places, BooleanSupplier cancelled) {
        IncidentFilter others = f.withoutLists();
        int[] rest = others.isEmpty() ? null : keptRows(others, places, cancelled);
        if (rest == null && (!others.isEmpty() || cancelled.getAsBoolean())) {
            return null;
        }
        RoaringBitmap base = rest == null ? RoaringBitmap.bitmapOfRange(0, c.size()) : RoaringBitmap.bitmapOf(rest);
        RoaringBitmap types = chosen(f.types(), c.byType);
        RoaringBitmap actors = chosen(f.actors(), c.byActor);
        RoaringBitmap provinces = chosen(f.provinces(), c.byProvince);
        RoaringBitmap countries = chosen(f.countries(), c.byCountry);
        return new ListCounts(count(c.byType, base, actors, provinces, countries),
                count(c.byActor, base, types, provinces, countries),
                count(c.byProvince, base, types, actors, countries),
                count(c.byCountry, base, types, actors, provinces),
                actorSets(within(base, types, provinces, countries)));
    }

    /**
     * The sets of two or more actors named together among the rows the actor list counts ({@link ListCounts#actorSets},
     * by which the list counts an incident once per alias group): a walk over those rows' records, as the plain count.
     */
    private Map<List<String>, Integer> actorSets(RoaringBitmap rows) {
        Map<List<String>, Integer> sets = new HashMap<>();
        rows.forEach((int row) -> {
            List<String> named = c.incident(row).actors();
            if (named.size() > 1) {
                List<String> set = ListCounts.distinctSorted(named);
                if (set.size() > 1) {
                    sets.merge(set, 1, Integer::sum);
                }
            }
        });
        return sets;
    }

    private static RoaringBitmap within(RoaringBitmap base, RoaringBitmap... others) {
        RoaringBitmap within = base;
        for (RoaringBitmap o : others) {
            within = o == null ? within : RoaringBitmap.and(within, o);
        }
        return within;
    }

    /** The rows with one of the chosen values; null when nothing is chosen (no restriction). */
    private static RoaringBitmap chosen(Set<String> values, Map<String, RoaringBitmap> byValue) {
        if (values.isEmpty()) {
            return null;
        }
        RoaringBitmap[] hits = values.stream().map(byValue::get).filter(b -> b != null).toArray(RoaringBitmap[]::new);
        return hits.length == 0 ? new RoaringBitmap() : FastAggregation.or(hits);
    }

    /** Each value's rows among {@code base} and the other lists' rows; values with none (and no value) left out. */
    private static Map<String, Integer> count(Map<String, RoaringBitmap> byValue, RoaringBitmap base,
                                              RoaringBitmap... others) {
        RoaringBitmap within = within(base, others);
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, RoaringBitmap> e : byValue.entrySet()) {
            if (e.getKey().equals(Columns.NO_VALUE)) {
                continue;
            }
            int n = RoaringBitmap.andCardinality(e.getValue(), within);
            if (n > 0) {
                out.put(e.getKey(), n);
            }
        }
        return out;
    }

    /** The rows whose text may hold one of a term's spellings; null when the index cannot say. */
    private RoaringBitmap textCandidates(Set<String> spellings) {
        RoaringBitmap any = new RoaringBitmap();
        for (String s : spellings) {
            RoaringBitmap these = c.tokens.candidates(s);
            if (these == null) {
                return null;
            }
            any.or(these);
        }
        return any;
    }

    private static RoaringBitmap and(RoaringBitmap narrowed, Set<String> chosen, Map<String, RoaringBitmap> byValue) {
        if (chosen.isEmpty()) {
            return narrowed;
        }
        RoaringBitmap[] hits = chosen.stream().map(byValue::get).filter(b -> b != null).toArray(RoaringBitmap[]::new);
        return and(narrowed, hits.length == 0 ? new RoaringBitmap() : FastAggregation.or(hits));
    }

    private static RoaringBitmap and(RoaringBitmap narrowed, RoaringBitmap these) {
        if (these == null) {
            return narrowed;
        }
        return narrowed == null ? these : RoaringBitmap.and(narrowed, these);
    }

    /** The clauses the columns answer, as one row test; the rest by the filter's own per-row test. */
    private RowCheck test(IncidentFilter f, TextQuery query, PlaceVariants places) {
        IncidentFilter rest = withoutColumnClauses(f);
        Predicate<Incident> plain = rest.isEmpty() ? null : f.toPredicate(index, places);
        return new RowCheck(c, f, query, plain);
    }

    /** {@code f} without the clauses {@link RowCheck} answers: empty unless it has a clause newer than this class. */
    static IncidentFilter withoutColumnClauses(IncidentFilter f) {
        return f.withText("").withDates(null, null).withTypes(Set.of()).withActors(Set.of()).withProvinces(Set.of())
                .withCountries(Set.of()).withMinKilled(null).withKilledFigure(Casualties.Figure.LOW)
                .withCoarsePlace(true).withCoarseDate(true).withNear(null).withView(null).withArea(null);
    }

    /** One row's test from the columns; {@code pure} when it may run on several threads at once. */
    private static final class RowCheck {
        private final Columns c;
        private final boolean hasFrom;
        private final int fromDay;
        private final boolean hasTo;
        private final int toDay;
        private final int[] killed;
        private final int minKilled;
        private final boolean fineGeo;
        private final boolean fineDate;
        private final IncidentFilter.Near near;
        private final GeoBounds view;
        private final IncidentFilter.Inside area;
        private final TextQuery query;
        private final Predicate<Incident> plain;
        final boolean pure;

        RowCheck(Columns c, IncidentFilter f, TextQuery query, Predicate<Incident> plain) {
            this.c = c;
            hasFrom = f.from() != null;
            fromDay = hasFrom ? (int) f.from().toEpochDay() : 0;
            hasTo = f.to() != null;
            toDay = hasTo ? (int) f.to().toEpochDay() : 0;
            killed = f.minKilled() == null ? null : switch (f.killedFigure()) {
                case LOW -> c.killedLow;
                case BEST -> c.killedBest;
                case HIGH -> c.killedHigh;
            };
            minKilled = f.minKilled() == null ? 0 : f.minKilled();
            fineGeo = !f.coarsePlace();
            fineDate = !f.coarseDate();
            near = f.near();
            view = f.view();
            area = f.area() == null ? null : f.area().test();
            this.query = query.isEmpty() ? null : query;
            this.plain = plain;
            // the area's polygons load on first use, and a newer clause's test is not known to be thread-safe
            pure = area == null && plain == null;
        }

        boolean keeps(int r) {
            if (hasFrom && c.endDay[r] < fromDay || hasTo && c.startDay[r] > toDay) {
                return false;
            }
            if (killed != null && killed[r] < minKilled) {
                return false;
            }
            if (fineGeo && c.geoPrecision[r] >= GeoPrecision.PROVINCE.ordinal()
                    || fineDate && c.datePrecision[r] == DatePrecision.YEAR.ordinal()) {
                return false;
            }
            if (near != null && !(Geo.distanceKm(near.lat(), near.lon(), c.lat[r], c.lon[r]) <= near.km())) {
                return false;
            }
            if (view != null && !view.contains(c.lat[r], c.lon[r]) || area != null && !area.contains(c.lat[r], c.lon[r])) {
                return false;
            }
            if (query != null && !query.matches(c.haystacks[r])) {
                return false;
            }
            return plain == null || plain.test(c.rows[r]);
        }
    }
}
