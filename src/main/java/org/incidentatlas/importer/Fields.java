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
    /** A whole number as a CSV writes one: ASCII digits only, no sign, no separators, no decimals. */
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    /**
     * A decimal number as a CSV writes one: ASCII digits, an optional minus and decimal point, an optional
     * exponent (spreadsheets and pandas write 1e-05). Not what {@code Double.parseDouble} also takes: hex
     * floats, {@code f}/{@code d} suffixes, a leading {@code +}, "NaN", "Infinity", decimal commas.
     */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?([eE][-+]?[0-9]{1,3})?");
    /** 36,19: a decimal comma, read only in a semicolon-separated file (where a comma cannot separate cells). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]{1,15},[0-9]{1,15}");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

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
            throw new RowRejected(column + " is \"" + shown(v) + "\"; an id may hold only letters, digits and . _ : - (at most 81).");
        }
        return v;
    }

    /** A whole number 0 or more, or null when the cell is empty. */
    static Integer count(CsvTable.Row row, String column) throws RowRejected {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        if (WHOLE.matcher(v).matches()) {
            return Integer.parseInt(v);
        }
        throw new RowRejected(column + " is \"" + shown(v) + "\", not a whole number 0 or more (digits only, at most 9).");
    }

    static double latitude(CsvTable.Row row, String column) throws RowRejected {
        return coordinate(row, column, 90, "latitude");
    }

    static double longitude(CsvTable.Row row, String column) throws RowRejected {
        return coordinate(row, column, 180, "longitude");
    }

    private static double coordinate(CsvTable.Row row, String column, double limit, String what) throws RowRejected {
        String v = required(row, column);
        if (row.decimalComma() && DECIMAL_COMMA.matcher(v).matches()) {
            v = v.replace(',', '.');
        }
        if (!DECIMAL.matcher(v).matches()) {
            throw new RowRejected(column + " is \"" + shown(v) + "\", not a decimal number (like 36.19 or -0.5).");
        }
        double d = Double.parseDouble(v);
        if (!(d >= -limit && d <= limit)) {
            throw new RowRejected(column + " is " + v + ", outside the " + what + " range -" + (int) limit + " to " + (int) limit + ".");
        }
        return d;
    }

    /** A {@code YYYY-MM-DD} date that exists in the calendar. */
    static LocalDate isoDate(CsvTable.Row row, String column) throws RowRejected {
        String v = required(row, column);
        try {
            if (!ISO_DATE.matcher(v).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + " is \"" + shown(v) + "\", not a calendar date (YYYY-MM-DD).");
        }
    }

    /**
     * Checks the point against the box of the row's {@code country}, when it is a country {@link CountryBoxes}
     * knows; says so when latitude and longitude look swapped.
     */
    static void inCountry(CsvTable.Row row, double lat, double lon) throws RowRejected {
        var box = CountryBoxes.of(row.get("country"));
        if (box.isEmpty() || box.get().contains(lat, lon)) {
            return;
        }
        boolean swapped = box.get().contains(lon, lat);
        throw new RowRejected("latitude " + row.get("latitude") + ", longitude " + row.get("longitude") + " is outside "
                + box.get() + (swapped ? "; latitude and longitude look swapped." : "; check the coordinates and the country."));
    }

    /** Runs of white space (line breaks, tabs, doubled spaces) as one space, trimmed. */
    static String oneLine(String s) {
        return trim(WHITESPACE.matcher(s).replaceAll(" "));
    }

    /**
     * Trimmed of white space by Unicode's definition (no-break, thin, ideographic spaces…) and of zero-width
     * characters, so a cell holding only those is empty, as it looks.
     */
    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && blank(s.charAt(from))) {
            from++;
        }
        while (to > from && blank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\uFEFF' || Character.isISOControl(c);
    }

    /** A cell's value for a message: at most 40 characters, so a huge cell does not make a huge report. */
    static String shown(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
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
