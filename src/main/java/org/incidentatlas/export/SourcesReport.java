package org.incidentatlas.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Writes a dataset as a Markdown audit trail: every article, centre and incident, with each fact's verbatim
 * quotes and the article each comes from. {@code docs/dataset-sources.md} is made by this class. Bidirectional
 * controls anywhere in it are made visible ({@link DisplayText#safe}): the report's own words hold none, so the
 * whole text is passed through once.
 */
public final class SourcesReport {

    /** The command that regenerates the bundled report (named in the README). */
    public static final String COMMAND =
            "java -jar target/incident-atlas.jar sources assets/data/incident-atlas.json --out docs/dataset-sources.md";

    private SourcesReport() {
    }

    public static String markdown(Dataset d, String datasetName) {
        return DisplayText.safe(unsafeMarkdown(d, datasetName));
    }

    private static String unsafeMarkdown(Dataset d, String datasetName) {
        StringBuilder out = new StringBuilder();
        Map<String, Article> articles = d.articlesById();
        out.append("# Sources of \"").append(d.title()).append("\"\n\n");
        out.append("Generated from `").append(datasetName).append("` by `").append(COMMAND).append("`.\n")
                .append("Do not edit by hand: change the dataset and run the command again. A test fails when this file\n")
                .append("and the dataset disagree.\n\n");
        out.append(String.format("%d articles, %d centres, %d incidents.%n%n",
                d.articles().size(), d.centers().size(), d.incidents().size()));

        out.append("## Articles\n\n| id | outlet | title | published | stored text |\n|---|---|---|---|---|\n");
        for (Article a : d.articles()) {
            out.append("| `").append(a.id()).append("` | ").append(cell(a.outlet(), "not named")).append(" | ")
                    .append(cell(a.title(), "none")).append(" | ").append(cell(a.published(), "undated")).append(" | ")
                    .append(a.textPath() == null ? "none" : "`" + a.textPath() + "`").append(" |\n");
        }
        for (Article a : d.articles()) {
            if (a.notes() != null) {
                out.append("\n- `").append(a.id()).append("`: ").append(a.notes());
            }
        }
        out.append("\n\n## Centres\n");
        for (Center c : d.centers()) {
            out.append("\n### ").append(c.name()).append(" (`").append(c.id()).append("`)\n\n");
            out.append("- Kind: ").append(c.kind()).append(c.status() == null ? "" : " (" + c.status() + ")").append('\n');
            location(out, c);
            notesAndQuotes(out, c, articles);
        }
        out.append("\n## Incidents\n");
        List<Incident> sorted = d.incidents().stream()
                .sorted(Comparator.comparing(Incident::dateStart).thenComparing(Incident::id)).toList();
        for (Incident i : sorted) {
            out.append("\n### ").append(DateText.of(i)).append(": ").append(i.title()).append(" (`").append(i.id()).append("`)\n\n");
            out.append("- Type: ").append(i.type()).append('\n');
            out.append("- Date: ").append(i.dateStart()).append(" to ").append(i.dateEnd() == null ? "open" : i.dateEnd())
                    .append(" (precision: ").append(i.datePrecision().key()).append(")\n");
            out.append("- Place: ").append(i.place()).append('\n');
            location(out, i);
            out.append("- Actors: ").append(i.actors().isEmpty() ? "none named" : String.join("; ", i.actors())).append('\n');
            out.append("- Killed: ").append(casualties(i.killed())).append("; injured: ").append(casualties(i.injured())).append('\n');
            out.append("- Summary: ").append(i.summary()).append('\n');
            if (!i.tags().isEmpty()) {
                out.append("- Tags: ").append(String.join(", ", i.tags())).append('\n');
            }
            notesAndQuotes(out, i, articles);
        }
        return out.toString();
    }

    private static void location(StringBuilder out, AtlasRecord r) {
        out.append(String.format("- Location: %.5f, %.5f (%s%s)%s%n", r.lat(), r.lon(), r.geoPrecision().key(),
                r.uncertaintyKm() == null ? "" : String.format(", within about %s km", trim(r.uncertaintyKm())),
                r.province() == null ? "" : ", " + r.province()));
    }

    private static void notesAndQuotes(StringBuilder out, AtlasRecord r, Map<String, Article> articles) {
        if (r.notes() != null && !r.notes().isBlank()) {
            out.append("- Notes: ").append(r.notes()).append('\n');
        }
        out.append("\nQuotes:\n");
        for (Quote q : r.quotes()) {
            Article a = articles.get(q.articleId());
            out.append("\n> ").append(q.text().replace("\n", "\n> ")).append("\n>\n> \u2014 ")
                    .append(a == null ? q.articleId() : a.citation()).append(" [`").append(q.articleId()).append("`]");
            if (a != null && !a.hasText() && a.textPath() == null) {
                out.append(", not verified (no stored text)");
            }
            if (!q.supports().isEmpty()) {
                out.append("; supports: ").append(String.join(", ", q.supports()));
            }
            out.append('\n');
        }
    }

    private static String casualties(Casualties c) {
        return c == null ? "not given" : c.display();
    }

    private static String cell(String s, String ifNull) {
        return s == null ? "*" + ifNull + "*" : s.replace("|", "\\|");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
