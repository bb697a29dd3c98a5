package org.incidentatlas.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the cells every importer needs, rejecting the row with a plain reason when a cell is not usable. */
final class Fields {

    private static final Pattern ID_PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,80}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fields() {
    }

    /** A cell that must be present. */
    static String required(CsvTable.Row row, String column) throws RowRejected {
        String v = row.get(column);
        if (v.isEmpty()) {
            throw new RowRejected(column + " is empty.");
        }
        return v;
    }

    /** A source's own id, to become part of a dataset id; ids hold only letters, digits and . _ : - */
    static String idPart(CsvTable.Row row, String column) throws RowRejected {
        String v = required(row, column);
        if (!ID_PART.matcher(v).matches()) {
            throw new RowRejected(column + " is \"" + v + "\"; an id may hold only letters, digits and . _ : -");
        }
        return v;
    }

    /** A whole number 0 or more, or null when the cell is empty. */
    static Integer count(CsvTable.Row row, String column) throws RowRejected {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the one message
        }
        throw new RowRejected(column + " is \"" + v + "\", not a whole number 0 or more.");
    }

    static double latitude(CsvTable.Row row, String column) throws RowRejected {
        return coordinate(row, column, 90, "latitude");
    }

    static double longitude(CsvTable.Row row, String column) throws RowRejected {
        return coordinate(row, column, 180, "longitude");
    }

    private static double coordinate(CsvTable.Row row, String column, double limit, String what) throws RowRejected {
        String v = required(row, column);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new RowRejected(column + " is \"" + v + "\", not a number.");
        }
        if (!(d >= -limit && d <= limit)) {
            throw new RowRejected(column + " is " + v + ", outside the " + what + " range -" + (int) limit + " to " + (int) limit + ".");
        }
        return d;
    }

    /** A {@code YYYY-MM-DD} date that exists in the calendar. */
    static LocalDate isoDate(CsvTable.Row row, String column) throws RowRejected {
        String v = required(row, column);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + " is \"" + v + "\", not a calendar date (YYYY-MM-DD).");
        }
    }

    /** Runs of white space (line breaks, tabs, doubled spaces) as one space, trimmed. */
    static String oneLine(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    /** The cells of several columns, each split on ';', trimmed, empty ones and repeats left out, in order. */
    static List<String> names(CsvTable.Row row, String... columns) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : columns) {
            for (String part : row.get(c).split(";")) {
                String name = oneLine(part);
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The place name: the first non-empty cell of the columns, on one line; a row with none is rejected. */
    static String place(CsvTable.Row row, String... columns) throws RowRejected {
        String place = firstOf(row, columns);
        if (place.isEmpty()) {
            throw new RowRejected(String.join(", ", columns) + " are all empty: the event has no place name.");
        }
        return place;
    }

    /** The first non-empty cell of the columns, on one line, or "" when all are empty. */
    static String firstOf(CsvTable.Row row, String... columns) {
        for (String c : columns) {
            if (row.has(c)) {
                return oneLine(row.get(c));
            }
        }
        return "";
    }
}
