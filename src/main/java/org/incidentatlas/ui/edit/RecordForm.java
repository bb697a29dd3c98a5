package org.incidentatlas.ui.edit;

import org.incidentatlas.places.PlaceMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentatlas.app.Editing;
import org.incidentatlas.app.IncidentDraft;
import org.incidentatlas.app.PlaceSearch;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Quote;

/**
 * The side panel where the analyst writes an incident or a centre: every field of the format, checked as they
 * type by the reader's own rules (through {@link Editing#check}), with the point shown on the map while they
 * write. Keep (Ctrl+Enter) makes the record through the workbench, as one undoable edit; Cancel (Esc) drops it.
 */
public final class RecordForm extends BorderPane {

    private final Editing editing;
    private final PlaceSearch places;
    private final AtlasMap map;
    private final Runnable closed;
    private final FormRows rows;
    private final Label heading = new Label();
    private final VBox problems = new VBox(3);
    private final Button keep = new Button("Keep");
    private final ListView<Quote> quotes = new ListView<>();
    private final Map<String, Node> byField = new HashMap<>();
    private IncidentDraft draft;
    private AtlasRecord original;
    private boolean centre;
    private boolean showing;

    /**
     * @param places what the offline place lookup offers for a typed name
     * @param types  the dataset's types (or centre kinds), most used first, to suggest
     * @param actors the dataset's actors, to suggest
     */
    public RecordForm(Editing editing, PlaceSearch places, AtlasMap map, Function<Boolean, List<String>> types,
                      Function<Boolean, List<String>> actors, Runnable closed) {
        this.editing = editing;
        this.places = places;
        this.map = map;
        this.closed = closed;
        setId("recordForm");
        rows = new FormRows(typed -> places.find(typed, 12), this::picked, types, actors);
        heading.setId("formHeading");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        heading.setWrapText(true);
        keep.setId("formKeep");
        keep.setDefaultButton(false);
        keep.setOnAction(e -> keep());
        Button cancel = new Button("Cancel");
        cancel.setId("formCancel");
        cancel.setOnAction(e -> close());
        Button onMap = new Button("Place on map");
        onMap.setId("formPlaceOnMap");
        onMap.setOnAction(e -> map.placeNextClick(this::placedOnMap));
        rows.placeRow().getChildren().add(onMap);
        quotes.setId("formQuotes");
        quotes.setPrefHeight(90);
        quotes.setCellFactory(l -> new QuoteCell(this::removeQuote));
        problems.setId("formProblems");
        GridPane grid = rows.grid();
        grid.add(new Label("Quotes"), 0, grid.getRowCount());
        grid.add(quotes, 1, grid.getRowCount() - 1);
        VBox body = new VBox(8, heading, grid, problems);
        body.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        HBox buttons = new HBox(8, keep, cancel);
        buttons.setPadding(new Insets(8, 10, 8, 10));
        setBottom(buttons);
        rows.fields().forEach((field, control) -> byField.put(field, control));
        byField.put("quotes", quotes);
        rows.onChange(this::refresh);
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                keep();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !map.placing()) {
                close();
                e.consume();
            }
        });
    }

    /** Shows {@code d} to write: a new record when {@code replacing} is null, else an edit of it. */
    public void show(IncidentDraft d, AtlasRecord replacing, boolean isCentre, String title) {
        places.prepare();
        draft = d;
        original = replacing;
        centre = isCentre;
        heading.setText(title);
        showing = true;
        try {
            rows.show(d, isCentre);
            quotes.getItems().setAll(d.quotes);
        } finally {
            showing = false;
        }
        refresh();
        rows.focusFirst();
    }

    /** Adds a passage to the record being written (the article view's "add as quote" while the form is open). */
    public void addQuote(Quote q) {
        quotes.getItems().add(q);
        refresh();
    }

    public boolean isWriting() {
        return draft != null;
    }

    private void picked(PlaceMatch c) {
        rows.fill(c);
        refresh();
    }

    private void placedOnMap(double[] latLon) {
        rows.placed(latLon[0], latLon[1], places.around(latLon[0], latLon[1]).province());
        refresh();
    }

    private void removeQuote(Quote q) {
        quotes.getItems().remove(q);
        refresh();
    }

    /** Reads the fields, checks them, and says what is wrong beside where it is. */
    private void refresh() {
        if (showing || draft == null) {
            return;
        }
        rows.read(draft);
        draft.quotes = List.copyOf(quotes.getItems());
        byField.values().forEach(n -> n.setStyle(""));
        problems.getChildren().clear();
        Map<String, String> unread;
        AtlasRecord record;
        if (centre) {
            IncidentDraft.ParsedCenter p = draft.parseCenter();
            unread = p.problems();
            record = p.center();
        } else {
            IncidentDraft.Parsed p = draft.parse();
            unread = p.problems();
            record = p.incident();
        }
        boolean errors = !unread.isEmpty();
        unread.forEach((field, text) -> say(field, text, true));
        if (record != null) {
            for (Problem pr : editing.check(record, original)) {
                say(pr.field(), pr.message() + (pr.hint() == null ? "" : " " + pr.hint()), pr.isError());
                errors |= pr.isError();
            }
            map.draftProperty().set(new AtlasMap.Draft(record.lat(), record.lon(),
                    record.geoPrecision() == GeoPrecision.EXACT || record.geoPrecision() == GeoPrecision.TOWN
                            ? null : record.uncertaintyKm()));
        } else {
            map.draftProperty().set(rows.point());
        }
        if (places.failure() != null) {
            say("place", places.failure(), false);
        }
        keep.setDisable(errors);
        if (problems.getChildren().isEmpty()) {
            Label ok = new Label("Ready to keep: the reader's checks find nothing wrong.");
            ok.setStyle("-fx-text-fill: #2e7d32;");
            problems.getChildren().add(ok);
        }
    }

    private void say(String field, String text, boolean error) {
        String name = FormRows.labelOf(field);
        Label l = new Label((error ? "\u2716 " : "\u26a0 ") + (name == null ? "" : name + ": ") + text);
        l.setWrapText(true);
        l.setStyle(error ? "-fx-text-fill: #b00020;" : "-fx-text-fill: #8a6d00;");
        l.getStyleClass().add(error ? "form-error" : "form-warning");
        problems.getChildren().add(l);
        Node n = field == null ? null : byField.get(field.replaceFirst("\\[.*", "").replaceFirst("^quotes.*", "quotes"));
        if (n != null && error) {
            n.setStyle("-fx-border-color: #b00020; -fx-border-width: 1.5;");
        }
    }

    private void keep() {
        if (draft == null || keep.isDisabled()) {
            return;
        }
        AtlasRecord record = centre ? draft.parseCenter().center() : draft.parse().incident();
        if (record == null) {
            return;
        }
        boolean kept = original == null ? editing.add(record) : editing.change(original, record);
        if (kept) {
            close();
        }
    }

    private void close() {
        draft = null;
        original = null;
        map.placeNextClick(null);
        map.draftProperty().set(null);
        closed.run();
    }

    /** Whether the precision combo shows "from the date" (null) or a chosen precision. */
    static String precisionLabel(DatePrecision p) {
        return p == null ? "from the date" : p.key();
    }

    static void grow(TextInputControl c) {
        GridPane.setHgrow(c, Priority.ALWAYS);
    }

    static TextField text(String id) {
        TextField f = new TextField();
        f.setId(id);
        grow(f);
        return f;
    }

    static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        grow(a);
        return a;
    }

    static <T> ComboBox<T> combo(String id) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        return c;
    }

    static CheckBox check(String text, String id) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        return c;
    }
}
