package org.incidentatlas.ui.filters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.incidentatlas.model.Incident;

/**
 * Incidents per month (or per year over long spans) as bars: light for the whole dataset, dark for what the
 * filters keep. Drag across it to choose a date range; double-click to clear it.
 */
final class DateHistogram extends Pane {

    private static final int MAX_BINS = 120;
    private final Canvas canvas = new Canvas();
    private final BiConsumer<LocalDate, LocalDate> onRange;
    private YearMonth first;
    private int monthsPerBin = 1;
    private int[] allCounts = new int[0];
    private int[] keptCounts = new int[0];
    private LocalDate from;
    private LocalDate to;
    private double dragStartX = Double.NaN;
    private double dragEndX;

    DateHistogram(BiConsumer<LocalDate, LocalDate> onRange) {
        this.onRange = onRange;
        setId("dateHistogram");
        setPrefHeight(64);
        setMinHeight(48);
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        setOnMousePressed(e -> {
            dragStartX = e.getX();
            dragEndX = e.getX();
        });
        setOnMouseDragged(e -> {
            dragEndX = Math.max(0, Math.min(getWidth(), e.getX()));
            draw();
        });
        setOnMouseReleased(e -> {
            if (!Double.isNaN(dragStartX) && Math.abs(dragEndX - dragStartX) > 3 && allCounts.length > 0) {
                LocalDate a = dateAt(Math.min(dragStartX, dragEndX), false);
                LocalDate b = dateAt(Math.max(dragStartX, dragEndX), true);
                onRange.accept(a, b);
            }
            dragStartX = Double.NaN;
            draw();
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onRange.accept(null, null);
            }
        });
    }

    /** The whole dataset, which sets the time axis. */
    void setAll(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            first = null;
            allCounts = new int[0];
            keptCounts = new int[0];
            draw();
            return;
        }
        LocalDate min = incidents.stream().map(Incident::dateStart).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = incidents.stream().map(Incident::dateStart).max(LocalDate::compareTo).orElseThrow();
        first = YearMonth.from(min);
        long months = ChronoUnit.MONTHS.between(first, YearMonth.from(max)) + 1;
        monthsPerBin = months <= MAX_BINS ? 1 : months <= MAX_BINS * 3 ? 3 : 12;
        if (monthsPerBin == 12) {
            first = YearMonth.of(first.getYear(), 1);
        }
        allCounts = count(incidents, (int) (months / monthsPerBin) + 2);
        keptCounts = allCounts.clone();
        draw();
    }

    /** What the filters keep, and the range they hold. */
    void setKept(List<Incident> incidents, LocalDate rangeFrom, LocalDate rangeTo) {
        from = rangeFrom;
        to = rangeTo;
        keptCounts = first == null ? new int[0] : count(incidents, allCounts.length);
        draw();
    }

    /**
     * Follows an edit without counting everything again: the removed records leave their bins and the added ones
     * join theirs, on the kept side or on both. False when a date falls off the time axis (then count again).
     */
    boolean adjust(List<? extends Incident> removed, List<? extends Incident> added, boolean wholeDataset) {
        if (first == null) {
            return false;
        }
        for (Incident i : added) {
            int b = bin(i.dateStart());
            if (b < 0 || b >= allCounts.length) {
                return false;
            }
        }
        for (Incident i : removed) {
            shift(i, -1, wholeDataset);
        }
        for (Incident i : added) {
            shift(i, 1, wholeDataset);
        }
        draw();
        return true;
    }

    private void shift(Incident i, int by, boolean wholeDataset) {
        int b = bin(i.dateStart());
        if (b >= 0 && b < allCounts.length) {
            if (wholeDataset) {
                allCounts[b] += by;
            } else {
                keptCounts[b] += by;
            }
        }
    }

    private int[] count(List<Incident> incidents, int bins) {
        int[] c = new int[bins];
        for (Incident i : incidents) {
            int b = bin(i.dateStart());
            if (b >= 0 && b < bins) {
                c[b]++;
            }
        }
        return c;
    }

    private int bin(LocalDate d) {
        return (int) (ChronoUnit.MONTHS.between(first, YearMonth.from(d)) / monthsPerBin);
    }

    private LocalDate dateAt(double x, boolean end) {
        int b = (int) Math.floor(x / getWidth() * allCounts.length);
        b = Math.max(0, Math.min(allCounts.length - 1, b));
        YearMonth m = first.plusMonths((long) b * monthsPerBin);
        return end ? m.plusMonths(monthsPerBin - 1L).atEndOfMonth() : m.atDay(1);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#f7f7f5"));
        g.fillRect(0, 0, w, h);
        if (allCounts.length == 0) {
            return;
        }
        int max = 1;
        for (int c : allCounts) {
            max = Math.max(max, c);
        }
        double bw = w / allCounts.length;
        double base = h - 12;
        if (from != null || to != null) {
            double x0 = from == null ? 0 : Math.max(0, bin(from)) * bw;
            double x1 = to == null ? w : Math.min(allCounts.length, bin(to) + 1) * bw;
            g.setFill(Color.web("#dbe8f5"));
            g.fillRect(x0, 0, Math.max(1, x1 - x0), base);
        }
        for (int i = 0; i < allCounts.length; i++) {
            double ha = allCounts[i] / (double) max * (base - 4);
            double hk = keptCounts[i] / (double) max * (base - 4);
            g.setFill(Color.web("#c9cdd2"));
            g.fillRect(i * bw, base - ha, Math.max(1, bw - 1), ha);
            g.setFill(Color.web("#3b6ea5"));
            g.fillRect(i * bw, base - hk, Math.max(1, bw - 1), hk);
        }
        if (!Double.isNaN(dragStartX)) {
            g.setFill(Color.web("#3b6ea5", 0.25));
            g.fillRect(Math.min(dragStartX, dragEndX), 0, Math.abs(dragEndX - dragStartX), base);
        }
        g.setFill(Color.web("#555"));
        g.setFont(Font.font(10));
        g.fillText(Integer.toString(first.getYear()), 2, h - 1);
        String last = Integer.toString(first.plusMonths((long) (allCounts.length - 1) * monthsPerBin).getYear());
        g.fillText(last, w - 26, h - 1);
    }
}
