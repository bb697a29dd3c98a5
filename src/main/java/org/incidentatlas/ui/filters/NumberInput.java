package org.incidentatlas.ui.filters;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Whole numbers typed into a filter's spinner. JavaFX's own converter throws on text that is not a number (and
 * throws again each time the field loses focus), so here only digits can be typed or pasted, and a field left
 * empty goes back to the value it had.
 */
final class NumberInput {

    /** Enough for any figure the filters take; more digits would not fit an int. */
    private static final int MAX_DIGITS = 9;

    private NumberInput() {
    }

    static void install(Spinner<Integer> spinner, String hint) {
        SpinnerValueFactory<Integer> values = spinner.getValueFactory();
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Integer.toString(n);
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty() || t.length() > MAX_DIGITS || !t.chars().allMatch(Character::isDigit)) {
                    // nothing usable typed: keep what was there, and show it again
                    javafx.application.Platform.runLater(() -> spinner.getEditor().setText(toString(values.getValue())));
                    return values.getValue();
                }
                return Integer.parseInt(t); // the value factory keeps it within its bounds
            }
        });
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change -> {
            String next = change.getControlNewText();
            return next.length() <= MAX_DIGITS && next.chars().allMatch(Character::isDigit) ? change : null;
        }));
        spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
        spinner.setTooltip(new Tooltip(hint));
    }
}
