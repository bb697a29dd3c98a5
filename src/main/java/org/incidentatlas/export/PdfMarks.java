package org.incidentatlas.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The vector marks of a briefing PDF's map page: the numbers with their leader lines, the scale bar, the north
 * arrow and the legend. Coordinates are PDF points, y upwards.
 */
final class PdfMarks {

    /** Bezier handle length for a quarter circle. */
    private static final float K = 0.5523f;
    private static final double[] NICE_KM = {0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000};
    /** The markers' radii in the legend's "Killed" row: none or unknown, 1-4, 5-19, 20-99, 100+ (map pixels). */
    private static final float[] SIZES = {4.5f, 6.5f, 8.5f, 11f, 14f};
    private static final String[] SIZE_WORDS = {"0 / ?", "1\u20134", "5\u201319", "20\u201399", "100+"};

    private final PDPageContentStream cs;
    private final PdfText text;

    PdfMarks(PDPageContentStream cs, PdfText text) {
        this.cs = cs;
        this.text = text;
    }

    /** The numbers: (left, top) is the map's top left corner; {@code scale} points per map pixel. */
    void numbers(List<PdfBriefing.NumberTag> tags, float left, float top, float scale) throws IOException {
        cs.setStrokingColor(0.07f, 0.07f, 0.07f);
        cs.setLineWidth(0.7f);
        for (PdfBriefing.NumberTag t : tags) {
            if (t.leader()) {
                cs.moveTo(left + (float) t.pointX() * scale, top - (float) t.pointY() * scale);
                cs.lineTo(left + (float) (t.x() + t.width() / 2) * scale, top - (float) (t.y() + t.height() / 2) * scale);
                cs.stroke();
                circle(left + (float) t.pointX() * scale, top - (float) t.pointY() * scale, 1.2f);
                cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
                cs.fill();
            }
        }
        for (PdfBriefing.NumberTag t : tags) {
            float x = left + (float) t.x() * scale;
            float w = (float) t.width() * scale;
            float h = (float) t.height() * scale;
            float y = top - (float) t.y() * scale - h;
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(x, y, w, h);
            cs.fill();
            cs.addRect(x, y, w, h);
            cs.stroke();
            cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
            String n = Integer.toString(t.number());
            float size = h * 0.72f;
            text.show(cs, text.bold, size, x + (w - text.width(text.bold, size, n)) / 2, y + h * 0.26f, n);
        }
    }

    /** A scale bar at (x, y): the longest round distance no longer than {@code maxPoints}. */
    void scaleBar(float x, float y, double metresPerPoint, float maxPoints) throws IOException {
        double km = NICE_KM[0];
        for (double k : NICE_KM) {
            if (k * 1000 / metresPerPoint <= maxPoints) {
                km = k;
            }
        }
        float len = (float) (km * 1000 / metresPerPoint);
        String words = (km < 1 ? (int) (km * 1000) + " m" : (km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km)) + " km");
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(x - 4, y - 4, len + 8 + text.width(text.regular, 8, words) + 6, 16);
        cs.fill();
        cs.setStrokingColor(0.15f, 0.15f, 0.15f);
        cs.setLineWidth(1.2f);
        cs.moveTo(x, y + 5);
        cs.lineTo(x, y);
        cs.lineTo(x + len, y);
        cs.lineTo(x + len, y + 5);
        cs.stroke();
        cs.setNonStrokingColor(0.15f, 0.15f, 0.15f);
        text.show(cs, text.regular, 8, x + len + 5, y, words);
    }

    /** A north arrow in an 18 x 30 point box at (x, y): north is up on this Web Mercator map. */
    void northArrow(float x, float y) throws IOException {
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(x, y, 18, 30);
        cs.fill();
        cs.setNonStrokingColor(0.2f, 0.2f, 0.2f);
        cs.moveTo(x + 9, y + 19);
        cs.lineTo(x + 14, y + 4);
        cs.lineTo(x + 9, y + 8);
        cs.closePath();
        cs.fill();
        cs.setStrokingColor(0.2f, 0.2f, 0.2f);
        cs.setLineWidth(0.8f);
        cs.moveTo(x + 9, y + 19);
        cs.lineTo(x + 4, y + 4);
        cs.lineTo(x + 9, y + 8);
        cs.stroke();
        text.show(cs, text.bold, 8, x + 9 - text.width(text.bold, 8, "N") / 2, y + 21.5f, "N");
    }

    /** The legend's rows from (x, top) down, {@code width} wide. */
    void legend(List<PdfBriefing.LegendRow> rows, float x, float top, float width) throws IOException {
        float y = top - 10;
        for (PdfBriefing.LegendRow r : rows) {
            cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
            if (r.symbol() == PdfBriefing.Symbol.HEADING) {
                y -= 3;
                text.show(cs, text.bold, 8, x, y, r.text());
                y -= 11;
                continue;
            }
            if (r.symbol() == PdfBriefing.Symbol.SIZES) {
                sizes(x, y);
                y -= 24;
                continue;
            }
            symbol(r, x + 5, y + 2.8f);
            cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
            List<String> lines = text.wrap(text.regular, 7.5f, r.text(), width - 14);
            for (String line : lines) {
                text.show(cs, text.regular, 7.5f, x + 14, y, line);
                y -= 9.5f;
            }
            y -= 1.5f;
        }
    }

    private void sizes(float x, float y) throws IOException {
        float at = x;
        for (int k = 0; k < SIZES.length; k++) {
            float r = SIZES[k] * 0.45f;
            circle(at + 11, y + 2, r);
            cs.setNonStrokingColor(0.54f, 0.54f, 0.54f);
            cs.fill();
            cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
            String w = SIZE_WORDS[k];
            text.show(cs, text.regular, 6, at + 11 - text.width(text.regular, 6, w) / 2, y - 12, w);
            at += 25;
        }
    }

    private void symbol(PdfBriefing.LegendRow r, float cx, float cy) throws IOException {
        float red = ((r.rgb() >> 16) & 0xFF) / 255f;
        float green = ((r.rgb() >> 8) & 0xFF) / 255f;
        float blue = (r.rgb() & 0xFF) / 255f;
        cs.setLineWidth(0.6f);
        cs.setStrokingColor(0.16f, 0.16f, 0.16f);
        switch (r.symbol()) {
            case DISC, STACK, LAYER -> {
                circle(cx, cy, 3.2f);
                cs.setNonStrokingColor(red, green, blue);
                cs.fillAndStroke();
            }
            case CENTRE -> {
                cs.moveTo(cx, cy + 4);
                cs.lineTo(cx + 4, cy);
                cs.lineTo(cx, cy - 4);
                cs.lineTo(cx - 4, cy);
                cs.closePath();
                cs.setNonStrokingColor(0.11f, 0.15f, 0.25f);
                cs.fill();
            }
            case RING, WIDE -> {
                cs.setLineDashPattern(new float[] {1.5f, 1.2f}, 0);
                circle(cx, cy, 4);
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
            }
            case SPLIT -> {
                circle(cx, cy, 4.2f);
                cs.setNonStrokingColor(0.23f, 0.29f, 0.37f);
                cs.fill();
                cs.setNonStrokingColor(0.8f, 0.2f, 0.07f);
                cs.moveTo(cx, cy);
                cs.lineTo(cx, cy + 4.2f);
                cs.curveTo(cx + K * 4.2f, cy + 4.2f, cx + 4.2f, cy + K * 4.2f, cx + 4.2f, cy);
                cs.closePath();
                cs.fill();
            }
            case NUMBER -> {
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.addRect(cx - 4, cy - 3.5f, 8, 7);
                cs.fillAndStroke();
                cs.setNonStrokingColor(0.07f, 0.07f, 0.07f);
                text.show(cs, text.bold, 5.5f, cx - 1.8f, cy - 2, "7");
            }
            default -> { }
        }
    }

    /** A circle path (fill or stroke it after). */
    private void circle(float cx, float cy, float r) throws IOException {
        float k = K * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }
}
