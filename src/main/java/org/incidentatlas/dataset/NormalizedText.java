package org.incidentatlas.dataset;

import java.util.Optional;

/**
 * A text with every run of whitespace folded to one space, remembering where each character came from, so
 * a quote can be found "verbatim but for whitespace" and its place in the original text reported
 * (for highlighting it).
 */
public final class NormalizedText {

    /** A span of the original text, {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) { }

    private final String folded;
    private final int[] origin;

    private NormalizedText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    public static NormalizedText of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace && sb.length() > 0) {
                    origin[sb.length()] = i;
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                origin[sb.length()] = i;
                sb.append(c);
                inSpace = false;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(--len);
        }
        int[] trimmed = new int[len + 1];
        System.arraycopy(origin, 0, trimmed, 0, len);
        trimmed[len] = text.length();
        return new NormalizedText(sb.toString(), trimmed);
    }

    /** The same folding for a short string (a quote) without the position map. */
    public static String fold(String text) {
        if (isFolded(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                inSpace = sb.length() > 0;
            } else {
                if (inSpace) {
                    sb.append(' ');
                }
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString();
    }

    /** True when folding would change nothing: no space at either end, no run of spaces, no other white space. */
    private static boolean isFolded(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        boolean previousSpace = true; // a leading space is not folded
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (c > ' ' && c < 0x7f || c >= 0xa0 && !isSpace(c)) {
                previousSpace = false;
            } else if (c < 0xa0 && c >= 0x7f && !isSpace(c)) {
                previousSpace = false;
            } else {
                return false;
            }
        }
        return !previousSpace;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public boolean contains(String quote) {
        return foldedContains(folded, quote);
    }

    /** Whether {@code quote}, folded, stands in {@code foldedText} (a text already passed through {@link #fold}). */
    public static boolean foldedContains(String foldedText, String quote) {
        String q = fold(quote);
        return !q.isEmpty() && foldedText.contains(q);
    }

    /** Where the quote stands in the original text, whitespace differences tolerated. */
    public Optional<Span> find(String quote) {
        String q = fold(quote);
        int at = q.isEmpty() ? -1 : folded.indexOf(q);
        if (at < 0) {
            return Optional.empty();
        }
        int endFolded = at + q.length();
        int end = origin[endFolded - 1] + 1;
        return Optional.of(new Span(origin[at], end));
    }
}
