package org.incidentatlas.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.incidentatlas.app.CentreChoices;
import org.incidentatlas.app.ReferenceCenters;
import org.incidentatlas.app.Workbench;

/**
 * View > Coordination centres: which centres the open dataset is shown and measured with (the distance filter,
 * the nearest-centre columns, the briefing's key). Remembered per dataset by the workbench.
 */
final class CentresMenu {

    private CentresMenu() {
    }

    static Menu of(CentreChoices centres, Workbench bench) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem auto = item("Its own, else the bundled JCCs when in their region", "menuCentresAuto",
                ReferenceCenters.Choice.AUTO, centres, group);
        RadioMenuItem bundled = item("Its own and the bundled JCCs", "menuCentresBundled",
                ReferenceCenters.Choice.BUNDLED, centres, group);
        RadioMenuItem own = item("Its own only", "menuCentresOwn", ReferenceCenters.Choice.OWN, centres, group);
        Runnable show = () -> {
            ReferenceCenters.Choice c = centres.choiceProperty().get();
            group.selectToggle(c == ReferenceCenters.Choice.BUNDLED ? bundled : c == ReferenceCenters.Choice.OWN ? own : auto);
        };
        centres.choiceProperty().addListener(o -> show.run());
        show.run();
        CheckMenuItem shown = new CheckMenuItem("Show coordination centres");
        shown.setId("menuCentresShown");
        shown.setSelected(bench.centresShownProperty().get());
        shown.setOnAction(e -> bench.showCentres(shown.isSelected()));
        Menu m = new Menu("Coordination centres", null, shown, new SeparatorMenuItem(), auto, bundled, own);
        m.setId("menuCentres");
        return m;
    }

    private static RadioMenuItem item(String text, String id, ReferenceCenters.Choice choice, CentreChoices centres,
                                      ToggleGroup group) {
        RadioMenuItem m = new RadioMenuItem(text);
        m.setId(id);
        m.setToggleGroup(group);
        m.setOnAction(e -> centres.choose(choice));
        return m;
    }
}
