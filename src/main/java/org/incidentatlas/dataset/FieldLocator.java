package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where in the file a field of a record stands, for a problem found once the record was read as a tree (the
 * schema or the converter speak of "killed.low", not of a line). Looks through the record's own bytes, only when
 * there is a problem to place. A field that is missing is placed at the object that should hold it; when nothing
 * can be found, at the record's start.
 */
final class FieldLocator {

    private final JsonFactory factory;
    private final byte[] bytes;
    private final int startLine;
    private final int startColumn;

    /**
     * @param bytes the record's bytes as they stand in the file
     * @param start where those bytes start in the file
     */
    FieldLocator(JsonFactory factory, byte[] bytes, JsonLocation start) {
        this(factory, bytes, start.getLineNr(), start.getColumnNr());
    }

    private FieldLocator(JsonFactory factory, byte[] bytes, int line, int column) {
        this.factory = factory;
        this.bytes = bytes;
        this.startLine = line;
        this.startColumn = column;
    }

    /** Places everything at one line and column: for records not read from their bytes. */
    static FieldLocator at(int line, int column) {
        return new FieldLocator(null, null, line, column);
    }

    /** {line, column} in the file of the value of {@code field} ("quotes[0].text"; null: the record). */
    int[] at(String field) {
        if (bytes != null && field != null) {
            List<Object> path = path(field);
            for (int n = path.size(); n >= 0; n--) {
                JsonLocation in = find(path.subList(0, n));
                if (in != null) {
                    return inFile(startLine, startColumn, in);
                }
            }
        }
        return new int[] {startLine, startColumn};
    }

    /** {line, column} in the file of a place {@code in} bytes that start at {@code start} in the file. */
    static int[] inFile(JsonLocation start, JsonLocation in) {
        return inFile(start.getLineNr(), start.getColumnNr(), in);
    }

    private static int[] inFile(int startLine, int startColumn, JsonLocation in) {
        // the bytes' line 1 starts at the start's column; their later lines are the file's lines
        int line = startLine + in.getLineNr() - 1;
        int col = in.getLineNr() == 1 ? startColumn + in.getColumnNr() - 1 : in.getColumnNr();
        return new int[] {line, col};
    }

    /** "quotes[0].text" as ["quotes", 0, "text"]. */
    static List<Object> path(String field) {
        List<Object> out = new ArrayList<>();
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket != 0) {
                out.add(bracket < 0 ? part : part.substring(0, bracket));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    break;
                }
                try {
                    out.add(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    out.add(part.substring(bracket + 1, close));
                }
                bracket = part.indexOf('[', close);
            }
        }
        return out;
    }

    /** Where, in the record's bytes, the value at {@code path} starts; null when it is not there. */
    private JsonLocation find(List<Object> path) {
        try (JsonParser p = factory.createParser(bytes)) {
            return find(p, p.nextToken(), path, 0);
        } catch (IOException e) {
            return null; // the bytes were parsed once already; give the record's start rather than fail
        }
    }

    private static JsonLocation find(JsonParser p, JsonToken t, List<Object> path, int depth) throws IOException {
        if (depth == path.size()) {
            return p.currentTokenLocation();
        }
        Object step = path.get(depth);
        if (t == JsonToken.START_OBJECT && step instanceof String name) {
            for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
                boolean here = name.equals(p.currentName());
                JsonToken v = p.nextToken();
                if (here) {
                    return find(p, v, path, depth + 1);
                }
                p.skipChildren();
            }
        } else if (t == JsonToken.START_ARRAY && step instanceof Integer index) {
            int i = 0;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY && e != null; e = p.nextToken(), i++) {
                if (i == index) {
                    return find(p, e, path, depth + 1);
                }
                p.skipChildren();
            }
        }
        return null;
    }

    /** A key that repeats in one object: its name and where (in the bytes) its second use stands. */
    record Repeat(String name, JsonLocation at) { }

    /**
     * The first key that repeats within one object of {@code bytes}, walked token by token with a set of names
     * per open object; null when none does (or the bytes are not JSON).
     */
    static Repeat firstRepeatedKey(JsonFactory factory, byte[] bytes) {
        Deque<Set<String>> open = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> open.push(new HashSet<>());
                    case END_OBJECT -> open.pop();
                    case FIELD_NAME -> {
                        if (!open.peek().add(p.currentName())) {
                            return new Repeat(p.currentName(), p.currentTokenLocation());
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
