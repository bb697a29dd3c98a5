package org.incidentatlas.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a CSV file is written in, as spreadsheets and ACLED's tools save them: UTF-8 with or without a byte-order
 * mark, or UTF-16 with one (a spreadsheet's "Unicode text", tab-separated); and which of comma, semicolon or tab
 * separates its cells (a European-locale spreadsheet saves "CSV" with semicolons). See docs/import-mapping.md.
 */
final class CsvEncoding {

    /** How far into the file the header is looked for; a header is a few hundred bytes. */
    private static final int HEADER_BYTES = 1 << 20;

    private CsvEncoding() {
    }

    /** The UTF-16 charset the file's byte-order mark names, or null when it has none (then it must be UTF-8). */
    static Charset utf16(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            if (head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return null;
        }
    }

    /**
     * Copies a UTF-16 file (its byte-order mark dropped) to a temporary UTF-8 file, line breaks and all, so the
     * one CSV reader, its line numbers and its restart after a bad row work on it as on any UTF-8 file. The caller
     * deletes the copy.
     *
     * @throws ImportException when the file holds bytes that are not UTF-16 (an odd byte, an unpaired surrogate)
     */
    static Path toUtf8(Path file, Charset utf16) throws ImportException, IOException {
        Path copy = Files.createTempFile("incident-atlas-import-", ".csv");
        var decoder = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (InputStream raw = Files.newInputStream(file);
             var in = new BufferedReader(new InputStreamReader(skip(raw, 2), decoder), 1 << 16);
             Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            char[] buf = new char[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
                out.write(buf, 0, n);
            }
        } catch (CharacterCodingException e) {
            Files.deleteIfExists(copy);
            throw new ImportException(file.getFileName() + " starts as UTF-16 text (a spreadsheet's \"Unicode text\") but"
                    + " about line " + line + " has bytes that are not UTF-16. Save it again as UTF-8 or Unicode text"
                    + " and import again.", line);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    private static InputStream skip(InputStream in, int n) throws IOException {
        in.skipNBytes(n);
        return in;
    }

    /**
     * The separator of a UTF-8 file's cells: whichever of comma, semicolon and tab its header line (quoted parts
     * left out) holds most of; a comma when it holds none (a one-column file, which then lacks columns).
     */
    static char delimiter(Path utf8File) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(utf8File)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (byte b : head) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted) {
                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
