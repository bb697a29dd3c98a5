package org.incidentatlas.dataset;

import java.io.IOException;
import java.io.InputStream;

/**
 * Hands the parser only bytes already checked as strict UTF-8 ({@link StrictUtf8}, JSON escapes included), so a
 * file in another encoding is refused here, before the parser could guess its encoding (Jackson reads UTF-16
 * and UTF-32 as happily as UTF-8). A sequence or escape split across two reads is held back until it is whole.
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
    private final byte[] buf = new byte[64 * 1024];
    /** buf[start, checked) is checked and not yet handed out; buf[checked, end) waits for the bytes after it. */
    private int start;
    private int checked;
    private int end;
    /** The file offset of buf[0]. */
    private long base;
    private boolean eof;
    /** The bad byte found at buf[checked]: thrown once the bytes before it are handed out (the parser then stands
     * in the record that holds it). */
    private NotUtf8 bad;

    Utf8CheckedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (start == checked) {
            if (bad != null) {
                throw bad;
            }
            if (eof) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, checked - start);
        System.arraycopy(buf, start, b, off, n);
        start += n;
        return n;
    }

    private void fill() throws IOException {
        // everything before `checked` was handed out: keep only the pending tail, at the front
        int pending = end - checked;
        System.arraycopy(buf, checked, buf, 0, pending);
        base += checked;
        start = 0;
        checked = 0;
        end = pending;
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        try {
            checked = StrictUtf8.check(buf, 0, end, eof, true, base);
        } catch (StrictUtf8.Malformed m) {
            bad = new NotUtf8(m);
            checked = (int) (m.offset - base);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
