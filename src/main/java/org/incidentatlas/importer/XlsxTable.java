package org.incidentatlas.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}) row by row with fastexcel-reader (see
 * docs/decisions/0180-xlsx-with-fastexcel-reader.md): the first row is the header, each row's "line" is its row
 * number in the sheet, and each cell is taken as text the way the CSV importer reads it: a number as the workbook
 * stores it (a date cell as its serial number, which the date reading understands), text as written.
 */
final class XlsxTable implements SourceTable {

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int width;

    private XlsxTable(Path file, ReadableWorkbook workbook, Stream<Row> stream) throws ImportException {
        this.file = file;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        Row header = nextNonEmpty();
        if (header == null) {
            throw new ImportException(file.getFileName() + "'s first sheet is empty: a header row is expected.", 0);
        }
        List<String> cells = cells(header, header.getCellCount());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1); // a formatted but empty column past the last name
        }
        for (int i = 0; i < cells.size(); i++) {
            String name = Fields.trim(cells.get(i)).toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
            names.add(Fields.shown(name));
        }
        this.width = cells.size();
    }

    static XlsxTable open(Path file, List<String> required) throws ImportException {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            if (workbook.isDate1904()) {
                throw new ImportException(file.getFileName() + " counts its dates from 1904 (an old Mac workbook setting),"
                        + " which this import does not read. Save the sheet as CSV (UTF-8) and import that.", 0);
            }
            XlsxTable table = new XlsxTable(file, workbook, workbook.getFirstSheet().openStream());
            List<String> missing = required.stream().filter(c -> !table.columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                table.close();
                throw new ImportException(file.getFileName() + " lacks the required column" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + " (its header is the first sheet's row 1). Is it the right kind of file?", 1);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            close(workbook);
            throw new ImportException(file.getFileName() + " starts as a zip file but cannot be read as an Excel workbook"
                    + " (.xlsx): " + reason(e) + ". Open it in a spreadsheet and save it as .xlsx or CSV (UTF-8).", 0);
        } catch (ImportException e) {
            close(workbook);
            throw e;
        }
    }

    @Override
    public CsvTable.Row next(DoubleConsumer progress) throws ImportException {
        try {
            Row r = nextNonEmpty();
            if (r == null) {
                return null;
            }
            List<String> cells = cells(r, Math.max(width, r.getCellCount()));
            while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return new CsvTable.Row(r.getRowNum(), cells, columns, null);
        } catch (RuntimeException e) {
            throw new ImportException(file.getFileName() + " cannot be read to the end as an Excel workbook (" + reason(e)
                    + "). Nothing was imported.", 0);
        }
    }

    /** The next row that has a non-empty cell: a sheet may keep rows that were only formatted. */
    private Row nextNonEmpty() {
        while (rows.hasNext()) {
            Row r = rows.next();
            if (r.getFirstNonEmptyCell().isPresent()) {
                return r;
            }
        }
        return null;
    }

    private static List<String> cells(Row row, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i < row.getCellCount() ? text(row.getCell(i)) : "");
        }
        return out;
    }

    /** A cell as the text a CSV export of the sheet would hold, but numbers unrounded by a display format. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case NUMBER, BOOLEAN, ERROR, FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.getText();
        };
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public String columnName(int i) {
        return i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "cell " + (i + 1);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void close() {
        stream.close();
        close(workbook);
    }

    private static void close(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                // reading is over; a failure to close a read-only file loses nothing
            }
        }
    }
}
