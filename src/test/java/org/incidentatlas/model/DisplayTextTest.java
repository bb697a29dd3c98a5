package org.incidentatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void aRightToLeftOverrideIsShownNotObeyed() {
        assertEquals("report\u2039RLO\u203Afdp.exe", DisplayText.safe("report\u202Efdp.exe"));
    }

    @Test
    void everyBidirectionalControlIsMadeVisible() {
        Map<Character, String> controls = Map.ofEntries(Map.entry('\u202A', "LRE"), Map.entry('\u202B', "RLE"),
                Map.entry('\u202C', "PDF"), Map.entry('\u202D', "LRO"), Map.entry('\u202E', "RLO"),
                Map.entry('\u2066', "LRI"), Map.entry('\u2067', "RLI"), Map.entry('\u2068', "FSI"),
                Map.entry('\u2069', "PDI"), Map.entry('\u200E', "LRM"), Map.entry('\u200F', "RLM"),
                Map.entry('\u061C', "ALM"));
        controls.forEach((c, name) -> {
            String shown = DisplayText.safe("a" + c + "b" + c);
            assertEquals("a\u2039" + name + "\u203Ab\u2039" + name + "\u203A", shown);
            assertFalse(DisplayText.hasControls(shown), "no control is left in " + shown);
            for (char ch : shown.toCharArray()) {
                byte d = Character.getDirectionality(ch);
                assertTrue(d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_OTHER_NEUTRALS,
                        "only letters and neutral marks in " + shown);
            }
        });
    }

    @Test
    void theCharactersAroundTheControlsAreNotControls() {
        for (char c = '\u2000'; c < '\u2070'; c++) {
            boolean control = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
            assertEquals(control, DisplayText.hasControls(String.valueOf(c)), Integer.toHexString(c));
        }
        assertFalse(DisplayText.hasControls("\u061B\u061D"));
        assertTrue(DisplayText.hasControls("\u061C"));
    }

    @Test
    void arabicAndKurdishTextIsLeftAsItIs() {
        String kirkuk = "كركوك / کەرکووک, Kirkuk";
        assertSame(kirkuk, DisplayText.safe(kirkuk), "no copy when there is nothing to show");
        assertEquals("", DisplayText.safe(""));
        assertNull(DisplayText.safe(null));
        assertEquals("\u2039RLM\u203Aكركوك", DisplayText.safe("\u200Fكركوك"));
    }

    @Test
    void surrogatePairsAndOtherFormatCharactersAreKept() {
        String s = "\uD83D\uDCA5 zero\u200Bwidth soft\u00ADhyphen";
        assertSame(s, DisplayText.safe(s));
    }
}
