package org.incidentatlas.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file row by row: strict UTF-8 (a byte-order mark is dropped) or UTF-16 with its mark (see
 * {@link CsvEncoding}), cells separated by comma, semicolon or tab (whichever the header uses), RFC 4180 quoting with line breaks
 * inside fields, columns found by header name (case and surrounding spaces ignored), and each row's physical
 * start line. A second row whose non-empty cells all start with '#' (an HXL tag row) is recognised as not data.
 */
final class CsvTable implements SourceTable {

    /**
     * One data row: its cells by column name and the physical line it starts on; or, when {@code unreadable} is
     * not null, a row that could not be read as CSV (then {@code record} is null) and why. {@code decimalComma}:
     * the file separates cells with semicolons, as a spreadsheet does where a comma is the decimal separator, so
     * a coordinate may be written 36,19.
     */
    record Row(long line, List<String> record, Map<String, Integer> columns, String unreadable, boolean decimalComma) {

        Row(long line, List<String> record, Map<String, Integer> columns, String unreadable) {
            this(line, record, columns, unreadable, false);
        }

        /** The trimmed cell of a column (see {@link Fields#trim}), or "" when the column is absent or the row is short. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= record.size() ? "" : Fields.trim(record.get(i));
        }

        /** The cells' values as read (a spreadsheet's cells as text), in column order. */
        static List<String> cells(CSVRecord r) {
            return r.toList();
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    private final Path file;
    /** The file read: {@link #file}, or its UTF-8 copy when it is UTF-16 (deleted on close). */
    private final Path readFrom;
    private final char delimiter;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private CsvStreams.CountingStream counter;
    /** Physical lines before where the current parser started (it restarts after a row it cannot read). */
    private long lineOffset;
    private Row unreadable;
    private boolean ended;
    private final long size;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int width;
    private long lastStartLine;
    private long lastReport;

    private CsvTable(Path file, Path readFrom, char delimiter, CSVParser parser, CsvStreams.CountingStream counter, long size)
            throws ImportException {
        this.file = file;
        this.readFrom = readFrom;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.counter = counter;
        this.size = size;
        CSVRecord header = nextRecord();
        if (unreadable != null) {
            throw new ImportException(file.getFileName() + " is not well-formed CSV: its header (line 1) cannot be read ("
                    + unreadable.unreadable() + "). Nothing was imported.", 1);
        }
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
        Path readFrom = file;
        InputStream raw = null;
        try {
            Charset utf16 = CsvEncoding.utf16(file);
            if (utf16 != null) {
                readFrom = CsvEncoding.toUtf8(file, utf16);
            }
            char delimiter = CsvEncoding.delimiter(readFrom);
            long size = Files.size(readFrom);
            raw = Files.newInputStream(readFrom);
            CsvStreams.CountingStream counter = new CsvStreams.CountingStream(raw, 0);
            CSVParser parser = CsvStreams.parser(CsvStreams.skipByteOrderMark(new BufferedInputStream(counter, 1 << 16)),
                    delimiter);
            CsvTable table = new CsvTable(file, readFrom, delimiter, parser, counter, size);
            try {
                table.requireColumns(required);
            } catch (ImportException e) {
                table.close();
                throw e;
            }
            return table;
        } catch (NoSuchFileException e) {
            throw new ImportException("the file " + file + " does not exist.", 0);
        } catch (AccessDeniedException e) {
            throw new ImportException("the file " + file + " cannot be read (permission denied).", 0);
        } catch (IOException e) {
            close(raw);
            deleteCopy(file, readFrom);
            throw new ImportException("the file " + file + " cannot be read (" + e.getClass().getSimpleName() + ").", 0);
        } catch (ImportException | RuntimeException e) {
            close(raw);
            deleteCopy(file, readFrom);
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
    @Override
    public Row next(DoubleConsumer progress) throws ImportException {
        CSVRecord r;
        do {
            r = nextRecord();
            if (unreadable != null) {
                Row bad = unreadable;
                unreadable = null;
                return bad;
            }
        } while (r != null && r.size() == 1 && r.get(0).isEmpty());
        if (r == null) {
            return null;
        }
        if (counter.count - lastReport > (1 << 16)) {
            lastReport = counter.count;
            progress.accept(Math.min(0.99, counter.count / (double) Math.max(1, size)));
        }
        return new Row(lastStartLine, Row.cells(r), columns, null, delimiter == ';');
    }

    /** The header's name of the 0-based cell {@code i}, for messages ("cell 12" past the header's end). */
    @Override
    public String columnName(int i) {
        return i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "cell " + (i + 1);
    }

    /** How many cells the header has; a row with another count is misaligned. */
    @Override
    public int width() {
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

    /**
     * Reads the next record and notes the physical line it starts on (the line after those read before it). A
     * record that is not well-formed CSV (a quote in the middle of a field) becomes {@link #unreadable}, and
     * reading starts again on the line after the one the fault was found on; but a quote left open to the end of
     * the file, which leaves nothing after it to go on with, fails the whole file.
     */
    private CSVRecord nextRecord() throws ImportException {
        if (ended) {
            return null;
        }
        long before = lineOffset + parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            lastStartLine = before + 1;
            return r;
        } catch (UncheckedIOException e) {
            return resumeAfter(e.getCause(), before + 1);
        } catch (IllegalStateException e) {
            return resumeAfter(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e), before + 1);
        }
    }

    private CSVRecord resumeAfter(IOException cause, long rowStart) throws ImportException {
        if (cause instanceof CharacterCodingException) {
            throw readFailure(cause, rowStart);
        }
        long faultLine = Math.max(rowStart, lineOffset + parser.getCurrentLineNumber());
        long resumeAt = LineStarts.offsetOf(readFrom, faultLine + 1);
        if (resumeAt < 0 && faultLine > rowStart) {
            throw readFailure(cause, rowStart); // a quote left open ran to the end: the rows after it are inside it
        }
        String lines = faultLine > rowStart ? "lines " + rowStart + " to " + faultLine : "line " + rowStart;
        // the parser's own message is left out: after a restart its line numbers count from the restart
        unreadable = new Row(rowStart, null, columns, "is not well-formed CSV (" + lines + "): a quote inside a field"
                + " that is not itself quoted, a quote not doubled, or text after a closing quote is the usual cause.");
        closeParser();
        if (resumeAt < 0) {
            ended = true;
            return null;
        }
        try {
            InputStream raw = Files.newInputStream(readFrom);
            raw.skipNBytes(resumeAt);
            counter = new CsvStreams.CountingStream(raw, resumeAt);
            parser = CsvStreams.parser(new BufferedInputStream(counter, 1 << 16), delimiter);
            records = parser.iterator();
            lineOffset = faultLine;
            return null;
        } catch (IOException e) {
            throw new ImportException("the file " + file + " cannot be read (" + e.getClass().getSimpleName() + ").", faultLine);
        }
    }

    private ImportException readFailure(IOException cause, long rowStart) {
        if (cause instanceof CharacterCodingException) {
            long line = Utf8Check.firstBadLine(readFrom);
            return new ImportException(file.getFileName() + " is not UTF-8 text (line " + line
                    + " has bytes that are not UTF-8). Save or export it as UTF-8 and import again.", line);
        }
        return new ImportException(file.getFileName() + " is not well-formed CSV: the row starting at line " + rowStart
                + " cannot be read (" + cause.getMessage() + "). A quote left open is the usual cause. Nothing was imported.",
                rowStart);
    }

    @Override
    public void close() {
        closeParser();
        deleteCopy(file, readFrom);
    }

    private void closeParser() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; a failure to close a read-only file loses nothing
        }
    }

    private static void deleteCopy(Path file, Path readFrom) {
        if (!readFrom.equals(file)) {
            try {
                Files.deleteIfExists(readFrom);
            } catch (IOException e) {
                // a temporary copy left in the temp folder holds nothing the original does not
            }
        }
    }

    private static void close(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // as above
        }
    }

}
