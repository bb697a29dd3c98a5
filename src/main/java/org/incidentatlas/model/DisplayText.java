package org.incidentatlas.model;

/**
 * Text from a dataset made safe to show: the invisible bidirectional controls, which can reorder what follows
 * them so that text reads other than it is (a right-to-left override turning {@code exe.txt} into what looks like
 * {@code txt.exe}, a quote whose words are shown in another order), are <b>made visible</b>: each is replaced by
 * its abbreviation between single guillemets, {@code ‹RLO›} for U+202E. Made visible rather than isolated,
 * because text inside an isolate is still reordered; the analyst should see that the source holds the control.
 * Everything else is left as it is, so Arabic and Kurdish text, which need no controls to show right to left,
 * shows as before.
 *
 * <p>The controls: U+202A–U+202E (LRE, RLE, PDF, LRO, RLO), U+2066–U+2069 (LRI, RLI, FSI, PDI), U+200E and
 * U+200F (LRM, RLM) and U+061C (ALM). Used for what is written for people to read: the CSV export, the sources
 * report and the briefing page; the window uses it too. The dataset keeps the text as the source gives it.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** {@code text} with each bidirectional control replaced by its visible name; null stays null. */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text; // the usual case: no copy
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            String name = name(c);
            if (name == null) {
                sb.append(c);
            } else {
                sb.append('\u2039').append(name).append('\u203A');
            }
        }
        return sb.toString();
    }

    /** True when {@code text} holds a bidirectional control that {@link #safe} would show. */
    public static boolean hasControls(String text) {
        return text != null && firstControl(text) >= 0;
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (name(text.charAt(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The Unicode abbreviation of a bidirectional control, or null for any other character. */
    static String name(char c) {
        return switch (c) {
            case '\u202A' -> "LRE";
            case '\u202B' -> "RLE";
            case '\u202C' -> "PDF";
            case '\u202D' -> "LRO";
            case '\u202E' -> "RLO";
            case '\u2066' -> "LRI";
            case '\u2067' -> "RLI";
            case '\u2068' -> "FSI";
            case '\u2069' -> "PDI";
            case '\u200E' -> "LRM";
            case '\u200F' -> "RLM";
            case '\u061C' -> "ALM";
            default -> null;
        };
    }
}
