package org.incidentatlas.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in a briefing PDF: DejaVu Sans (bundled, embedded as a subset, so the PDF reads the same everywhere and its
 * text can be selected and searched), measured for wrapping. A character the font lacks is written as U+FFFD
 * rather than failing the whole document.
 */
final class PdfText {

    private static final String FONTS = "/org/incidentatlas/export/fonts/";
    /** The font files, read once per run (1.4 MB). */
    private static final Map<String, byte[]> CACHE = new HashMap<>();

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();

    PdfText(PDDocument doc) throws IOException {
        regular = load(doc, "DejaVuSans.ttf");
        bold = load(doc, "DejaVuSans-Bold.ttf");
    }

    /**
     * The font without its substitutions: PDFBox would otherwise set "fl" and "fi" as ligature glyphs, and the
     * PDF's text would read "conﬂict", which a search for "conflict" does not find.
     */
    private static PDType0Font load(PDDocument doc, String name) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(name)));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    private static synchronized byte[] bytes(String name) throws IOException {
        byte[] b = CACHE.get(name);
        if (b == null) {
            try (InputStream in = PdfText.class.getResourceAsStream(FONTS + name)) {
                if (in == null) {
                    throw new IOException("the bundled font " + name + " is missing from the application");
                }
                b = in.readAllBytes();
            }
            CACHE.put(name, b);
        }
        return b;
    }

    /** {@code s} with line breaks and tabs as spaces and what the fonts cannot write as U+FFFD. */
    String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                b.append(' ');
            } else if (writable(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('\uFFFD');
            }
        });
        return b.toString();
    }

    private boolean writable(int cp) {
        return known.computeIfAbsent(cp, c -> {
            try {
                String one = new String(Character.toChars(c));
                regular.encode(one);
                bold.encode(one);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    float width(PDType0Font font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} (cleaned) broken into lines no wider than {@code max}; a word wider than a line is cut. */
    List<String> wrap(PDType0Font font, float size, String s, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(s).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String tried = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, tried) <= max) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(font, size, word) > max && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes one line with its baseline at (x, y). */
    void show(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(clean(s));
        cs.endText();
    }
}
