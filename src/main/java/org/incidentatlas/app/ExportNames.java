package org.incidentatlas.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Casualties;

/**
 * File names an export dialog suggests, saying what the file holds: {@code incidents-kirkuk-2014-2017.csv}
 * for a Kirkuk filter over those years, {@code incidents.csv} for everything.
 */
public final class ExportNames {

    private static final int LONGEST = 60;

    private ExportNames() {
    }

    /** {@code base} ("incidents", "briefing") followed by what the filter keeps and {@code .extension}. */
    public static String suggest(String base, IncidentFilter f, String extension) {
        List<String> parts = new ArrayList<>();
        parts.add(base);
        if (!f.text().isBlank()) {
            parts.add(slug(f.text()));
        }
        few(parts, f.countries());
        few(parts, f.provinces());
        few(parts, f.types());
        few(parts, f.actors());
        if (f.near() != null) {
            parts.add(Math.round(f.near().km()) + "km-" + slug(f.near().centerName()));
        }
        if (f.from() != null || f.to() != null) {
            String from = f.from() == null ? "" : Integer.toString(f.from().getYear());
            String to = f.to() == null ? "" : Integer.toString(f.to().getYear());
            parts.add(from.equals(to) ? from : from.isEmpty() ? "to-" + to : to.isEmpty() ? "from-" + from : from + "-" + to);
        }
        if (f.minKilled() != null) {
            parts.add(f.minKilled() + "plus-killed"
                    + (f.killedFigure() == Casualties.Figure.LOW ? "" : "-" + f.killedFigure().key()));
        }
        String name = String.join("-", parts.stream().filter(s -> !s.isEmpty()).toList());
        return cut(name) + "." + extension;
    }

    /** Lower-case letters and digits joined by hyphens; "incidents" when nothing is left. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return cut(s);
    }

    /** Up to {@value #LONGEST} characters, cut at a word. */
    private static String cut(String s) {
        if (s.length() <= LONGEST) {
            return s;
        }
        int at = s.lastIndexOf('-', LONGEST);
        return s.substring(0, at > 10 ? at : LONGEST);
    }

    /** One or two chosen values name the file; more would make it unreadable. */
    private static void few(List<String> parts, Set<String> values) {
        if (!values.isEmpty() && values.size() <= 2) {
            new TreeSet<>(values).forEach(v -> parts.add(slug(v)));
        }
    }
}
