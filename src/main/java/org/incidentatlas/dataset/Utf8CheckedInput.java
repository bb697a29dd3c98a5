package org.incidentatlas.dataset;

import java.io.IOException;
import java.io.InputStream;

/**
 * Hands the parser only bytes already checked as strict UTF-8 ({@link StrictUtf8}, JSON escapes included), so a
 * file in another encoding is refused here, before the parser could guess its encoding (Jackson reads UTF-16
 * and UTF-32 as happily as UTF-8). The bytes are read straight into the parser's buffer and checked there; a
 * sequence or escape cut by the end of a read is held back (at most 12 bytes) and handed on with the next.
 */
final class Utf8CheckedInput extends InputStream {

    /** The first bad byte in the file; carries its offset. */
    static final class NotUtf8 extends IOException {
        final long offset;
        final String what;

        NotUtf8(StrictUtf8.Malformed m) {
            super(m.what, null);
            this.offset = m.offset;
            this.what = m.what;
        }
    }

    private final InputStream in;
    /** Bytes read but not yet handed on: the start of a sequence or escape that the next bytes complete. */
    private final byte[] held = new byte[16];
    private int heldLength;
    /** The file offset of the next byte handed on. */
    private long offset;
    private boolean eof;
    /** The bad byte just after what was handed on: thrown at the next read (the parser then stands in the record
     * that holds it). */
    private NotUtf8 bad;
    /** Checked bytes not yet handed on, for a caller that reads fewer bytes at a time than a held tail needs. */
    private final byte[] ready = new byte[64];
    private int readyPos;
    private int readyEnd;

    Utf8CheckedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        while ((n = read(one, 0, 1)) == 0) {
            // a held sequence needs more bytes than one: read on
        }
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (readyPos < readyEnd) {
                int give = Math.min(len, readyEnd - readyPos);
                System.arraycopy(ready, readyPos, b, off, give);
                readyPos += give;
                return give;
            }
            if (bad != null) {
                throw bad;
            }
            if (eof && heldLength == 0) {
                return -1;
            }
            if (len < held.length) {
                // too small a buffer to carry a held tail: fill a buffer of our own and hand it on from there
                int n = read(ready, 0, ready.length);
                if (n < 0) {
                    return -1;
                }
                readyPos = 0;
                readyEnd = n;
                continue;
            }
            System.arraycopy(held, 0, b, off, heldLength);
            int have = heldLength;
            heldLength = 0;
            if (!eof) {
                int n = in.read(b, off + have, len - have);
                if (n < 0) {
                    eof = true;
                } else {
                    have += n;
                }
            }
            int ok;
            try {
                ok = StrictUtf8.check(b, off, off + have, eof, true, offset - off) - off;
            } catch (StrictUtf8.Malformed m) {
                bad = new NotUtf8(m);
                ok = (int) (m.offset - offset);
                offset += ok;
                if (ok > 0) {
                    return ok;
                }
                throw bad;
            }
            stash(b, off + ok, have - ok);
            offset += ok;
            if (ok > 0 || eof && heldLength == 0) {
                return ok > 0 ? ok : -1;
            }
        }
    }

    /** Keeps {@code n} bytes from {@code b[from]} for the next read, in front of what it reads. */
    private void stash(byte[] b, int from, int n) {
        if (heldLength + n > held.length) {
            throw new IllegalStateException("a held sequence is at most 12 bytes");
        }
        System.arraycopy(b, from, held, heldLength, n);
        heldLength += n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
