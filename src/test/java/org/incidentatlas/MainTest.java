package org.incidentatlas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aBareWordThatIsNoFileIsAMistypedCommandNotADatasetToOpen() {
        assertTrue(Main.looksLikeAMistypedCommand("frobnicate"));
        assertTrue(Main.looksLikeAMistypedCommand("valdiate"));
        assertFalse(Main.looksLikeAMistypedCommand("data.json"), "a file name: the window reports it if missing");
        assertFalse(Main.looksLikeAMistypedCommand("/tmp/x"), "a path");
        assertFalse(Main.looksLikeAMistypedCommand("assets"), "an existing file or folder");
    }
}
