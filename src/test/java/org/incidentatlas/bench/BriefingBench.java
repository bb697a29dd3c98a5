package org.incidentatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingKey;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.export.PdfBriefingWriter;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * Issue 14's two targets, in one JVM after a warm-up each: a 1,920 x 1,080 briefing PNG with a 30-line key of
 * every incident of the dataset (composed: key, page, map with every tile, numbers placed; then written), under
 * 1 s at 100k; and a PDF of at least 20 pages (the key and the quotes of its incidents) composed and written,
 * under 3 s. docs/BENCHMARKS.md ("Briefing key and PDF") says how to run it and what it gave.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.BriefingBench
 *     -Dexec.classpathScope=test -Dexec.args="DATASET.json [RUNS]"</pre>
 */
public final class BriefingBench {

    private BriefingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path project = Path.of("").toAbsolutePath();
        Path out = Files.createDirectories(project.resolve("target/bench"));
        System.out.println("load average " + Machine.loadAverage() + "; " + Machine.cores() + " cores; " + Machine.javaVersion());
        Dataset d = new DatasetReader().read(file).dataset();
        List<Incident> rows = d.incidents().stream().sorted(Incident.BY_DATE_THEN_ID).toList();
        Fx.start(project);
        BriefingComposer composer = new BriefingComposer();
        BriefingRequest slide = new BriefingRequest(d, rows, d.centers(), IncidentFilter.NONE, null, PageSize.SLIDE, 1,
                BriefingRequest.Framing.fitAll(rows, d.centers())).withKey(BriefingKey.KeyOptions.DEFAULT);
        Samples composed = new Samples();
        Samples png = new Samples();
        Path pngFile = out.resolve("briefing-key.png");
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            Briefing b = composer.composeLater(slide).get(2, TimeUnit.MINUTES);
            long t1 = System.nanoTime();
            b.writePng(pngFile);
            long t2 = System.nanoTime();
            if (i > 0) {
                composed.add((t1 - t0) / 1e6);
                png.add((t2 - t0) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%,d incidents, 1920x1080 PNG with a 30-line key: composed %s; with the PNG written %s%n",
                rows.size(), composed, png);
        // the same page without a key, to see what the key and the numbers add
        Samples bare = new Samples();
        BriefingRequest noKey = slide.withKey(new BriefingKey.KeyOptions(0, BriefingKey.Pick.SEVERE, true));
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            composer.composeLater(noKey).get(2, TimeUnit.MINUTES);
            if (i > 0) {
                bare.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Samples keyAlone = new Samples();
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            BriefingKey.of(rows, BriefingKey.KeyOptions.DEFAULT, d.articlesById(), new NearestCenters(d.centers()));
            if (i > 0) {
                keyAlone.add((System.nanoTime() - t0) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "the same page without a key: composed %s; the key alone (choose 30 of %,d, lines): %s%n",
                bare, rows.size(), keyAlone);
        // 20 pages: the key of 200 and each one's quotes (the generated data quotes one to three passages each)
        BriefingRequest many = slide.withKey(new BriefingKey.KeyOptions(BriefingKey.KeyOptions.MAX_LINES,
                BriefingKey.Pick.SEVERE, false));
        Samples pdfComposed = new Samples();
        Samples pdf = new Samples();
        Path pdfFile = out.resolve("briefing-key.pdf");
        int pages = 0;
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            PdfBriefing values = composer.composePdfLater(many, PdfBriefing.Paper.A4_LANDSCAPE).get(2, TimeUnit.MINUTES);
            long t1 = System.nanoTime();
            pages = PdfBriefingWriter.write(values, pdfFile);
            long t2 = System.nanoTime();
            if (i > 0) {
                pdfComposed.add((t1 - t0) / 1e6);
                pdf.add((t2 - t0) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "PDF, A4 landscape, %d pages (%,d KB): composed %s; with the PDF written %s%n",
                pages, Files.size(pdfFile) / 1024, pdfComposed, pdf);
        System.out.println("load average " + Machine.loadAverage());
        System.exit(0);
    }
}
