package org.incidentatlas.briefing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.incidentatlas.export.PngExporter;

/** A composed briefing: the page's pixels, ready to be written or copied. */
public final class Briefing {

    private final WritableImage image;
    private final BriefingPage page;
    private final int dpi;

    Briefing(WritableImage image, BriefingPage page, int dpi) {
        this.image = image;
        this.page = page;
        this.dpi = dpi;
    }

    /** The page's pixels: its size times the pixel density. */
    public WritableImage image() {
        return image;
    }

    public int widthPx() {
        return (int) image.getWidth();
    }

    public int heightPx() {
        return (int) image.getHeight();
    }

    /** How many of the incidents are in the map's view. */
    public int incidentsInView() {
        return page.picture().drawnIncidents();
    }

    BriefingPage page() {
        return page;
    }

    /** The key: the numbered incidents, as on the page and the map. */
    public BriefingKey key() {
        return page.key();
    }

    /**
     * Writes the PNG through a temporary file (an old file stays whole when this fails), tagged with the page's
     * print density times the pixel density. Not on the FX thread: encoding a large page takes a second or two.
     */
    public void writePng(Path target) throws IOException {
        PngExporter.write(opaque(), dpi, target);
    }

    /** The page's pixels as an opaque RGB image (for a GIF frame, say); not on the FX thread for a large page. */
    public BufferedImage toRgbImage() {
        return opaque();
    }

    /** The pixels as an opaque image: a briefing has no transparency, and the PNG is a quarter smaller without it. */
    private BufferedImage opaque() {
        int w = widthPx();
        int h = heightPx();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), data, 0, w);
        return out;
    }
}
