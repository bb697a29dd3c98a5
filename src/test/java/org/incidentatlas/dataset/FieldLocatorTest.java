package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's field is placed at its line and column in the file, the record's bytes being found at their place. */
class FieldLocatorTest {

    private static final String RECORD = String.join("\n",
            "{",
            "      \"id\": \"x\",",
            "      \"killed\": {\"low\": -1, \"high\": null},",
            "      \"quotes\": [",
            "        {\"article\": \"a\", \"text\": \"one\"},",
            "        {",
            "          \"article\": \"b\",",
            "          \"text\": \"two\"",
            "        }",
            "      ]",
            "    }");

    /** The record as if it started on line 40, column 5 of the file. */
    private final FieldLocator where = new FieldLocator(new JsonFactory(), RECORD.getBytes(StandardCharsets.UTF_8),
            startAt(40, 5));

    @Test
    void fieldsNestedFieldsAndListItemsAreFound() {
        assertArrayEquals(new int[] {41, 13}, where.at("id"));
        assertEquals(42, where.at("killed")[0]);
        assertEquals(42, where.at("killed.low")[0]);
        assertEquals(44, where.at("quotes[0].text")[0]);
        assertEquals(47, where.at("quotes[1].text")[0]);
        assertEquals(45, where.at("quotes[1]")[0], "the item's opening brace");
    }

    @Test
    void aMissingFieldIsPlacedAtWhatShouldHoldItAndNothingAtTheRecord() {
        assertEquals(45, where.at("quotes[1].supports")[0], "the object that lacks it");
        assertEquals(40, where.at("title")[0], "the record");
        assertArrayEquals(new int[] {40, 5}, where.at(null));
        assertEquals(43, where.at("quotes[7].text")[0], "no such item: the list");
        assertArrayEquals(new int[] {40, 5}, FieldLocator.at(40, 5).at("killed.low"), "no bytes: the given place");
    }

    @Test
    void pathsAreSplitIntoNamesAndIndexes() {
        assertEquals(List.of("quotes", 1, "supports", 0), FieldLocator.path("quotes[1].supports[0]"));
        assertEquals(List.of("killed", "low"), FieldLocator.path("killed.low"));
        assertEquals(List.of("lat"), FieldLocator.path("lat"));
    }

    private static JsonLocation startAt(int line, int column) {
        try (JsonParser p = new JsonFactory().createParser("\n".repeat(line - 1) + " ".repeat(column - 1) + "{}")) {
            p.nextToken();
            return p.currentTokenLocation();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
