package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.incidentatlas.model.Incident;

/**
 * The incidents of a large dataset written on several cores: each run of {@link #CHUNK} incidents is written to
 * bytes by a generator of its own, and the runs go to the file in order, a few ahead at a time (so a million
 * incidents never sit in memory as bytes all at once). Writing JSON was most of a save: 0.9 s of a 100,000-incident
 * save, one core busy and the other idle.
 *
 * <p>The bytes are the ones one generator would write, byte for byte (DatasetWriterTest compares them): every
 * chunk's generator first opens an object and its {@code "incidents"} array, so its pretty printer indents the
 * records at the depth they have in the file, and those opening bytes are cut off; the records of a chunk after
 * the first are joined with the comma the single generator writes between two records.
 */
final class IncidentChunks {

    /** About a megabyte of JSON. */
    static final int CHUNK = 1024;

    private IncidentChunks() {
    }

    /** Whether {@code n} incidents are worth the threads: fewer are written by the one generator. */
    static boolean worthIt(int n) {
        return n >= 4 * CHUNK && Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * Writes {@code incidents} into the open array of {@code g} as {@code g} would, through {@code out}, the stream
     * {@code g} writes to; {@code g} is flushed first and must be closed by the caller's own {@code writeEndArray}.
     */
    static void write(JsonGenerator g, OutputStream out, List<Incident> incidents, UnknownFields unknown, int chunk)
            throws IOException {
        JsonFactory factory = g.getCodec().getFactory();
        g.flush();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "incident-atlas-save");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<byte[]>> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < incidents.size() || !ahead.isEmpty()) {
                while (ahead.size() < 2 * threads + 2 && next < incidents.size()) {
                    int from = next;
                    int to = Math.min(incidents.size(), from + chunk);
                    ahead.add(pool.submit(() -> bytes(factory, incidents.subList(from, to), unknown, from > 0)));
                    next = to;
                }
                out.write(done(ahead.removeFirst()));
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static byte[] done(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the save was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("writing the incidents failed", e.getCause());
        }
    }

    /** One run of records as the file holds them, with the comma before it when it is not the first. */
    private static byte[] bytes(JsonFactory factory, List<Incident> part, UnknownFields unknown, boolean afterOthers) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(part.size() * 1100);
        try (JsonGenerator g = factory.createGenerator(b, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("incidents");
            g.flush();
            int opening = b.size();
            for (Incident i : part) {
                DatasetWriter.incident(g, i, unknown.of(i.id()));
            }
            g.flush();
            byte[] all = b.toByteArray();
            if (!afterOthers) {
                return Arrays.copyOfRange(all, opening, all.length);
            }
            byte[] joined = new byte[all.length - opening + 1];
            joined[0] = ',';
            System.arraycopy(all, opening, joined, 1, all.length - opening);
            return joined;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
