package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.incidentatlas.dataset.NormalizedText.Span;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    private static final String NBSP = "\u00a0";

    @Test
    void foldTurnsEveryRunOfWhitespaceIntoOneSpaceAndTrims() {
        assertEquals("a b c", NormalizedText.fold("  a \n\t b\r\n\r\nc \n"));
        assertEquals("in Erbil city", NormalizedText.fold("in" + NBSP + "Erbil\u2009\u202fcity"));
        assertEquals("unchanged words", NormalizedText.fold("unchanged words"));
        assertEquals("", NormalizedText.fold(" \n\t" + NBSP));
    }

    @Test
    void findGivesTheSpanInTheOriginalTextAcrossLineBreaks() {
        String text = "Kurdish sources said\nthe attack was   launched\r\n\tfrom within Iraq.";

        Span span = NormalizedText.of(text).find("the attack was launched from within").orElseThrow();

        assertEquals(text.indexOf("the attack"), span.start());
        assertEquals(text.indexOf(" Iraq."), span.end());
        assertEquals("the attack was   launched\r\n\tfrom within", text.substring(span.start(), span.end()));
    }

    @Test
    void findMatchesNoBreakSpacesInTextOrQuote() {
        String text = "A drone hit the Khor" + NBSP + "Mor gas field on Apr." + NBSP + "26.";
        NormalizedText folded = NormalizedText.of(text);

        Span span = folded.find("Khor Mor gas field").orElseThrow();
        assertEquals("Khor" + NBSP + "Mor gas field", text.substring(span.start(), span.end()));

        Span other = folded.find("on\nApr.\t26" + NBSP).orElseThrow();
        assertEquals("on Apr." + NBSP + "26", text.substring(other.start(), other.end()));
    }

    @Test
    void findAtTheVeryStartAndEndOfATextWithSurroundingWhitespace() {
        String text = "\n\n   First words here and last words  \n  ";
        NormalizedText folded = NormalizedText.of(text);

        Span first = folded.find("  First   words ").orElseThrow();
        assertEquals("First words", text.substring(first.start(), first.end()));
        Span last = folded.find("last words").orElseThrow();
        assertEquals("last words", text.substring(last.start(), last.end()));
        assertEquals(text.indexOf("words  \n"), last.end() - "words".length());
    }

    @Test
    void noMatch() {
        NormalizedText folded = NormalizedText.of("the Apr. 26 drone attack on Khor Mor gas field");

        assertEquals(Optional.empty(), folded.find("the Apr. 27 drone attack"));
        assertEquals(Optional.empty(), folded.find("theApr. 26"), "white space may differ, but not vanish");
        assertEquals(Optional.empty(), folded.find("KHOR MOR"), "case matters");
        assertFalse(folded.contains("the Apr. 27 drone attack"));
        assertTrue(folded.contains("drone\n attack"));
    }

    @Test
    void blankQuoteMatchesNothing() {
        NormalizedText folded = NormalizedText.of("some text");

        assertEquals(Optional.empty(), folded.find(""));
        assertEquals(Optional.empty(), folded.find(" \n\t"));
        assertFalse(folded.contains(""));
        assertEquals(Optional.empty(), NormalizedText.of("").find("x"));
        assertEquals(Optional.empty(), NormalizedText.of("  \n ").find("x"));
    }
}
