package org.incidentatlas.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The byte side of {@link CsvTable}: the parser over strict UTF-8, the byte-order mark, the count of bytes read. */
final class CsvStreams {

    private CsvStreams() {
    }

    /**
     * An RFC 4180 parser (with the given cell separator) over {@code in} decoded as strict UTF-8 (a byte that is
     * not UTF-8 is an error).
     */
    static CSVParser parser(InputStream in, char delimiter) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return CSVParser.builder().setReader(new InputStreamReader(in, decoder)).setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()).get();
    }

    static InputStream skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    /** Counts the bytes read, for progress. */
    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in, long start) {
            super(in);
            this.count = start;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
