package org.incidentatlas.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the line of the first byte that is not UTF-8, so "not UTF-8" can say where. Used only after decoding
 * failed: the reader's own decoder reads ahead in blocks and cannot tell the line.
 */
final class Utf8Check {

    private Utf8Check() {
    }

    /** The 1-based line holding the first malformed byte, or 0 when the file reads as UTF-8 after all. */
    static long firstBadLine(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(0, n));
                bytes.flip();
                int from = bytes.position();
                CoderResult r;
                do {
                    chars.clear();
                    r = decoder.decode(bytes, chars, end);
                } while (r.isOverflow());
                line += newlines(bytes.array(), from, bytes.position());
                if (r.isError()) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** Line feeds in a byte range; a 0x0A byte is always a line feed in UTF-8, never part of a longer character. */
    private static int newlines(byte[] a, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
