package org.incidentatlas.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file row by row: strict UTF-8 (a byte-order mark is dropped), RFC 4180 quoting with line breaks
 * inside fields, columns found by header name (case and surrounding spaces ignored), and each row's physical
 * start line. A second row whose non-empty cells all start with '#' (an HXL tag row) is recognised as not data.
 */
final class CsvTable implements AutoCloseable {

    /** One data row: its cells by column name and the physical line it starts on. */
    record Row(long line, CSVRecord record, Map<String, Integer> columns) {

        /** The trimmed cell of a column (see {@link Fields#trim}), or "" when the column is absent or the row is short. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= record.size() ? "" : Fields.trim(record.get(i));
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CountingStream counter;
    private final long size;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int width;
    private long lastStartLine;
    private long lastReport;

    private CsvTable(Path file, CSVParser parser, CountingStream counter, long size) throws ImportException {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.counter = counter;
        this.size = size;
        CSVRecord header = nextRecord();
        if (header == null) {
            throw new ImportException(file.getFileName() + " is empty: a CSV file with a header row is expected.", 0);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = Fields.trim(header.get(i)).toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
            names.add(Fields.shown(name));
        }
        this.width = header.size();
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws ImportException when the file cannot be read, is not UTF-8, or lacks a required column (all the
     *                         missing ones are named in one message)
     */
    static CsvTable open(Path file, List<String> required) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a folder, not a CSV file.", 0);
        }
        long size;
        InputStream raw;
        try {
            size = Files.size(file);
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("the file " + file + " does not exist.", 0);
        } catch (AccessDeniedException e) {
            throw new ImportException("the file " + file + " cannot be read (permission denied).", 0);
        } catch (IOException e) {
            throw new ImportException("the file " + file + " cannot be read (" + e.getClass().getSimpleName() + ").", 0);
        }
        try {
            CountingStream counter = new CountingStream(raw);
            InputStream in = skipByteOrderMark(new BufferedInputStream(counter, 1 << 16));
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CSVParser parser = CSVParser.builder()
                    .setReader(new InputStreamReader(in, decoder))
                    .setFormat(CSVFormat.RFC4180)
                    .get();
            CsvTable table = new CsvTable(file, parser, counter, size);
            table.requireColumns(required);
            return table;
        } catch (IOException e) {
            close(raw);
            throw new ImportException("the file " + file + " cannot be read (" + e.getClass().getSimpleName() + ").", 0);
        } catch (ImportException | RuntimeException e) {
            close(raw);
            throw e;
        }
    }

    private void requireColumns(List<String> required) throws ImportException {
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file.getFileName() + " lacks the required column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " (its header is line 1). Is it the right kind of file?", 1);
        }
    }

    /** The next data row, or null at the end. A row holding only an empty line is passed over. */
    Row next(DoubleConsumer progress) throws ImportException {
        CSVRecord r;
        do {
            r = nextRecord();
        } while (r != null && r.size() == 1 && r.get(0).isEmpty());
        if (r == null) {
            return null;
        }
        if (counter.count - lastReport > (1 << 16)) {
            lastReport = counter.count;
            progress.accept(Math.min(0.99, counter.count / (double) Math.max(1, size)));
        }
        return new Row(lastStartLine, r, columns);
    }

    /** The header's name of the 0-based cell {@code i}, for messages ("cell 12" past the header's end). */
    String columnName(int i) {
        return i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "cell " + (i + 1);
    }

    /** How many cells the header has; a row with another count is misaligned. */
    int width() {
        return width;
    }

    /** True when the row looks like an HXL hashtag row: every non-empty cell starts with '#'. */
    static boolean isTagRow(Row row) {
        boolean any = false;
        for (String cell : row.record()) {
            String c = cell.trim();
            if (!c.isEmpty()) {
                if (!c.startsWith("#")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Reads the next record and notes the physical line it starts on (the line after those read before it). */
    private CSVRecord nextRecord() throws ImportException {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            lastStartLine = before + 1;
            return r;
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause(), before + 1);
        } catch (IllegalStateException e) {
            throw readFailure(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e), before + 1);
        }
    }

    private ImportException readFailure(IOException cause, long rowStart) {
        if (cause instanceof CharacterCodingException) {
            long line = Utf8Check.firstBadLine(file);
            return new ImportException(file.getFileName() + " is not UTF-8 text (line " + line
                    + " has bytes that are not UTF-8). Save or export it as UTF-8 and import again.", line);
        }
        return new ImportException(file.getFileName() + " is not well-formed CSV: the row starting at line " + rowStart
                + " cannot be read (" + cause.getMessage() + "). A quote left open is the usual cause. Nothing was imported.",
                rowStart);
    }

    private static InputStream skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; a failure to close a read-only file loses nothing
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // as above
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
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
