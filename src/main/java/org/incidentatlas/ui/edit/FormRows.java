package org.incidentatlas.ui.edit;

import org.incidentatlas.places.PlaceMatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentatlas.app.IncidentDraft;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;

/** The form's fields, laid out in one grid, read into and shown from an {@link IncidentDraft}. */
final class FormRows {

    /** What each field of the format is called on the form, for the problems list. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Id"), Map.entry("title", "Title"), Map.entry("name", "Name"), Map.entry("type", "Type"),
            Map.entry("kind", "Kind"), Map.entry("dateStart", "Date"), Map.entry("dateEnd", "End date"),
            Map.entry("datePrecision", "Date precision"), Map.entry("place", "Place"), Map.entry("province", "Province"),
            Map.entry("lat", "Latitude"), Map.entry("lon", "Longitude"), Map.entry("geoPrecision", "Location precision"),
            Map.entry("uncertaintyKm", "Uncertainty"), Map.entry("actors", "Actors"), Map.entry("killed", "Killed"),
            Map.entry("injured", "Injured"), Map.entry("summary", "Summary"), Map.entry("quotes", "Quotes"),
            Map.entry("tags", "Tags"), Map.entry("notes", "Notes"));

    private final GridPane grid = new GridPane();
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final TextField id = RecordForm.text("formId");
    private final TextField title = RecordForm.text("formTitle");
    private final ComboBox<String> type = RecordForm.combo("formType");
    private final TextField date = RecordForm.text("formDate");
    private final ComboBox<String> datePrecision = RecordForm.combo("formDatePrecision");
    private final TextField dateEnd = RecordForm.text("formDateEnd");
    private final TextField dateNote = RecordForm.text("formDateNote");
    private final PlaceField place;
    private final HBox placeRow;
    private final TextField province = RecordForm.text("formProvince");
    private final TextField lat = RecordForm.text("formLat");
    private final TextField lon = RecordForm.text("formLon");
    private final ComboBox<GeoPrecision> geoPrecision = RecordForm.combo("formGeoPrecision");
    private final TextField km = RecordForm.text("formUncertaintyKm");
    private final TextField actors = RecordForm.text("formActors");
    private final FigureRow killed = new FigureRow("formKilled");
    private final FigureRow injured = new FigureRow("formInjured");
    private final TextArea summary = RecordForm.area("formSummary", 3);
    private final TextField tags = RecordForm.text("formTags");
    private final TextField status = RecordForm.text("formStatus");
    private final TextArea notes = RecordForm.area("formNotes", 2);
    private final Function<Boolean, List<String>> types;
    private final Function<Boolean, List<String>> actorNames;
    private final List<Node> incidentOnly;
    private final Label titleLabel = new Label("Title");
    private final Label typeLabel = new Label("Type");
    private boolean centre;

    FormRows(Function<String, List<PlaceMatch>> places, Consumer<PlaceMatch> picked,
             Function<Boolean, List<String>> types, Function<Boolean, List<String>> actorNames) {
        this.types = types;
        this.actorNames = actorNames;
        place = new PlaceField(places, picked);
        HBox.setHgrow(place.field(), Priority.ALWAYS);
        placeRow = new HBox(6, place.field());
        type.setEditable(true);
        type.setMaxWidth(Double.MAX_VALUE);
        datePrecision.setItems(FXCollections.observableArrayList("from the date", "day", "week", "month", "year"));
        datePrecision.getSelectionModel().select(0);
        geoPrecision.setItems(FXCollections.observableArrayList(GeoPrecision.values()));
        geoPrecision.setMinWidth(Region.USE_PREF_SIZE); // "SUBDISTRICT" in full
        datePrecision.setMinWidth(Region.USE_PREF_SIZE);
        dateNote.setPromptText("how a date the text does not give was inferred");
        date.setPromptText("YYYY-MM-DD, YYYY-MM or YYYY");
        dateEnd.setPromptText("empty: the same day (or the month, the year)");
        km.setPromptText("km");
        actors.setPromptText("comma-separated");
        tags.setPromptText("comma-separated");
        grid.setHgap(6);
        grid.setVgap(5);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut to "..."
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, controls);
        row("id", "Id", id);
        row("title", titleLabel, title);
        row("type", typeLabel, type);
        Node d = row("dateStart", "Date", new HBox(6, date, datePrecision));
        HBox.setHgrow(date, Priority.ALWAYS);
        Node e = row("dateEnd", "End date", dateEnd);
        Node n = row("dateNote", "Date note", dateNote);
        row("place", "Place", placeRow);
        row("province", "Province", province);
        HBox.setHgrow(lat, Priority.ALWAYS);
        HBox.setHgrow(lon, Priority.ALWAYS);
        row("lat", "Lat, lon", new HBox(6, lat, lon));
        fields.put("lon", lon);
        fields.put("lat", lat);
        row("geoPrecision", "Precision", new HBox(6, geoPrecision, new Label("\u00b1"), km, new Label("km")));
        fields.put("uncertaintyKm", km);
        Node a = row("actors", "Actors", actors);
        Node k = row("killed", "Killed", killed.box());
        Node i = row("injured", "Injured", injured.box());
        Node s = row("summary", "Summary", summary);
        Node t = row("tags", "Tags", tags);
        Node st = row("status", "Status", status);
        row("notes", "Notes", notes);
        fields.put("killed.low", killed.low());
        fields.put("killed.high", killed.high());
        fields.put("injured.low", injured.low());
        fields.put("injured.high", injured.high());
        incidentOnly = List.of(d, e, n, a, k, i, s, t);
        status.setUserData(st);
    }

    private Node row(String field, String label, Node control) {
        return row(field, new Label(label), control);
    }

    private Node row(String field, Label label, Node control) {
        int r = grid.getRowCount();
        grid.add(label, 0, r);
        grid.add(control, 1, r);
        GridPane.setHgrow(control, Priority.ALWAYS);
        fields.put(field, control instanceof HBox box && !box.getChildren().isEmpty() && field.equals("dateStart")
                ? date : control);
        label.setLabelFor(control);
        control.getProperties().put("formLabel", label);
        return control;
    }

    GridPane grid() {
        return grid;
    }

    HBox placeRow() {
        return placeRow;
    }

    Map<String, Node> fields() {
        return fields;
    }

    static String labelOf(String field) {
        if (field == null) {
            return null;
        }
        String base = field.replaceFirst("\\[.*", "");
        String[] parts = base.split("\\.");
        String name = LABELS.get(parts[0]);
        return name == null ? field : parts.length > 1 ? name + " (" + parts[1] + ")" : name;
    }

    void onChange(Runnable r) {
        for (TextField f : List.of(id, title, date, dateEnd, dateNote, place.field(), province, lat, lon, km, actors, tags, status)) {
            f.textProperty().addListener(o -> r.run());
        }
        summary.textProperty().addListener(o -> r.run());
        notes.textProperty().addListener(o -> r.run());
        type.getEditor().textProperty().addListener(o -> r.run());
        type.valueProperty().addListener(o -> r.run());
        datePrecision.valueProperty().addListener(o -> r.run());
        geoPrecision.valueProperty().addListener(o -> r.run());
        killed.onChange(r);
        injured.onChange(r);
    }

    void show(IncidentDraft d, boolean isCentre) {
        centre = isCentre;
        titleLabel.setText(isCentre ? "Name" : "Title");
        typeLabel.setText(isCentre ? "Kind" : "Type");
        for (Node n : incidentOnly) {
            n.setVisible(!isCentre);
            n.setManaged(!isCentre);
            ((Node) n.getProperties().get("formLabel")).setVisible(!isCentre);
            ((Node) n.getProperties().get("formLabel")).setManaged(!isCentre);
        }
        Node st = (Node) status.getUserData();
        st.setVisible(isCentre);
        st.setManaged(isCentre);
        ((Node) st.getProperties().get("formLabel")).setVisible(isCentre);
        ((Node) st.getProperties().get("formLabel")).setManaged(isCentre);
        type.getItems().setAll(types.apply(isCentre));
        id.setText(d.id);
        title.setText(d.title);
        type.getEditor().setText(d.type);
        type.setValue(d.type);
        date.setText(d.dateStart);
        datePrecision.setValue(RecordForm.precisionLabel(d.datePrecision));
        dateEnd.setText(d.dateEnd);
        dateNote.setText(d.dateNote);
        place.setText(d.place);
        province.setText(d.province);
        lat.setText(d.lat);
        lon.setText(d.lon);
        geoPrecision.setValue(d.geoPrecision);
        km.setText(d.uncertaintyKm);
        actors.setText(d.actors);
        killed.show(d.killed);
        injured.show(d.injured);
        summary.setText(d.summary);
        tags.setText(d.tags);
        status.setText(d.status);
        notes.setText(d.notes);
        List<String> known = actorNames.apply(isCentre);
        actors.setTooltip(known.isEmpty() ? null : new Tooltip("In this dataset: "
                + String.join(", ", known.subList(0, Math.min(12, known.size())))));
    }

    void read(IncidentDraft d) {
        d.id = id.getText();
        d.title = title.getText();
        d.type = type.getEditor().getText();
        d.dateStart = date.getText();
        String p = datePrecision.getValue();
        d.datePrecision = p == null || p.startsWith("from") ? null : DatePrecision.fromKey(p);
        d.dateEnd = dateEnd.getText();
        d.dateNote = dateNote.getText();
        d.place = place.field().getText();
        d.province = province.getText();
        d.lat = lat.getText();
        d.lon = lon.getText();
        d.geoPrecision = geoPrecision.getValue() == null ? GeoPrecision.TOWN : geoPrecision.getValue();
        d.uncertaintyKm = km.getText();
        d.actors = actors.getText();
        killed.read(d.killed);
        injured.read(d.injured);
        d.summary = summary.getText();
        d.tags = tags.getText();
        d.status = status.getText();
        d.notes = notes.getText();
    }

    /** A place picked from the lookup: its point, province, precision and uncertainty. */
    void fill(PlaceMatch c) {
        lat.setText(String.format(Locale.ROOT, "%.5f", c.lat()));
        lon.setText(String.format(Locale.ROOT, "%.5f", c.lon()));
        if (c.province() != null) {
            province.setText(c.province());
        }
        geoPrecision.setValue(c.precision());
        km.setText(c.uncertaintyKm() < 1 ? String.format(Locale.ROOT, "%.1f", c.uncertaintyKm())
                : String.format(Locale.ROOT, "%.0f", c.uncertaintyKm()));
    }

    /** A point clicked on the map: exact, unless the analyst says otherwise. */
    void placed(double la, double lo, String provinceThere) {
        if (provinceThere != null) {
            province.setText(provinceThere);
        }
        lat.setText(String.format(Locale.ROOT, "%.5f", la));
        lon.setText(String.format(Locale.ROOT, "%.5f", lo));
        geoPrecision.setValue(GeoPrecision.EXACT);
        km.setText("");
    }

    /** The point as typed so far, for the map; null when it does not read. */
    AtlasMap.Draft point() {
        try {
            return new AtlasMap.Draft(Double.parseDouble(lat.getText().strip()), Double.parseDouble(lon.getText().strip()), null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void focusFirst() {
        (centre || !title.getText().isEmpty() ? place.field() : title).requestFocus();
    }

    /** A casualty figure: unknown, or low to high, or low "or more". */
    private static final class FigureRow {
        private final CheckBox unknown;
        private final TextField low;
        private final TextField high;
        private final CheckBox orMore;
        private final HBox box;

        FigureRow(String id) {
            unknown = RecordForm.check("unknown", id + "Unknown");
            low = RecordForm.text(id + "Low");
            high = RecordForm.text(id + "High");
            orMore = RecordForm.check("or more", id + "OrMore");
            low.setPrefColumnCount(4);
            high.setPrefColumnCount(4);
            unknown.setMinWidth(Region.USE_PREF_SIZE); // the boxes give way, the words stay whole
            orMore.setMinWidth(Region.USE_PREF_SIZE);
            low.setPromptText("low");
            high.setPromptText("high");
            low.disableProperty().bind(unknown.selectedProperty());
            high.disableProperty().bind(unknown.selectedProperty().or(orMore.selectedProperty()));
            orMore.disableProperty().bind(unknown.selectedProperty());
            Label to = new Label("to");
            to.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(6, unknown, low, to, high, orMore);
        }

        HBox box() {
            return box;
        }

        TextField low() {
            return low;
        }

        TextField high() {
            return high;
        }

        void onChange(Runnable r) {
            unknown.selectedProperty().addListener(o -> r.run());
            orMore.selectedProperty().addListener(o -> r.run());
            low.textProperty().addListener(o -> r.run());
            high.textProperty().addListener(o -> r.run());
        }

        void show(IncidentDraft.Figure f) {
            unknown.setSelected(f.unknown);
            low.setText(f.low);
            high.setText(f.high);
            orMore.setSelected(f.orMore);
        }

        void read(IncidentDraft.Figure f) {
            f.unknown = unknown.isSelected();
            f.low = low.getText();
            f.high = high.getText();
            f.orMore = orMore.isSelected();
        }
    }
}
