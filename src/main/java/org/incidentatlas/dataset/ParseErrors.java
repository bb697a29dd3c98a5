package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Words the errors that stop a read (bad bytes, broken JSON, a limit passed), each with its line and column.
 * What kind of error it is comes from the exception's type and the parser's state, never from the text of
 * Jackson's message (issue 10); that text is only quoted to the reader of the report.
 */
record ParseErrors(ProblemList problems, Path path, long size) {

    /** A limit of the reader's limits was passed; which one is told by the parser's state, not the message. */
    void beyondLimits(JsonParser p, String record) {
        JsonLocation at = p == null ? null : p.currentTokenLocation();
        boolean deep = p != null && p.getParsingContext().getNestingDepth() >= DatasetReader.MAX_NESTING - 1;
        problems.error(Problem.Code.LIMIT, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                record, null, deep
                        ? "the file goes beyond what the reader accepts: objects and lists nest more than "
                                + DatasetReader.MAX_NESTING + " levels deep here."
                        : String.format("the file goes beyond what the reader accepts: the text that starts here is "
                                + "longer than %,d characters.", DatasetReader.MAX_STRING_CHARS),
                "A dataset nests a few levels deep and holds no value of millions of characters; was this file "
                        + "written by another program? The limits are in docs/dataset-format.md.");
    }

    void notUtf8(Utf8CheckedInput.NotUtf8 e, String record) {
        int[] at = {0, 0};
        byte[] head = new byte[4];
        int headLength = 0;
        try (InputStream in = Files.newInputStream(path)) {
            headLength = Math.max(0, in.readNBytes(head, 0, 4));
        } catch (IOException ignored) {
            // the place is still told by the count below, or not at all
        }
        try {
            at = lineColumn(path, e.offset);
        } catch (IOException ignored) {
            // the file went away: say what without where
        }
        String bom = headLength >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) ? " The file starts with a UTF-16 or UTF-32 "
                + "byte-order mark." : "";
        problems.error(Problem.Code.SYNTAX, at[0], at[1], record, null,
                "the file is not UTF-8 text: here there is " + e.what + "." + bom,
                "Save the dataset as UTF-8; the format allows no other encoding.");
    }

    void syntaxError(StreamReadException e, String record) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int col = at == null ? 0 : at.getColumnNr();
        String raw = e.getOriginalMessage();
        // by type and place, not by Jackson's wording: the input ended inside a value
        if (e instanceof JsonEOFException || at != null && at.getByteOffset() >= size) {
            problems.error(Problem.Code.TRUNCATED, line, col, record, null,
                    "the file ends in the middle of the JSON: it looks truncated.",
                    "Restore the complete file (from where it was copied, or a backup).");
        } else {
            problems.error(Problem.Code.SYNTAX, line, col, record, null, "this is not valid JSON: " + DatasetReader.firstLine(raw) + ".",
                    "Look at the place given (a missing comma, quote or bracket is the usual cause).");
        }
    }

    /** {line, column} of a byte offset in the file, the column counted in characters; read from the start. */
    private static int[] lineColumn(Path file, long offset) throws IOException {
        int line = 1;
        int col = 1;
        long seen = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; seen < offset && (n = in.read(buf, 0, (int) Math.min(buf.length, offset - seen))) > 0; seen += n) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                        col = 1;
                    } else if ((buf[i] & 0xC0) != 0x80) {
                        col++;
                    }
                }
            }
        }
        return new int[] {line, col};
    }
}
