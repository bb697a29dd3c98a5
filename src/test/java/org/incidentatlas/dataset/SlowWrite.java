package org.incidentatlas.dataset;

import java.nio.file.Path;

/**
 * A child process for {@link AtomicFilesKillTest}: starts writing {@code args[0]} through AtomicFiles, says
 * "writing" once part of the content is in the temporary file, then waits to be killed.
 */
public final class SlowWrite {

    private SlowWrite() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[200_000]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
