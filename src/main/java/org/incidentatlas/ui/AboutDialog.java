package org.incidentatlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentatlas.map.basemap.Attribution;

/** Help > About: what the app is, its licence, and the credit the map data requires. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Incident Atlas");
        alert.setHeaderText("Incident Atlas");
        Label about = new Label("An offline map of security incidents; every point traceable to the words of its "
                + "source. It opens no network connection. Licence: GPL-3.0.");
        about.setWrapText(true);
        Label attribution = new Label(Attribution.TEXT);
        attribution.setId("aboutAttribution");
        attribution.setWrapText(true);
        VBox box = new VBox(10, about, attribution);
        box.setPrefWidth(520);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("aboutDialog");
        return alert;
    }
}
