package org.incidentatlas.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages after the map: the key (one numbered line per incident, as on the map), the line saying how many more
 * the CSV holds, then "Sources quoted": for each keyed incident its title and every quote, verbatim, with the
 * full citation of its article. Flows over as many pages as it needs; every page carries the title and its number.
 */
final class PdfKeyPages {

    private static final float BODY = 8.5f;
    private static final float LEADING = 11;

    private final PDDocument doc;
    private final PdfText text;
    private final PdfBriefing b;
    private final float width;
    private PDPageContentStream cs;
    private float y;

    PdfKeyPages(PDDocument doc, PdfText text, PdfBriefing b) {
        this.doc = doc;
        this.text = text;
        this.b = b;
        this.width = b.paper().width() - 2 * PdfBriefingWriter.MARGIN;
    }

    void write() throws IOException {
        if (b.key().isEmpty()) {
            return;
        }
        try {
            newPage();
            heading("Key: the numbered incidents on the map");
            for (PdfBriefing.KeyItem k : b.key()) {
                numbered(k.number(), text.regular, BODY, k.line());
            }
            if (!b.moreLine().isEmpty()) {
                y -= 3;
                paragraph(text.regular, BODY, b.moreLine(), 0, 0.33f);
            }
            y -= 10;
            heading("Sources quoted, verbatim");
            for (PdfBriefing.KeyItem k : b.key()) {
                room(3 * LEADING);
                numbered(k.number(), text.bold, BODY, k.title());
                if (k.quotes().isEmpty()) {
                    paragraph(text.regular, BODY, "No quote: the record carries no source text.", 22, 0.33f);
                }
                for (PdfBriefing.QuoteItem q : k.quotes()) {
                    paragraph(text.regular, BODY, "\u201c" + q.text() + "\u201d", 22, 0f);
                    paragraph(text.regular, 7.5f, "\u2014 " + q.citation(), 30, 0.33f);
                    y -= 2;
                }
                y -= 4;
            }
        } finally {
            if (cs != null) {
                cs.close();
            }
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(new PDRectangle(b.paper().width(), b.paper().height()));
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        float top = b.paper().height() - PdfBriefingWriter.MARGIN;
        cs.setNonStrokingColor(0.33f, 0.33f, 0.33f);
        text.show(cs, text.regular, 7.5f, PdfBriefingWriter.MARGIN, top - 7, b.title());
        String n = "page " + doc.getNumberOfPages();
        text.show(cs, text.regular, 7.5f, b.paper().width() - PdfBriefingWriter.MARGIN - text.width(text.regular, 7.5f, n),
                top - 7, n);
        cs.setNonStrokingColor(0f, 0f, 0f);
        y = top - 26;
    }

    /** Starts a new page unless {@code needed} points are left. */
    private void room(float needed) throws IOException {
        if (y - needed < PdfBriefingWriter.MARGIN) {
            newPage();
        }
    }

    private void heading(String s) throws IOException {
        room(3 * LEADING);
        text.show(cs, text.bold, 11, PdfBriefingWriter.MARGIN, y, s);
        y -= 16;
    }

    /** A line or more after a number on a tag, wrapped under itself. */
    private void numbered(int number, PDType0Font font, float size, String s) throws IOException {
        List<String> lines = text.wrap(font, size, s, width - 22);
        room(LEADING);
        String n = Integer.toString(number);
        float w = text.width(text.bold, size, n) + 4;
        cs.setStrokingColor(0.07f, 0.07f, 0.07f);
        cs.setLineWidth(0.6f);
        cs.addRect(PdfBriefingWriter.MARGIN, y - 2.5f, w, size + 2.5f);
        cs.stroke();
        text.show(cs, text.bold, size, PdfBriefingWriter.MARGIN + 2, y, n);
        for (String line : lines) {
            room(LEADING);
            text.show(cs, font, size, PdfBriefingWriter.MARGIN + 22, y, line);
            y -= LEADING;
        }
        y -= 1;
    }

    /** A wrapped paragraph, kept on one page when it fits on one (a quote is not cut by a page's header). */
    private void paragraph(PDType0Font font, float size, String s, float indent, float grey) throws IOException {
        List<String> lines = text.wrap(font, size, s, width - indent);
        float tall = lines.size() * (size + 2.5f);
        if (tall < b.paper().height() / 2) {
            room(tall + LEADING);
        }
        cs.setNonStrokingColor(grey, grey, grey);
        for (String line : lines) {
            if (y - LEADING < PdfBriefingWriter.MARGIN) {
                newPage();
                cs.setNonStrokingColor(grey, grey, grey);
            }
            text.show(cs, font, size, PdfBriefingWriter.MARGIN + indent, y, line);
            y -= size + 2.5f;
        }
        cs.setNonStrokingColor(0f, 0f, 0f);
    }
}
