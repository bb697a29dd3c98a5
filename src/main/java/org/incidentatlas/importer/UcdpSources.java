package org.incidentatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits UCDP's {@code source_article} into references. Since about 2013 it holds quoted entries
 * {@code "Outlet,YYYY-MM-DD,Headline"} joined by {@code ;}; the headline may itself hold commas, semicolons and
 * quotes, so entries are split only at {@code ";"} and each at the first {@code ,YYYY-MM-DD,}. Older rows hold
 * free text ({@code r 25/2}, {@code Al-Sharqiyah TV on 29 April}) that names no exact outlet or date; it is kept
 * as given, not guessed at. ({@code source_office}, {@code source_date} and {@code source_headline} repeat the same
 * parts joined by {@code ;}, which headlines with a semicolon make ambiguous, so they are not used.)
 */
final class UcdpSources {

    /** One source as UCDP cites it; the date is as written (it may not be a calendar date). */
    record Reference(String outlet, String date, String headline) {
    }

    /** @param freeText what could not be split into references, as given; null when nothing */
    record Parsed(List<Reference> references, String freeText) {
    }

    private static final Pattern ENTRY = Pattern.compile("(.*?),(\\d{4}-\\d{2}-\\d{2}),(.*)", Pattern.DOTALL);

    private UcdpSources() {
    }

    static Parsed parse(String field) {
        String f = field.trim();
        if (f.isEmpty()) {
            return new Parsed(List.of(), null);
        }
        if (f.length() < 2 || !f.startsWith("\"") || !f.endsWith("\"")) {
            return new Parsed(List.of(), Fields.oneLine(f));
        }
        List<Reference> refs = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String entry : f.substring(1, f.length() - 1).split("\";\"", -1)) {
            Matcher m = ENTRY.matcher(entry);
            if (m.matches()) {
                refs.add(new Reference(Fields.oneLine(m.group(1)), m.group(2), Fields.oneLine(m.group(3))));
            } else if (!entry.isBlank()) {
                rest.add(Fields.oneLine(entry));
            }
        }
        return new Parsed(refs, rest.isEmpty() ? null : String.join("; ", rest));
    }
}
