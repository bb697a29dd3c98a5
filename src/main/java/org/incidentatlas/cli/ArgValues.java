package org.incidentatlas.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads flag values strictly: a whole number is digits only ("1.5" and "1e3" are refused, not cut to 1), a
 * decimal is digits with an optional fraction (no hex floats, "NaN", "Infinity" or "f"/"d" suffixes, which
 * Java's own parsers accept), and every number is checked against its range. Each refusal names the flag, the
 * value and what is accepted.
 */
final class ArgValues {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,18}(\\.\\d{0,18})?|\\.\\d{1,18})");

    private ArgValues() {
    }

    /** A whole number from {@code min} to {@code max}; {@code what} says what it counts, for the error. */
    static int whole(String flag, String value, int min, int max, String what) throws BadArgument {
        return (int) wholeLong(flag, value, min, max, what);
    }

    /** As {@link #whole}, for a long. */
    static long wholeLong(String flag, String value, long min, long max, String what) throws BadArgument {
        String v = value.strip();
        if (WHOLE.matcher(v).matches()) {
            try {
                long n = Long.parseLong(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException beyondLong) {
                // out of range: said below
            }
        }
        throw new BadArgument(flag + " takes a whole number from " + min + " to " + max + " (" + what + "), not \"" + value + "\"");
    }

    /** A decimal number (a point, no exponent) from {@code min} to {@code max}, in {@code unit}. */
    static double decimal(String flag, String value, double min, double max, String unit) throws BadArgument {
        double v = parseDecimal(value);
        if (Double.isNaN(v) || v < min || v > max) {
            throw new BadArgument(flag + " takes a number from " + plain(min) + " to " + plain(max) + " (" + unit
                    + ", e.g. 22.5), not \"" + value + "\"");
        }
        return v;
    }

    /** The number written with digits and an optional decimal point, or NaN when it is written otherwise. */
    static double parseDecimal(String value) {
        String v = value.strip();
        return DECIMAL.matcher(v).matches() ? Double.parseDouble(v) : Double.NaN;
    }

    static LocalDate date(String flag, String value) throws BadArgument {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new BadArgument(flag + ": there is no such day as " + value);
            }
            throw new BadArgument(flag + " takes a date written YYYY-MM-DD, not \"" + value + "\"");
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
