package org.incidentatlas.app;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentatlas.map.density.DensityStyle;

/**
 * Whether the map shows the incident markers or a density view of the same filtered list (a heatmap or hexagon
 * counts), and how that view is weighted and sized. The map, the menus and the briefing read {@link #styleProperty};
 * the commands change it. The weight, radius and hexagon size chosen last are kept while the markers show, so
 * switching back to a density view brings the same one.
 */
public final class DensityChoice {

    private final ReadOnlyObjectWrapper<DensityStyle> style = new ReadOnlyObjectWrapper<>(this, "density");
    private final Consumer<String> say;
    private DensityStyle last = DensityStyle.of(DensityStyle.Kind.HEAT);

    DensityChoice(Consumer<String> say) {
        this.say = say;
    }

    /** The density view drawn in place of the markers; null while the markers show. */
    public ReadOnlyObjectProperty<DensityStyle> styleProperty() {
        return style.getReadOnlyProperty();
    }

    public DensityStyle style() {
        return style.get();
    }

    /** The last density view chosen (what {@link #show} brings back), never null. */
    public DensityStyle last() {
        return last;
    }

    // ---------------------------------------------------------------- commands

    /** The incident markers, no density view. */
    public void showMarkers() {
        style.set(null);
    }

    /** A heatmap or hexagon counts, with the weight and sizes chosen last. */
    public void show(DensityStyle.Kind kind) {
        set(last.withKind(kind));
    }

    /** Weights the density by incidents or by killed (shown at once when a density view is on). */
    public void weightBy(DensityStyle.Weight weight) {
        last = last.withWeight(weight);
        if (style.get() != null) {
            style.set(style.get().withWeight(weight));
        }
    }

    /**
     * The heatmap's radius as typed, in km; a value that is not a number from {@value DensityStyle#MIN_RADIUS_KM}
     * to {@value DensityStyle#MAX_RADIUS_KM} is refused with a reason, and the radius kept.
     *
     * @return whether it was taken
     */
    public boolean setRadius(String typedKm) {
        double km;
        try {
            km = Double.parseDouble(typedKm.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            km = Double.NaN;
        }
        if (!(km >= DensityStyle.MIN_RADIUS_KM && km <= DensityStyle.MAX_RADIUS_KM)) {
            say.accept("Heatmap radius \"" + typedKm.strip() + "\" not taken: give a number of km from "
                    + DensityStyle.MIN_RADIUS_KM + " to " + (int) DensityStyle.MAX_RADIUS_KM + ".");
            return false;
        }
        last = last.withRadiusKm(km);
        if (style.get() != null) {
            style.set(style.get().withRadiusKm(km));
        }
        return true;
    }

    /** Shows {@code s} (null: the markers), keeping it as the one {@link #show} brings back. */
    public void set(DensityStyle s) {
        if (s != null) {
            last = s;
        }
        style.set(s);
    }
}
