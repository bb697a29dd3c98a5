package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The checked stream hands on every byte, whatever the sizes of the reads, and stops at the first bad one. */
class Utf8CheckedInputTest {

    /** A stream that returns at most a few bytes per read, to cut sequences and escapes anywhere. */
    private static InputStream trickling(byte[] bytes, Random rnd) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + rnd.nextInt(5)));
            }
        };
    }

    private static byte[] readAll(InputStream in, Random rnd) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[40];
        for (int n; (n = in.read(buf, 0, 1 + rnd.nextInt(buf.length))) >= 0; ) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    @Test
    void validTextPassesWholeThroughReadsOfAnySize() throws IOException {
        byte[] text = "{\"t\":\"caf\u00e9 \ud83d\ude00 \\ud83d\\ude00 \\\\ud800 \\\" \u0627\u0644\"}".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        for (int seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            assertArrayEquals(text, readAll(new Utf8CheckedInput(trickling(text, rnd)), rnd), "seed " + seed);
        }
    }

    @Test
    void theFirstBadByteIsFoundAtItsOffsetAndEverythingBeforeItIsHandedOn() throws IOException {
        String good = "{\"t\":\"caf\u00e9 \\ud83d\\ude00 ";
        byte[] prefix = good.getBytes(StandardCharsets.UTF_8);
        byte[][] tails = {{(byte) 0xC0, (byte) 0xAF}, "\\ud800 x".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}};
        for (byte[] tail : tails) {
            byte[] all = new byte[prefix.length + tail.length + 3];
            System.arraycopy(prefix, 0, all, 0, prefix.length);
            System.arraycopy(tail, 0, all, prefix.length, tail.length);
            all[all.length - 3] = 'a';
            all[all.length - 2] = '"';
            all[all.length - 1] = '}';
            for (int seed = 0; seed < 50; seed++) {
                Random rnd = new Random(seed);
                Utf8CheckedInput in = new Utf8CheckedInput(trickling(all, rnd));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[40];
                Utf8CheckedInput.NotUtf8 e = assertThrows(Utf8CheckedInput.NotUtf8.class, () -> {
                    for (int n; (n = in.read(buf, 0, 1 + rnd.nextInt(buf.length))) >= 0; ) {
                        out.write(buf, 0, n);
                    }
                });
                assertEquals(prefix.length, e.offset, "seed " + seed);
                assertArrayEquals(prefix, out.toByteArray(), "seed " + seed);
            }
        }
    }
}
