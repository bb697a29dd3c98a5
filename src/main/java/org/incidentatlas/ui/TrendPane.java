package org.incidentatlas.ui;

import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.incidentatlas.app.TrendChoice;
import org.incidentatlas.trend.TrendSeries;
import org.incidentatlas.trend.TrendSpec;

/**
 * The trend tab beside the tables: the chart of the filtered list and what it shows (per week or month, incidents
 * or killed, by type or province), with PNG and CSV exports. Each control calls a {@link TrendChoice} command.
 */
final class TrendPane extends BorderPane {

    private final TrendChart chart = new TrendChart();
    private final Label note = new Label();

    TrendPane(TrendChoice trend) {
        setId("trendPane");
        ChoiceBox<TrendSpec.Bucket> bucket = choice("trendBucket", TrendSpec.Bucket.values(), "per ");
        ChoiceBox<TrendSpec.Measure> measure = choice("trendMeasure", TrendSpec.Measure.values(), "");
        ChoiceBox<TrendSpec.Split> split = choice("trendSplit", TrendSpec.Split.values(), "by ");
        TrendSpec now = trend.specProperty().get();
        bucket.setValue(now.bucket());
        measure.setValue(now.measure());
        split.setValue(now.split());
        bucket.setOnAction(e -> trend.setSpec(trend.specProperty().get().withBucket(bucket.getValue())));
        measure.setOnAction(e -> trend.setSpec(trend.specProperty().get().withMeasure(measure.getValue())));
        split.setOnAction(e -> trend.setSpec(trend.specProperty().get().withSplit(split.getValue())));
        Button png = new Button("PNG\u2026");
        png.setId("trendPng");
        png.setOnAction(e -> trend.chooseAndExportPng(SwingFXUtils.fromFXImage(chart.snapshot(new SnapshotParameters(), null), null)));
        Button csv = new Button("CSV\u2026");
        csv.setId("trendCsv");
        csv.setOnAction(e -> trend.chooseAndExportCsv());
        png.disableProperty().bind(trend.seriesProperty().isNull());
        csv.disableProperty().bind(trend.seriesProperty().isNull());
        note.setId("trendNote");
        note.setStyle("-fx-text-fill: #666666;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, measure, bucket, split, note, gap, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        setCenter(chart);
        trend.seriesProperty().addListener((o, was, s) -> show(s));
        show(trend.seriesProperty().get());
    }

    private void show(TrendSeries s) {
        chart.show(s, s == null ? "" : s.spec().describe() + " \u2014 the filtered list");
        note.setText(s == null || s.notPlaced() == 0 ? "" : String.format(Locale.ENGLISH,
                "%,d dated no better than the %s not shown", s.notPlaced(),
                s.spec().bucket() == TrendSpec.Bucket.WEEK ? "month" : "year"));
    }

    private static <T extends Enum<T>> ChoiceBox<T> choice(String id, T[] values, String prefix) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : prefix + v.name().charAt(0) + v.name().substring(1).toLowerCase(Locale.ROOT);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
