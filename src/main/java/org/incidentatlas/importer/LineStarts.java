package org.incidentatlas.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a physical line starts in a file, in bytes, so that reading can start again after a row that is
 * not well-formed CSV. Line breaks are counted as the CSV parser counts them: CRLF, LF or a lone CR.
 */
final class LineStarts {

    private LineStarts() {
    }

    /** The byte offset at which 1-based {@code line} starts, or -1 when the file ends before it has any byte. */
    static long offsetOf(Path file, long line) throws ImportException {
        long breaks = 0;
        long offset = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b = in.read();
            while (breaks < line - 1) {
                if (b < 0) {
                    return -1;
                }
                offset++;
                if (b == '\n') {
                    breaks++;
                    b = in.read();
                } else if (b == '\r') {
                    breaks++;
                    b = in.read();
                    if (b == '\n') {
                        offset++;
                        b = in.read();
                    }
                } else {
                    b = in.read();
                }
            }
            return b < 0 ? -1 : offset;
        } catch (IOException e) {
            throw new ImportException("the file " + file + " cannot be read again (" + e.getClass().getSimpleName() + ").", line);
        }
    }
}
