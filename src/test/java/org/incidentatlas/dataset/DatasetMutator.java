package org.incidentatlas.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Mutates a dataset's bytes the ways broken files are broken: a byte changed, inserted or deleted, a span
 * deleted or repeated, a string's content or a number replaced by one of the values readers get wrong.
 */
final class DatasetMutator {

    private static final String[] TOKENS = {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-", "e", "\\u", "\\ud800", "\\udc00",
        "\\ud83d\\ude00", "\"id\":\"x\",", "\"lat\":1,", ",\"text\":\"a\"", "\u00a0", "\u2028", "\u200b", "\ufeff",
    };
    private static final String[] STRINGS = {
        "", " ", "x", "\\u00a0", "\\u2009\\u3000", "\\u200b", "\\ud800", "\\udfff", "i1", "I1", "A1", "a1",
        "i1\\n", " i1", "2020-02-30", "2020-13-01", "2020-1-2", "2019-12-31", "2021", "2021-02", "day", "year",
        "exact", "../x.txt", "/etc/hostname", "articles", "d.json", "articles/a1.txt", "./articles/a1.txt",
        "articles//a1.txt", "articles/../d.json", "a drone", "drone struck", "D", "caf\u00e9", "\\u0000",
        "Two guards were hurt", "two  guards\\nwere hurt",
    };
    private static final String[] NUMBERS = {
        "0", "-1", "95", "-200", "1e999", "-1e999", "3000000000", "2147483647", "0.5", "-0", "1E2", "00", "1.",
        ".5", "NaN", "35.4", "44.4", "2", "1",
    };
    private static final byte[] BYTES = {0, (byte) 0x80, (byte) 0xC0, (byte) 0xC1, (byte) 0xE0, (byte) 0xED,
        (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFE, (byte) 0xFF, '\n', '\t', 0x7F, 0x1F};

    private DatasetMutator() {
    }

    static byte[] mutate(byte[] base, Random rnd) {
        byte[] b = base;
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n && b.length > 0; k++) {
            b = once(b, rnd);
        }
        return b;
    }

    private static byte[] once(byte[] b, Random rnd) {
        int at = rnd.nextInt(b.length);
        switch (rnd.nextInt(8)) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] = rnd.nextBoolean() ? BYTES[rnd.nextInt(BYTES.length)] : (byte) rnd.nextInt(256);
                return c;
            }
            case 1 -> {
                return splice(b, at, 0, utf8(TOKENS[rnd.nextInt(TOKENS.length)]));
            }
            case 2 -> {
                return splice(b, at, Math.min(b.length - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 2 : 40)), new byte[0]);
            }
            case 3 -> {
                int len = Math.min(b.length - at, 1 + rnd.nextInt(200));
                byte[] span = new byte[len];
                System.arraycopy(b, at, span, 0, len);
                return splice(b, rnd.nextInt(b.length), 0, span);
            }
            case 4, 5, 6 -> {
                return replaceString(b, at, STRINGS[rnd.nextInt(STRINGS.length)]);
            }
            default -> {
                return replaceNumber(b, at, NUMBERS[rnd.nextInt(NUMBERS.length)]);
            }
        }
    }

    /** The content of the first string value at or after {@code at} (a '"' after ':' or in a list) replaced. */
    private static byte[] replaceString(byte[] b, int at, String content) {
        for (int i = at; i < b.length - 1; i++) {
            if (b[i] == '"' && i > 0 && (b[i - 1] == ':' || b[i - 1] == '[' || b[i - 1] == ',' || b[i - 1] == ' ')) {
                int end = i + 1;
                while (end < b.length && b[end] != '"') {
                    end += b[end] == '\\' ? 2 : 1;
                }
                if (end >= b.length) {
                    return b;
                }
                return splice(b, i + 1, end - i - 1, utf8(content));
            }
        }
        return b;
    }

    private static byte[] replaceNumber(byte[] b, int at, String number) {
        for (int i = at; i < b.length; i++) {
            if (b[i] >= '0' && b[i] <= '9' && i > 0 && b[i - 1] == ':') {
                int end = i;
                while (end < b.length && (b[end] >= '0' && b[end] <= '9' || b[end] == '.' || b[end] == '-')) {
                    end++;
                }
                return splice(b, i, end - i, utf8(number));
            }
        }
        return b;
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
