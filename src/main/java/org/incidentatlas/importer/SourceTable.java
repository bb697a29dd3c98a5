package org.incidentatlas.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/** The rows of an export, whatever file holds them: a CSV ({@link CsvTable}) or an Excel workbook ({@link XlsxTable}). */
interface SourceTable extends AutoCloseable {

    /** The next data row, or null at the end. */
    CsvTable.Row next(DoubleConsumer progress) throws ImportException;

    /** The header's name of the 0-based cell {@code i}, for messages. */
    String columnName(int i);

    /** How many cells the header has; a row with another count is misaligned. */
    int width();

    @Override
    void close();

    /**
     * Opens the file by what it holds, not by its name: a zip (an {@code .xlsx} workbook starts with "PK") is read
     * as a workbook, anything else as CSV.
     */
    static SourceTable open(Path file, List<String> required) throws ImportException {
        if (!Files.isDirectory(file) && Files.isReadable(file) && startsAsZip(file)) {
            return XlsxTable.open(file, required);
        }
        return CsvTable.open(file, required);
    }

    private static boolean startsAsZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false; // CsvTable.open says why it cannot be read
        }
    }
}
