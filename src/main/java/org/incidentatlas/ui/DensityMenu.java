package org.incidentatlas.ui;

import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.incidentatlas.app.DensityChoice;
import org.incidentatlas.map.density.DensityStyle;

/**
 * View &gt; Map shows: the incident markers, a heatmap or hexagon counts of the same filtered list; weighted by
 * incidents or killed; the heatmap's radius. Each item calls a {@link DensityChoice} command and follows its state.
 */
final class DensityMenu {

    static final double[] RADII_KM = {2, 5, 10, 25, 50};

    private DensityMenu() {
    }

    static Menu create(DensityChoice density) {
        ToggleGroup shows = new ToggleGroup();
        RadioMenuItem markers = radio("Incident markers", "menuMarkers", "Shortcut+Shift+M", shows, density::showMarkers);
        RadioMenuItem heat = radio("Heatmap", "menuHeatmap", "Shortcut+Shift+H",
                shows, () -> density.show(DensityStyle.Kind.HEAT));
        RadioMenuItem hex = radio("Hexagon counts", "menuHexagons", "Shortcut+Shift+X",
                shows, () -> density.show(DensityStyle.Kind.HEX));
        RadioMenuItem provinces = radio("Counts per governorate", "menuPerProvince", null,
                shows, () -> density.show(DensityStyle.Kind.PROVINCES));
        RadioMenuItem districts = radio("Counts per district", "menuPerDistrict", null,
                shows, () -> density.show(DensityStyle.Kind.DISTRICTS));
        CheckMenuItem killed = new CheckMenuItem("Weight by killed");
        killed.setId("menuDensityKilled");
        killed.setOnAction(e -> density.weightBy(killed.isSelected() ? DensityStyle.Weight.KILLED : DensityStyle.Weight.COUNT));
        Menu radius = new Menu("Heatmap radius");
        radius.setId("menuHeatRadius");
        ToggleGroup radii = new ToggleGroup();
        for (double km : RADII_KM) {
            String text = String.format(Locale.ROOT, "%.0f km", km);
            radius.getItems().add(radio(text, "menuHeatRadius" + (int) km, null, radii, () -> density.setRadius(Double.toString(km))));
        }
        Runnable follow = () -> {
            DensityStyle s = density.style();
            DensityStyle last = density.last();
            (s == null ? markers : switch (s.kind()) {
                case HEAT -> heat;
                case HEX -> hex;
                case PROVINCES -> provinces;
                case DISTRICTS -> districts;
            }).setSelected(true);
            killed.setSelected(last.weight() == DensityStyle.Weight.KILLED);
            for (MenuItem m : radius.getItems()) {
                ((RadioMenuItem) m).setSelected(m.getText().equals(String.format(Locale.ROOT, "%.0f km", last.radiusKm())));
            }
        };
        density.styleProperty().addListener(o -> follow.run());
        follow.run();
        Menu menu = new Menu("Map shows", null, markers, heat, hex, provinces, districts, new SeparatorMenuItem(), killed, radius);
        menu.setId("menuMapShows");
        return menu;
    }

    private static RadioMenuItem radio(String text, String id, String accelerator, ToggleGroup group, Runnable action) {
        RadioMenuItem m = new RadioMenuItem(text);
        m.setId(id);
        m.setToggleGroup(group);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
