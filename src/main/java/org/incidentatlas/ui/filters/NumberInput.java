package org.incidentatlas.ui.filters;

import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Whole numbers typed into a filter's spinner. What is typed goes to the workbench's check as it is (so that
 * "-5" or "1.5" is refused with a message, not silently changed); a refused value leaves the field showing the
 * value the filter has. JavaFX's own converter throws on text that is not a number, and again each time the
 * field loses focus, so only characters that can be part of a number can be typed at all.
 */
final class NumberInput {

    /** Enough for any figure the filters take and a sign. */
    private static final int MAX_CHARS = 12;

    private NumberInput() {
    }

    /** @param accept the workbench's check of the typed text: true when it took the value */
    static void install(Spinner<Integer> spinner, String hint, Predicate<String> accept) {
        SpinnerValueFactory<Integer> values = spinner.getValueFactory();
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Integer.toString(n);
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (!t.isEmpty() && accept.test(t) && t.matches("[0-9]{1,9}")) {
                    return Integer.parseInt(t); // the value factory keeps it within its bounds
                }
                // refused (the workbench said why) or nothing typed: show what the filter has again
                Platform.runLater(() -> spinner.getEditor().setText(toString(values.getValue())));
                return values.getValue();
            }
        });
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change -> {
            String next = change.getControlNewText();
            return next.length() <= MAX_CHARS && next.matches("[-+0-9.,]*") ? change : null;
        }));
        spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
        spinner.setTooltip(new Tooltip(hint));
    }
}
