package org.incidentatlas.trend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The frames of a time playback: from {@code start} to {@code end} in steps of a day, week or month, each frame a
 * date range the filter takes. A frame ends at the end of its step (the last at {@code end}); it begins at
 * {@code start} ({@link Span#CUMULATIVE}), {@code windowDays} before its end ({@link Span#WINDOW}: the last N days,
 * never before {@code start}), or at the start of its own step ({@link Span#STEP}).
 */
public record PlaybackPlan(LocalDate start, LocalDate end, Step step, Span span, int windowDays) {

    /** How far a frame moves on. */
    public enum Step {
        DAY, WEEK, MONTH;

        public static Step of(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "day" -> DAY;
                case "week" -> WEEK;
                case "month" -> MONTH;
                default -> throw new IllegalArgumentException("no step \"" + name + "\"; day, week or month");
            };
        }

        LocalDate plus(LocalDate d, long n) {
            return switch (this) {
                case DAY -> d.plusDays(n);
                case WEEK -> d.plusWeeks(n);
                case MONTH -> d.plusMonths(n);
            };
        }
    }

    /** What a frame spans. */
    public enum Span { STEP, WINDOW, CUMULATIVE }

    /** More frames than this is a mistake (a daily step over decades): said, not tried. */
    public static final int MAX_FRAMES = 5000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** One frame: the dates the filter keeps. */
    public record Frame(int index, LocalDate from, LocalDate to) {
        /** "1 Jan 2016 to 31 Mar 2016", or "14 Jul 2016" for one day. */
        public String label() {
            return from.equals(to) ? DAY.format(from) : DAY.format(from) + " to " + DAY.format(to);
        }
    }

    public PlaybackPlan {
        if (start == null || end == null || step == null || span == null) {
            throw new IllegalArgumentException("a playback needs a start, an end, a step and a span");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the playback ends (" + end + ") before it starts (" + start + ")");
        }
        if (span == Span.WINDOW && windowDays < 1) {
            throw new IllegalArgumentException("a sliding window of " + windowDays + " days; 1 or more");
        }
    }

    /** How many frames: one per step begun between start and end. */
    public int frameCount() {
        long n = switch (step) {
            case DAY -> ChronoUnit.DAYS.between(start, end) + 1;
            case WEEK -> ChronoUnit.DAYS.between(start, end) / 7 + 1;
            case MONTH -> ChronoUnit.MONTHS.between(start, end) + 1;
        };
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /**
     * The last day of the frames before {@code f} that {@code f} does not cover: the day before it begins, or null
     * when it begins at the start (every frame of a cumulative playback, the first frame of any). The earlier
     * frames, shown faded under a frame, run from {@link #start} to that day.
     */
    public LocalDate earlierEnd(Frame f) {
        return f.from().isAfter(start) ? f.from().minusDays(1) : null;
    }

    public List<Frame> frames() {
        int n = frameCount();
        if (n > MAX_FRAMES) {
            throw new IllegalArgumentException(String.format(Locale.ENGLISH, "%,d frames (a %s step from %s to %s); the"
                    + " most is %,d: take a longer step or a shorter range", n, step.name().toLowerCase(Locale.ROOT),
                    start, end, MAX_FRAMES));
        }
        List<Frame> frames = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            LocalDate stepStart = step.plus(start, k);
            LocalDate to = step.plus(start, k + 1L).minusDays(1);
            to = to.isAfter(end) ? end : to;
            LocalDate from = switch (span) {
                case CUMULATIVE -> start;
                case STEP -> stepStart;
                case WINDOW -> {
                    LocalDate w = to.minusDays(windowDays - 1L);
                    yield w.isBefore(start) ? start : w;
                }
            };
            frames.add(new Frame(k, from, to));
        }
        return frames;
    }
}
