package org.incidentatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.incidentatlas.dataset.AtomicFiles;

/**
 * Writes a {@link PdfBriefing} with Apache PDFBox (decision 0170): page 1 the map and everything that explains it,
 * then the key and the quotes flowing over as many pages as they need, each page numbered. All words are text
 * (selectable, searchable); the map's basemap and markers are one image under the vector numbers, scale bar and
 * north arrow.
 */
public final class PdfBriefingWriter {

    static final float MARGIN = 28;
    static final float LEGEND_WIDTH = 150;
    private static final float GAP = 10;

    private PdfBriefingWriter() {
    }

    /**
     * Writes through a temporary file: an old file at {@code target} stays whole if this fails.
     *
     * @return how many pages were written
     */
    public static int write(PdfBriefing b, Path target) throws IOException {
        int[] pages = new int[1];
        AtomicFiles.write(target, out -> {
            try (PDDocument doc = document(b)) {
                pages[0] = doc.getNumberOfPages();
                doc.save(out);
            }
        });
        return pages[0];
    }

    /** The document, for writing or for a test to read. */
    public static PDDocument document(PdfBriefing b) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(b.title());
            info.setSubject(b.filterLine());
            info.setCreator("Incident Atlas");
            PdfText text = new PdfText(doc);
            mapPage(doc, text, b);
            new PdfKeyPages(doc, text, b).write();
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** The map's box on page 1, in points from the bottom left: x, y, width, height. */
    public static float[] mapBox(PdfBriefing.Paper paper) {
        float w = paper.width() - 2 * MARGIN - LEGEND_WIDTH - GAP;
        float top = paper.height() - MARGIN - 62; // the title, the filter and the dataset lines
        float bottom = MARGIN + 30; // the attribution
        return new float[] {MARGIN, bottom, w, top - bottom};
    }

    private static void mapPage(PDDocument doc, PdfText text, PdfBriefing b) throws IOException {
        PdfBriefing.Paper paper = b.paper();
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        doc.addPage(page);
        float[] box = mapBox(paper);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = paper.height() - MARGIN - 16;
            text.show(cs, text.bold, 16, MARGIN, y, b.title());
            y -= 16;
            float countWidth = text.width(text.bold, 9.5f, b.countLine()) + 8;
            text.show(cs, text.bold, 9.5f, MARGIN, y, b.countLine());
            float filterWidth = paper.width() - 2 * MARGIN - countWidth;
            var filter = text.wrap(text.regular, 9.5f, b.filterLine(), filterWidth);
            for (int k = 0; k < Math.min(2, filter.size()); k++) {
                text.show(cs, text.regular, 9.5f, MARGIN + countWidth, y - 11 * k, filter.get(k));
            }
            y -= 11 * Math.min(2, filter.size()) + 2;
            cs.setNonStrokingColor(0.33f, 0.33f, 0.33f);
            text.show(cs, text.regular, 7.5f, MARGIN, y, b.aboutLine());
            cs.setNonStrokingColor(0f, 0f, 0f);

            PDImageXObject image = LosslessFactory.createFromImage(doc, b.map());
            // the map fills its box's width or height, keeping its shape, at the box's top left
            float scale = (float) Math.min(box[2] / b.mapWidthPx(), box[3] / b.mapHeightPx());
            float w = (float) (b.mapWidthPx() * scale);
            float h = (float) (b.mapHeightPx() * scale);
            float x0 = box[0];
            float y0 = box[1] + box[3] - h;
            cs.drawImage(image, x0, y0, w, h);
            cs.setStrokingColor(0.55f, 0.55f, 0.55f);
            cs.setLineWidth(0.6f);
            cs.addRect(x0, y0, w, h);
            cs.stroke();
            PdfMarks marks = new PdfMarks(cs, text);
            marks.numbers(b.numbers(), x0, y0 + h, scale);
            marks.scaleBar(x0 + 8, y0 + 8, b.metresPerPixel() / scale, w / 5);
            marks.northArrow(x0 + w - 26, y0 + h - 38);
            marks.legend(b.legend(), x0 + w + GAP, y0 + h, paper.width() - MARGIN - (x0 + w + GAP));

            cs.setNonStrokingColor(0.33f, 0.33f, 0.33f);
            float ay = y0 - 10;
            for (String line : text.wrap(text.regular, 6.5f, b.attribution(), paper.width() - 2 * MARGIN)) {
                if (ay < 10) {
                    break;
                }
                text.show(cs, text.regular, 6.5f, MARGIN, ay, line);
                ay -= 8;
            }
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
    }
}
