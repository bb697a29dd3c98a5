package org.incidentatlas.filter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Incident;
import org.roaringbitmap.RoaringBitmap;

/**
 * The opened incidents as columns, built once per dataset off the FX thread: row id = position in the default
 * order (date, then id). Dates, coordinates, casualty figures and precisions are primitive arrays a filter scans
 * without touching an object; type, province, country and actors have a row bitmap per value; the folded search
 * text has a token index. The {@link Incident} records stay the truth: {@link #incident} gives a row's record.
 */
public final class Columns {

    /** An open end or an open-ended high figure: above every real value. */
    static final int OPEN = Integer.MAX_VALUE;
    /** No figure at all (the sources give none): below every "at least n" (n is 1 or more). */
    static final int UNKNOWN = -1;

    final Incident[] rows;
    final int[] startDay;
    final int[] endDay;
    final double[] lat;
    final double[] lon;
    final int[] killedLow;
    final int[] killedBest;
    final int[] killedHigh;
    final byte[] geoPrecision;
    final byte[] datePrecision;
    final String[] haystacks;
    final Map<String, RoaringBitmap> byType;
    final Map<String, RoaringBitmap> byProvince;
    final Map<String, RoaringBitmap> byCountry;
    final Map<String, RoaringBitmap> byActor;
    final TokenIndex tokens;

    private Columns(List<Incident> ordered, SearchIndex index) {
        int n = ordered.size();
        rows = ordered.toArray(Incident[]::new);
        startDay = new int[n];
        endDay = new int[n];
        lat = new double[n];
        lon = new double[n];
        killedLow = new int[n];
        killedBest = new int[n];
        killedHigh = new int[n];
        geoPrecision = new byte[n];
        datePrecision = new byte[n];
        haystacks = new String[n];
        // records are independent: the primitive columns and the folded texts fill in parallel
        IntStream.range(0, n).parallel().forEach(r -> fill(r, index));
        byType = bitmaps(n, r -> List.of(nullable(rows[r].type())));
        byProvince = bitmaps(n, r -> List.of(nullable(rows[r].province())));
        byCountry = bitmaps(n, r -> List.of(nullable(rows[r].country())));
        byActor = bitmaps(n, r -> rows[r].actors());
        tokens = TokenIndex.build(haystacks);
    }

    /**
     * The columns of {@code ordered}, which must be in the default order; {@code index} gives the folded texts
     * (the same strings the per-row test searches, so both agree by construction).
     */
    public static Columns of(List<Incident> ordered, SearchIndex index) {
        return new Columns(ordered, index);
    }

    private void fill(int r, SearchIndex index) {
        Incident i = rows[r];
        startDay[r] = (int) i.dateStart().toEpochDay();
        endDay[r] = i.dateEnd() == null ? OPEN : (int) i.dateEnd().toEpochDay();
        lat[r] = i.lat();
        lon[r] = i.lon();
        Casualties k = i.killed();
        killedLow[r] = k == null ? UNKNOWN : k.low();
        killedBest[r] = k == null ? UNKNOWN : k.best() != null ? k.best() : k.low();
        killedHigh[r] = k == null ? UNKNOWN : k.high() == null ? OPEN : k.high();
        geoPrecision[r] = (byte) i.geoPrecision().ordinal();
        datePrecision[r] = (byte) i.datePrecision().ordinal();
        haystacks[r] = index.haystack(i);
    }

    /** The key of "no value" (no province, no country): no chosen value finds it, and no list counts it. */
    static final String NO_VALUE = "\u0000";

    private static String nullable(String s) {
        return s == null ? NO_VALUE : s;
    }

    private interface Values {
        List<String> of(int row);
    }

    /** One bitmap per value; rows are added in increasing order, which a RoaringBitmap appends cheaply. */
    private static Map<String, RoaringBitmap> bitmaps(int n, Values values) {
        Map<String, RoaringBitmap> map = new HashMap<>();
        for (int r = 0; r < n; r++) {
            for (String v : values.of(r)) {
                map.computeIfAbsent(v, x -> new RoaringBitmap()).add(r);
            }
        }
        map.values().forEach(RoaringBitmap::runOptimize);
        return map;
    }

    /** How many rows. */
    public int size() {
        return rows.length;
    }

    /** The record of row {@code r}. */
    public Incident incident(int r) {
        return rows[r];
    }

    /** Row {@code r}'s latitude, read from the column (the map gathers points by row id). */
    public double lat(int r) {
        return lat[r];
    }

    public double lon(int r) {
        return lon[r];
    }

    /** Whether these columns were built over exactly {@code ordered} (the same records in the same places). */
    public boolean isOver(List<Incident> ordered) {
        if (ordered.size() != rows.length) {
            return false;
        }
        for (int r = 0; r < rows.length; r++) {
            if (ordered.get(r) != rows[r]) {
                return false;
            }
        }
        return true;
    }
}
