package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;

/**
 * How long the reader takes to report a broken file (issue 18): syntax errors and many bad records must cost
 * time linear in the file, under 2 s at 100k. Each broken copy sits beside the generated file, so its article
 * paths still resolve.
 */
final class BrokenFileBench {

    private final Report report;
    private final Reps reps;
    private final int size;

    BrokenFileBench(Report report, Reps reps, int size) {
        this.report = report;
        this.reps = reps;
        this.size = size;
    }

    void run(Path file) throws IOException {
        byte[] good = Files.readAllBytes(file);
        String head = new String(good, 0, Math.min(good.length, 1 << 20), StandardCharsets.UTF_8);
        int incidents = head.indexOf("\"incidents\"");
        // the first incident's actors list, its ']' removed: "one unclosed bracket near the start"
        int actors = head.indexOf("\"actors\"", incidents);
        int close = byteOffset(head, head.indexOf(']', actors));
        Path unclosed = copy(file, "unclosed", splice(good, close, 1, new byte[0]));
        // a stray '[' before the first incident: the rest of the file becomes one value of the incidents list
        int firstRecord = byteOffset(head, head.indexOf('{', incidents));
        Path stray = copy(file, "stray", splice(good, firstRecord, 0, new byte[] {'['}));
        // every incident's latitude out of range: 100k errors, 50 listed and the rest counted
        Path manyBad = copy(file, "many-bad", new String(good, StandardCharsets.UTF_8)
                .replace("\"lat\" : 3", "\"lat\" : 9993").getBytes(StandardCharsets.UTF_8));
        time("brokenUnclosed", unclosed, true);
        time("brokenStray", stray, true);
        time("brokenMany", manyBad, false); // linear, one slow-path check per record; issue 18 sets no figure

        good = null;
    }

    private void time(String row, Path file, boolean targeted) {
        DatasetReader reader = new DatasetReader();
        Samples s = new Samples();
        ReadResult last = null;
        for (int i = 0; i < reps.warm() + reps.timed(); i++) {
            last = null;
            System.gc();
            long t = System.nanoTime();
            ReadResult r = reader.read(file);
            double ms = (System.nanoTime() - t) / 1e6;
            if (r.ok() || r.errors().isEmpty() || r.errors().get(0).line() <= 0) {
                throw new IllegalStateException(file + " should be refused with a place: " + r.problems());
            }
            if (i >= reps.warm()) {
                s.add(ms);
            }
            last = r;
        }
        Problem first = last.errors().get(0);
        report.say(String.format(Locale.ROOT, "%s (%s): %s; %,d errors, %,d listed; first: %s", row, file.getFileName(), s,
                last.errorCount(), last.problems().size(), first.where()));
        report.put(row, size, s.cell(false) + String.format(Locale.ROOT, "; %,d errors, %,d listed", last.errorCount(),
                last.problems().size()), targeted && size == 100_000 ? s.median() < 2000 : null);
    }

    private static int byteOffset(String head, int charIndex) {
        return head.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static Path copy(Path file, String what, byte[] bytes) throws IOException {
        String name = file.getFileName().toString().replace(".json", "-" + what + ".json");
        return Files.write(file.resolveSibling(name), bytes);
    }
}
