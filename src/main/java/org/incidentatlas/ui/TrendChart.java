package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.map.TypePalette;
import org.incidentatlas.trend.TrendSeries;
import org.incidentatlas.trend.TrendSpec;

/**
 * Stacked bars of a {@link TrendSeries} on one canvas the size of the region: a bar per period, a segment per
 * group (types in the map's colours, provinces in a palette of their own, "Other" grey), a value axis with round
 * ticks, years (or months) along the bottom and a key of the groups above. Only draws: the series is worked out
 * in the background ({@code TrendChoice}).
 */
final class TrendChart extends Region {

    private static final List<Color> PROVINCE_COLOURS = List.of(Color.web("#1F77B4"), Color.web("#FF7F0E"),
            Color.web("#2CA02C"), Color.web("#D62728"), Color.web("#9467BD"), Color.web("#8C564B"));
    private static final Color OTHER = Color.web("#B0B0B0");
    private static final Font FONT = Font.font("System", 11);
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final Canvas canvas = new Canvas();
    private TrendSeries series;
    private String title = "";

    TrendChart() {
        setId("trendChart");
        getChildren().add(canvas);
        setMinSize(200, 120);
        setPrefSize(600, 220);
        setStyle("-fx-background-color: white;");
    }

    void show(TrendSeries s, String heading) {
        series = s;
        title = heading;
        draw();
    }

    TrendSeries series() {
        return series;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    static Color colour(TrendSeries s, int group) {
        String name = s.names().get(group);
        if (name.equals(TrendSeries.OTHER)) {
            return OTHER;
        }
        return s.spec().split() == TrendSpec.Split.TYPE ? TypePalette.colour(name) : PROVINCE_COLOURS.get(group % PROVINCE_COLOURS.size());
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFill(Color.web("#222222"));
        g.setFont(TITLE);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(title, 8, 6);
        if (series == null || series.periods().isEmpty()) {
            g.setFont(FONT);
            g.fillText(series == null ? "Working out the trend\u2026" : "No incident in the list is dated finely enough.", 8, 26);
            return;
        }
        // key
        g.setFont(FONT);
        double kx = 8;
        double ky = 24;
        for (int k = 0; k < series.names().size(); k++) {
            String name = series.names().get(k);
            double tw = name.length() * 6.2 + 26;
            if (kx + tw > w - 8) {
                kx = 8;
                ky += 15;
            }
            g.setFill(colour(series, k));
            g.fillRect(kx, ky + 2, 10, 10);
            g.setFill(Color.web("#333333"));
            g.fillText(name, kx + 14, ky);
            kx += tw;
        }
        double left = 48;
        double right = w - 10;
        double top = ky + 22;
        double bottom = h - 22;
        if (bottom - top < 30 || right - left < 30) {
            return;
        }
        double max = Math.max(1, series.maxTotal());
        double step = niceStep(max / 4);
        double scaleMax = Math.ceil(max / step) * step;
        g.setStroke(Color.web("#E4E4E4"));
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = 0; v <= scaleMax + 1e-9; v += step) {
            double y = bottom - v / scaleMax * (bottom - top);
            g.strokeLine(left, Math.round(y) + 0.5, right, Math.round(y) + 0.5);
            g.setFill(Color.web("#555555"));
            g.fillText(String.format(Locale.ENGLISH, "%,d", Math.round(v)), left - 4, y);
        }
        int n = series.periods().size();
        double bw = (right - left) / n;
        for (int p = 0; p < n; p++) {
            double y = bottom;
            for (int k = 0; k < series.names().size(); k++) {
                double v = series.values()[k][p];
                if (v <= 0) {
                    continue;
                }
                double hgt = v / scaleMax * (bottom - top);
                g.setFill(colour(series, k));
                g.fillRect(left + p * bw + (bw > 4 ? 0.5 : 0), y - hgt, Math.max(1, bw - (bw > 4 ? 1 : 0)), hgt);
                y -= hgt;
            }
        }
        // time axis: a label at each January (or each month when there are few)
        g.setFill(Color.web("#555555"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double lastLabel = -1e9;
        for (int p = 0; p < n; p++) {
            LocalDate d = series.periods().get(p);
            boolean mark = n <= 14 || (series.spec().bucket() == TrendSpec.Bucket.MONTH ? d.getMonthValue() == 1 : d.getDayOfYear() <= 7);
            double x = left + p * bw;
            if (mark && x - lastLabel > 52) {
                g.fillText(n <= 14 ? MONTH.format(d) : Integer.toString(d.getYear()), x, bottom + 4);
                g.setStroke(Color.web("#999999"));
                g.strokeLine(Math.round(x) + 0.5, bottom, Math.round(x) + 0.5, bottom + 3);
                lastLabel = x;
            }
        }
        g.setStroke(Color.web("#999999"));
        g.strokeLine(left, Math.round(bottom) + 0.5, right, Math.round(bottom) + 0.5);
    }

    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return Math.max(1, m * mag);
            }
        }
        return 10 * mag;
    }
}
