package org.incidentatlas.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor under the reader: a bare Jackson streaming pass over the same bytes, from the same kind of stream,
 * with a default {@link JsonFactory}. No tree, no model, no checks, no article texts.
 */
final class ParseFloor {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ParseFloor() {
    }

    /**
     * Reads every token and materialises every value as the reader must: {@code getText()} for field names and
     * strings, {@code getIntValue()}/{@code getLongValue()} and {@code getDoubleValue()} for numbers.
     *
     * @return a checksum, so the JIT cannot drop the work
     */
    static long everyValue(Path file) throws IOException {
        long sink = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME, VALUE_STRING -> sink += p.getText().length();
                    case VALUE_NUMBER_INT -> sink += p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue()
                            : p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> sink += (long) p.getDoubleValue();
                    default -> sink++;
                }
            }
        }
        return sink;
    }

    /** Only {@code nextToken()}: tokenising, with string values left unread (Jackson skips them lazily). */
    static long tokensOnly(Path file) throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
