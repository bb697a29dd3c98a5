package org.incidentatlas.dataset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629), checked on bytes: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above
 * U+10FFFF, no NUL (a NUL byte is how a UTF-16 or UTF-32 file looks to a UTF-8 reader, and JSON has no use for
 * it). With {@code escapes}, a JSON escape of half a surrogate pair ({@code \ud800} not followed by a low
 * {@code \udc00}, or a low one alone) counts as bad too, since it decodes to the same broken text.
 *
 * <p>Runs of eight ASCII bytes with no backslash and no NUL are passed over a long at a time, so checking costs
 * a few percent of a parse.
 */
final class StrictUtf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    /** The first bad byte: its offset in the bytes checked and what is wrong there. */
    static final class Malformed extends Exception {
        final long offset;
        final String what;

        Malformed(long offset, String what) {
            super(what, null, false, false);
            this.offset = offset;
            this.what = what;
        }
    }

    private StrictUtf8() {
    }

    /**
     * Checks {@code b[from, to)}; returns where checking stopped: {@code to}, or (when {@code last} is false) the
     * start of a sequence or escape that the bytes after {@code to} must complete.
     *
     * @param base the offset of {@code b[0]} in the whole input, for the error
     */
    static int check(byte[] b, int from, int to, boolean last, boolean escapes, long base) throws Malformed {
        int i = from;
        while (i < to) {
            // Eight bytes at a time while none has its high bit set, none is 0 and none is a backslash: for ASCII
            // bytes, v - ONES sets a high bit where a byte is 0 (and, harmlessly, where a borrow runs into a 1),
            // and likewise for v ^ BACKSLASHES, whose zero bytes are the backslashes. A false alarm only sends
            // those eight bytes down the exact path below.
            long escapeMask = escapes ? BACKSLASHES : 0;
            while (i + 8 <= to) {
                long v = (long) LONGS.get(b, i);
                if (((v | (v - ONES) | ((v ^ escapeMask) - ONES)) & HIGH_BITS) != 0) {
                    break;
                }
                i += 8;
            }
            if (i >= to) {
                break;
            }
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new Malformed(base + i, "a NUL byte (the file looks like UTF-16 or UTF-32, not UTF-8)");
            }
            if (c < 0x80) {
                if (c != '\\' || !escapes) {
                    i++;
                    continue;
                }
                int n = escape(b, i, to, last, base);
                if (n < 0) {
                    return i;
                }
                i += n;
                continue;
            }
            int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n == 0) {
                throw new Malformed(base + i, String.format(c < 0xC2 && c >= 0xC0 ? "byte 0x%02X, which starts an "
                        + "overlong (non-shortest) form" : c < 0xC0 ? "byte 0x%02X, a continuation byte with no "
                        + "sequence to continue" : "byte 0x%02X, which never occurs in UTF-8", c));
            }
            if (i + n > to) {
                if (last) {
                    throw new Malformed(base + i, "a sequence cut short by the end of the file");
                }
                return i;
            }
            int c1 = b[i + 1] & 0xFF;
            int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (c1 < lo || c1 > hi) {
                throw new Malformed(base + i, c1 < 0x80 || c1 > 0xBF ? String.format("byte 0x%02X followed by 0x%02X, "
                        + "which does not continue it", c, c1) : c == 0xED ? "an encoded surrogate (U+D800..U+DFFF)"
                        : c == 0xF4 ? "a code point above U+10FFFF" : "an overlong (non-shortest) form");
            }
            for (int k = 2; k < n; k++) {
                int ck = b[i + k] & 0xFF;
                if (ck < 0x80 || ck > 0xBF) {
                    throw new Malformed(base + i, String.format("byte 0x%02X followed by 0x%02X, which does not "
                            + "continue it", c, ck));
                }
            }
            i += n;
        }
        return i;
    }

    /** The length of the escape at {@code b[i]} (a backslash), -1 when more bytes are needed to judge it. */
    private static int escape(byte[] b, int i, int to, boolean last, long base) throws Malformed {
        if (i + 1 >= to) {
            return last ? 1 : -1;
        }
        if (b[i + 1] != 'u') {
            return b[i + 1] < 0 ? 1 : 2; // "\\" and "\"" are one escape each; a non-ASCII byte is checked as UTF-8
        }
        if (i + 6 > to) {
            return last ? to - i : -1;
        }
        int u = hex4(b, i + 2);
        if (u < 0xD800 || u > 0xDFFF) {
            return 6; // not hex at all is a syntax error the parser reports
        }
        if (u >= 0xDC00) {
            throw new Malformed(base + i, String.format("the escape \\u%04x, half of a surrogate pair with no first half",
                    u));
        }
        if (i + 12 > to && !last) {
            return -1;
        }
        int low = i + 12 <= to && b[i + 6] == '\\' && b[i + 7] == 'u' ? hex4(b, i + 8) : -1;
        if (low < 0xDC00 || low > 0xDFFF) {
            throw new Malformed(base + i, String.format("the escape \\u%04x, the first half of a surrogate pair "
                    + "without its second half", u));
        }
        return 12;
    }

    private static int hex4(byte[] b, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[at + k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** {line, column} (1-based; the column counted in characters) of {@code offset} in {@code b}. */
    static int[] lineColumn(byte[] b, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
                col = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
