package org.incidentatlas.ui.filters;

import javafx.css.PseudoClass;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Dates typed into the filter's pickers: written as the dataset, the CSV and the command line write them
 * (2024-07-14), and also read as "14 Jul 2024" or "14/7/2024" (day first). Text that is no date never throws:
 * the field is marked and says how to write one.
 */
final class DateInput extends StringConverter<LocalDate> {

    private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    static void install(DatePicker picker) {
        DateInput input = new DateInput();
        picker.setConverter(input);
        picker.setPromptText("YYYY-MM-DD");
        Tooltip hint = new Tooltip("Write a date as 2024-07-14 (or 14 Jul 2024, or 14/7/2024)");
        picker.setTooltip(hint);
        picker.getEditor().textProperty().addListener((obs, old, text) ->
                picker.pseudoClassStateChanged(PseudoClass.getPseudoClass("invalid"),
                        !text.isBlank() && parse(text) == null));
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** The date the text means, or null when it is not a date. */
    static LocalDate parse(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
