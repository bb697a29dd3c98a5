package org.incidentatlas.bench;

/**
 * How often each measure runs at a size: warm-up runs (not counted) and timed runs; fewer at a million, where
 * one load takes seconds. The window measures go round the six filters {@code fxRounds} times.
 */
record Reps(int warm, int timed, int fxWarmRounds, int fxRounds, int panWarm, int pans) {

    static Reps forSize(int incidents) {
        if (incidents <= 20_000) {
            return new Reps(3, 10, 2, 6, 10, 40);
        }
        if (incidents <= 200_000) {
            return new Reps(2, 7, 1, 5, 10, 40);
        }
        return new Reps(1, 3, 1, 2, 5, 15);
    }
}
