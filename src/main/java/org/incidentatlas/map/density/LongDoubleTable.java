package org.incidentatlas.map.density;

import java.util.Arrays;

/**
 * A sum per long key with open addressing over primitive arrays: binning a million points into a
 * {@code HashMap<Long, Double>} would box two objects per point.
 */
final class LongDoubleTable {

    private static final long EMPTY = Long.MIN_VALUE;

    /** Told each key and its sum. */
    @FunctionalInterface
    interface Visitor {
        void accept(long key, double value);
    }

    private long[] keys;
    private double[] sums;
    private int size;

    LongDoubleTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        sums = new double[cap];
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, double amount) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                sums[i] += amount;
                grow();
                return;
            }
        }
        sums[i] += amount;
    }

    int size() {
        return size;
    }

    void forEach(Visitor v) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                v.accept(keys[i], sums[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldSums = sums;
        keys = new long[oldKeys.length * 2];
        sums = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                sums[i] = oldSums[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
