package org.incidentatlas.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentatlas.model.Incident;

/**
 * The key as printed under the map: its lines in as many columns as the page's width allows (one line a
 * number on a tag like the map's, then date, place, type, figures, source and nearest centre), and the line saying
 * how many more incidents the CSV holds.
 */
final class KeyView extends VBox {

    /** A column narrower than this, at unit 1, would wrap every line. */
    private static final double COLUMN_WIDTH = 600;

    private final List<Label> texts = new ArrayList<>();
    private final BriefingKey key;

    KeyView(BriefingKey key, double pageWidth, double unit) {
        super(4 * unit);
        this.key = key;
        setId("briefingKey");
        double font = Math.max(10.5, 13 * unit);
        setStyle("-fx-font-size: " + font + "px;");
        Label heading = new Label("Key: the numbered incidents on the map");
        heading.setStyle("-fx-font-weight: bold;");
        int n = key.entries().size();
        int columns = Math.max(1, Math.min(4, (int) Math.floor(pageWidth / (COLUMN_WIDTH * unit))));
        columns = Math.min(columns, Math.max(1, (n + 3) / 4)); // a short key stays in one or two columns
        int perColumn = (n + columns - 1) / columns;
        GridPane grid = new GridPane();
        grid.setHgap(18 * unit);
        grid.setVgap(2 * unit);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int k = 0; k < n; k++) {
            BriefingKey.Entry e = key.entries().get(k);
            Label number = new Label(Integer.toString(e.number()));
            number.setId("keyNumber" + e.number());
            number.setStyle("-fx-font-weight: bold; -fx-border-color: #111111; -fx-border-radius: 3;"
                    + " -fx-background-color: white; -fx-padding: 0 3 0 3;");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(line(e));
            text.setId("keyLine" + e.number());
            text.setWrapText(true);
            texts.add(text);
            HBox row = new HBox(5 * unit, number, text);
            row.setAlignment(Pos.TOP_LEFT);
            grid.add(row, k / perColumn, k % perColumn);
        }
        getChildren().addAll(heading, grid);
        if (!key.moreLine().isEmpty()) {
            Label more = new Label(key.moreLine());
            more.setId("keyMore");
            more.setWrapText(true);
            more.setStyle("-fx-text-fill: #444444;");
            getChildren().add(more);
        }
    }

    /** One entry as the page prints it. */
    static String line(BriefingKey.Entry e) {
        String near = e.nearestCentre().isEmpty() ? "" : " \u00b7 " + e.nearestKm() + " km from " + e.nearestCentre();
        return e.date() + " \u00b7 " + e.place() + " \u00b7 " + e.type() + " \u00b7 " + e.figures() + " \u00b7 "
                + e.citation() + near;
    }

    /** Marks the lines whose incident the map's view leaves out (its number is then not on the map). */
    void markOutside(Predicate<Incident> inView) {
        for (int k = 0; k < texts.size(); k++) {
            BriefingKey.Entry e = key.entries().get(k);
            if (!inView.test(e.incident())) {
                texts.get(k).setText(line(e) + " \u00b7 outside the map's view");
            }
        }
    }

    /** The printed lines, for tests. */
    List<String> lines() {
        return texts.stream().map(Label::getText).toList();
    }
}
