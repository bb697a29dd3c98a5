package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.incidentatlas.dataset.AtomicFiles;

/** Writes a PNG atomically, with its print density, so a page made for A4 at 150 dpi prints at A4. */
public final class PngExporter {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngExporter() {
    }

    /** Writes {@code image} to {@code target} through a temporary file; {@code dpi} goes into the pHYs chunk. */
    public static void write(BufferedImage image, int dpi, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            meta.mergeTree(FORMAT, density(dpi));
            AtomicFiles.write(target, out -> {
                // in memory: ImageIO's default file cache would put a second temporary file in the temp folder
                try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, meta), param);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** The pixels per inch a PNG says, or 0 when it says none. */
    public static int dpi(IIOMetadata meta) {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        if (root.getElementsByTagName("pHYs").getLength() == 0) {
            return 0;
        }
        IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        return (int) Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
    }

    private static IIOMetadataNode density(int dpi) {
        String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(phys);
        return root;
    }
}
